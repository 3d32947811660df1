import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { requireActor, Roles, type RequestContext } from '@stint/api-core';
import { ImportPeopleArgs } from './dto/import-people.args';
import { PeopleImportResult } from './people-import.model';
import { PeopleImportService } from './people-import.service';

@Resolver()
export class PeopleImportResolver {
  constructor(private readonly service: PeopleImportService) {}

  @Roles('HR')
  @Mutation(() => PeopleImportResult, {
    description:
      'HR or ADMIN: creates and updates people from an HR system CSV export, matched by employee number. ' +
      'All rows or none: any error applies nothing. dryRun reports the same answer and writes nothing.',
  })
  importPeople(
    @Args() args: ImportPeopleArgs,
    @Context() context: RequestContext,
  ): Promise<PeopleImportResult> {
    return this.service.importPeople(requireActor(context), args.csv, args.dryRun);
  }
}
