import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DevelopmentGoalEnum, PmoScopeEnum } from '@stint/api-core';
import type { PmoEntity } from '@stint/api-data';
import { GOALS_OFFERED, type DevelopmentGoal, type PmoScope } from '@stint/domain';

@ObjectType('PmoDirector', { description: 'A user who directs a PMO' })
export class PmoDirector {
  @Field(() => ID, { description: 'The user account id' })
  id!: string;

  @Field()
  displayName!: string;

  @Field()
  email!: string;
}

/**
 * Department, directors, seats and open-seat counts are resolved per request through loaders
 * (see PmosResolver), never one query per PMO.
 */
@ObjectType('Pmo', { description: 'A project management office' })
export class Pmo {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => PmoScopeEnum)
  scope!: PmoScope;

  @Field(() => ID, {
    nullable: true,
    description:
      'Owning department (DEPARTMENT scope) or running department (PROGRAM scope); optional for ENTERPRISE',
  })
  departmentId!: string | null;

  @Field(() => String, { nullable: true, description: 'Set exactly when the scope is PROGRAM' })
  programName!: string | null;

  @Field(() => Int)
  version!: number;

  @Field(() => [DevelopmentGoalEnum], {
    description: 'The development goals a PMO of this scope offers',
  })
  goalsOffered!: DevelopmentGoal[];
}

export function toPmo(entity: PmoEntity): Pmo {
  return {
    id: entity.id,
    name: entity.name,
    scope: entity.scope,
    departmentId: entity.departmentId,
    programName: entity.programName,
    version: entity.version,
    goalsOffered: [...GOALS_OFFERED[entity.scope]],
  };
}
