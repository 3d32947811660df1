import { Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@stint/api-core';
import { Department, toDepartment } from './department.model';
import { headcountLoader } from './departments.loader';
import { DepartmentsService } from './departments.service';

@Resolver(() => Department)
export class DepartmentsResolver {
  constructor(private readonly service: DepartmentsService) {}

  @Query(() => [Department], { description: 'Every department, by name' })
  async departments(): Promise<Department[]> {
    return (await this.service.findAll()).map(toDepartment);
  }

  @ResolveField(() => Int)
  headcount(@Parent() department: Department, @Context() context: RequestContext): Promise<number> {
    return headcountLoader(context, this.service).load(department.id);
  }
}
