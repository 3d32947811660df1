import { Module } from '@nestjs/common';
import { DepartmentsResolver } from './departments/departments.resolver';
import { DepartmentsService } from './departments/departments.service';
import { PeopleResolver } from './people/people.resolver';
import { PeopleService } from './people/people.service';

/** People and departments: the HR-owned records every other context refers to. */
@Module({
  providers: [DepartmentsService, DepartmentsResolver, PeopleService, PeopleResolver],
  exports: [DepartmentsService, PeopleService],
})
export class PeopleModule {}
