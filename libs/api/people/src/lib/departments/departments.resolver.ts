import {
  Args,
  Context,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { requireActor, Roles, type RequestContext } from '@stint/api-core';
import { Department, toDepartment } from './department.model';
import { headcountLoader } from './departments.loader';
import { DepartmentsService } from './departments.service';
import { CreateDepartmentInput } from './dto/create-department.input';
import { UpdateDepartmentInput } from './dto/update-department.input';

@Resolver(() => Department)
export class DepartmentsResolver {
  constructor(private readonly service: DepartmentsService) {}

  @Query(() => [Department], { description: 'Every department, by name' })
  async departments(): Promise<Department[]> {
    return (await this.service.findAll()).map(toDepartment);
  }

  @Roles('HR')
  @Mutation(() => Department, { description: 'HR or ADMIN' })
  async createDepartment(
    @Args('input') input: CreateDepartmentInput,
    @Context() context: RequestContext,
  ): Promise<Department> {
    return toDepartment(await this.service.create(requireActor(context), input));
  }

  @Roles('HR')
  @Mutation(() => Department, {
    description: 'HR or ADMIN; CONFLICT STALE when `version` is not the current one',
  })
  async updateDepartment(
    @Args('input') input: UpdateDepartmentInput,
    @Context() context: RequestContext,
  ): Promise<Department> {
    return toDepartment(await this.service.update(requireActor(context), input));
  }

  @ResolveField(() => Int)
  headcount(@Parent() department: Department, @Context() context: RequestContext): Promise<number> {
    return headcountLoader(context, this.service).load(department.id);
  }
}
