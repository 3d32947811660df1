export * from './lib/people.module';
export * from './lib/departments/department.model';
export * from './lib/departments/departments.service';
export * from './lib/people/person.model';
export * from './lib/people/people.service';
