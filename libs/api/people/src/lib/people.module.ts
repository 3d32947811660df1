import { Module } from '@nestjs/common';
import { DepartmentsResolver } from './departments/departments.resolver';
import { DepartmentsService } from './departments/departments.service';
import {
  PersonHistoryResolver,
  PersonHistoryStretchResolver,
} from './history/person-history.resolver';
import { PersonHistoryService } from './history/person-history.service';
import { CSV_READER } from './import/csv/csv-reader';
import { CsvParseReader } from './import/csv/csv-parse-reader';
import { PeopleImportResolver } from './import/people-import.resolver';
import { PeopleImportService } from './import/people-import.service';
import { PeopleResolver } from './people/people.resolver';
import { PeopleService } from './people/people.service';

/** People and departments: the HR-owned records every other context refers to, and their CSV import. */
@Module({
  providers: [
    DepartmentsService,
    DepartmentsResolver,
    PeopleService,
    PeopleResolver,
    PersonHistoryService,
    PersonHistoryResolver,
    PersonHistoryStretchResolver,
    PeopleImportService,
    PeopleImportResolver,
    // Stop-gap parser until a maintained one is installed; swap this one line for its adapter.
    { provide: CSV_READER, useClass: CsvParseReader },
  ],
  exports: [DepartmentsService, PeopleService],
})
export class PeopleModule {}
