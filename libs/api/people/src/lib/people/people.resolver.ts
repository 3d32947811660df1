import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DomainError, requireActor, Roles, type RequestContext } from '@stint/api-core';
import { assertMayReadPerson } from '@stint/api-data';
import { Department, toDepartment } from '../departments/department.model';
import { departmentLoader } from '../departments/departments.loader';
import { DepartmentsService } from '../departments/departments.service';
import { CreatePersonInput } from './dto/create-person.input';
import { PeopleArgs } from './dto/people.args';
import { PersonArgs } from './dto/person.args';
import { UpdatePersonInput } from './dto/update-person.input';
import { Person, PersonConnection, toPerson } from './person.model';
import { personLoader } from './people.loader';
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
    return {
      ...page,
      edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toPerson(edge.node) })),
    };
  }

  @Query(() => Person, {
    nullable: true,
    description:
      'One person. A PM may read only their own; any other id answers NOT_FOUND, as an unknown one does.',
  })
  async person(@Args() args: PersonArgs, @Context() context: RequestContext): Promise<Person> {
    assertMayReadPerson(requireActor(context), args.id);
    const person = await personLoader(context, this.peopleService).load(args.id);
    if (!person) throw DomainError.notFound('Person');
    return toPerson(person);
  }

  @Roles('HR')
  @Mutation(() => Person, { description: 'HR or ADMIN' })
  async createPerson(
    @Args('input') input: CreatePersonInput,
    @Context() context: RequestContext,
  ): Promise<Person> {
    return toPerson(await this.peopleService.create(requireActor(context), input));
  }

  @Roles('HR')
  @Mutation(() => Person, {
    description: 'HR or ADMIN; CONFLICT STALE when `version` is not the current one',
  })
  async updatePerson(
    @Args('input') input: UpdatePersonInput,
    @Context() context: RequestContext,
  ): Promise<Person> {
    return toPerson(await this.peopleService.update(requireActor(context), input));
  }

  @ResolveField(() => Department)
  async department(
    @Parent() person: Person,
    @Context() context: RequestContext,
  ): Promise<Department> {
    const department = await departmentLoader(context, this.departments).load(person.departmentId);
    if (!department) throw DomainError.notFound('Department');
    return toDepartment(department);
  }
}
