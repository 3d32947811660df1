import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DomainError, requireActor, Roles, type RequestContext } from '@stint/api-core';
import { assertMayReadPerson } from '@stint/api-data';
import { Department, toDepartment } from '../departments/department.model';
import { departmentLoader } from '../departments/departments.loader';
import { DepartmentsService } from '../departments/departments.service';
import { Person, toPerson } from '../people/person.model';
import { CorrectPersonHistoryInput } from './dto/correct-person-history.input';
import { personHistoryLoader } from './person-history.loader';
import { PersonHistoryStretch, toStretch } from './person-history.model';
import { PersonHistoryService } from './person-history.service';

/** Person.history and corrections of it. */
@Resolver(() => Person)
export class PersonHistoryResolver {
  constructor(private readonly historyService: PersonHistoryService) {}

  @ResolveField(() => [PersonHistoryStretch], {
    description:
      'Department, career level and leave over time, oldest first; the last stretch (validTo null) holds the current values',
  })
  async history(
    @Parent() person: Person,
    @Context() context: RequestContext,
  ): Promise<PersonHistoryStretch[]> {
    // Person is only reachable where the caller may read it; this keeps it so if that changes.
    assertMayReadPerson(requireActor(context), person.id);
    const stretches = await personHistoryLoader(context, this.historyService).load(person.id);
    return stretches.map(toStretch);
  }

  @Roles('HR')
  @Mutation(() => Person, {
    description:
      'HR or ADMIN: corrects what a person held over [validFrom, validTo) (validTo null = up to now). Audited; ' +
      'NOT_FOUND, BAD_USER_INPUT naming the field, CONFLICT STALE when `version` is not the current one',
  })
  async correctPersonHistory(
    @Args('input') input: CorrectPersonHistoryInput,
    @Context() context: RequestContext,
  ): Promise<Person> {
    return toPerson(await this.historyService.correct(requireActor(context), input));
  }
}

@Resolver(() => PersonHistoryStretch)
export class PersonHistoryStretchResolver {
  constructor(private readonly departments: DepartmentsService) {}

  @ResolveField(() => Department)
  async department(
    @Parent() stretch: PersonHistoryStretch,
    @Context() context: RequestContext,
  ): Promise<Department> {
    const department = await departmentLoader(context, this.departments).load(stretch.departmentId);
    if (!department) throw DomainError.notFound('Department');
    return toDepartment(department);
  }
}
