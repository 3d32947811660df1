import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { CareerLevelEnum, PageInfo } from '@stint/api-core';
import type { CareerLevel } from '@stint/domain';
import { Department } from '../departments/department.model';
import type { PersonEntity } from '@stint/api-data';

@ObjectType('Person', { description: 'A project manager' })
export class Person {
  @Field(() => ID)
  id!: string;

  @Field()
  employeeNumber!: string;

  @Field()
  fullName!: string;

  @Field()
  email!: string;

  @Field(() => CareerLevelEnum)
  careerLevel!: CareerLevel;

  @Field({ description: 'Date they started managing projects (YYYY-MM-DD)' })
  pmSince!: string;

  @Field({ description: 'YYYY-MM-DD' })
  hiredOn!: string;

  @Field(() => String, {
    nullable: true,
    description: 'First day no longer employed; null while employed',
  })
  leftOn!: string | null;

  @Field()
  onLeave!: boolean;

  @Field(() => Int)
  version!: number;

  /** Resolved through the department loader (one query per request, not per person). */
  @Field(() => Department)
  department?: Department;

  departmentId!: string;
}

@ObjectType('PersonEdge')
export class PersonEdge {
  @Field()
  cursor!: string;

  @Field(() => Person)
  node!: Person;
}

@ObjectType('PersonConnection')
export class PersonConnection {
  @Field(() => [PersonEdge])
  edges!: PersonEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}

export function toPerson(entity: PersonEntity): Person {
  return {
    id: entity.id,
    employeeNumber: entity.employeeNumber,
    fullName: entity.fullName,
    email: entity.email,
    careerLevel: entity.careerLevel,
    pmSince: entity.pmSince,
    hiredOn: entity.hiredOn,
    leftOn: entity.leftOn,
    onLeave: entity.onLeave,
    version: entity.version,
    departmentId: entity.departmentId,
  };
}
