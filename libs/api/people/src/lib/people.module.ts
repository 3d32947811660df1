import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DepartmentEntity } from './departments/department.entity';
import { DepartmentsResolver } from './departments/departments.resolver';
import { DepartmentsService } from './departments/departments.service';
import { PersonEntity } from './people/person.entity';
import { PeopleResolver } from './people/people.resolver';
import { PeopleService } from './people/people.service';

/** People and departments: the HR-owned records every other context refers to. */
@Module({
  imports: [TypeOrmModule.forFeature([DepartmentEntity, PersonEntity])],
  providers: [DepartmentsService, DepartmentsResolver, PeopleService, PeopleResolver],
  exports: [DepartmentsService, PeopleService],
})
export class PeopleModule {}
