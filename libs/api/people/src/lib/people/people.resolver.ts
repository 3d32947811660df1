import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DomainError, Roles, type RequestContext } from '@stint/api-core';
import { Department, toDepartment } from '../departments/department.model';
import { departmentLoader } from '../departments/departments.loader';
import { DepartmentsService } from '../departments/departments.service';
import { PeopleArgs } from './dto/people.args';
import { Person, PersonConnection, toPerson } from './person.model';
import { PeopleService } from './people.service';

@Resolver(() => Person)
export class PeopleResolver {
  constructor(
    private readonly peopleService: PeopleService,
    private readonly departments: DepartmentsService,
  ) {}

  @Roles('HR', 'DIRECTOR')
  @Query(() => PersonConnection, { description: 'People by name, a page at a time' })
  async people(@Args() args: PeopleArgs): Promise<PersonConnection> {
    const page = await this.peopleService.page(args.filter, args.first, args.after);
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toPerson(edge.node) })) };
  }

  @ResolveField(() => Department)
  async department(@Parent() person: Person, @Context() context: RequestContext): Promise<Department> {
    const department = await departmentLoader(context, this.departments).load(person.departmentId);
    if (!department) throw DomainError.notFound('Department');
    return toDepartment(department);
  }
}
