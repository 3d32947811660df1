import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DevelopmentGoalEnum, PageInfo, RotationStatusEnum } from '@stint/api-core';
import type { RotationEntity } from '@stint/api-data';
import { rotationStatusOn, type DevelopmentGoal, type RotationStatus } from '@stint/domain';

@ObjectType('Rotation', {
  description: 'A person in a PMO seat from startsOn to endsOn (both inclusive)',
})
export class Rotation {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  personId!: string;

  @Field(() => ID)
  seatId!: string;

  @Field(() => ID, { nullable: true, description: 'The request it came from, if any' })
  requestId!: string | null;

  @Field()
  startsOn!: string;

  @Field()
  endsOn!: string;

  @Field(() => RotationStatusEnum, {
    description: 'Follows the dates; only cancellation is recorded',
  })
  status!: RotationStatus;

  @Field(() => [DevelopmentGoalEnum])
  goals!: DevelopmentGoal[];

  @Field(() => [DevelopmentGoalEnum], { nullable: true })
  goalsAchieved!: DevelopmentGoal[] | null;

  @Field(() => String, { nullable: true })
  outcomeNote!: string | null;

  @Field(() => Date, { nullable: true })
  cancelledAt!: Date | null;

  @Field(() => String, { nullable: true })
  cancelReason!: string | null;

  @Field(() => String, { nullable: true })
  awayCapOverrideReason!: string | null;

  @Field(() => Int)
  version!: number;
}

@ObjectType('RotationEdge')
export class RotationEdge {
  @Field()
  cursor!: string;

  @Field(() => Rotation)
  node!: Rotation;
}

@ObjectType('RotationConnection')
export class RotationConnection {
  @Field(() => [RotationEdge])
  edges!: RotationEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}

export function toRotation(entity: RotationEntity, today: string): Rotation {
  return {
    id: entity.id,
    personId: entity.personId,
    seatId: entity.seatId,
    requestId: entity.requestId,
    startsOn: entity.startsOn,
    endsOn: entity.endsOn,
    status: rotationStatusOn({ ...entity, cancelled: entity.cancelledAt !== null }, today),
    goals: entity.goals,
    goalsAchieved: entity.goalsAchieved,
    outcomeNote: entity.outcomeNote,
    cancelledAt: entity.cancelledAt,
    cancelReason: entity.cancelReason,
    awayCapOverrideReason: entity.awayCapOverrideReason,
    version: entity.version,
  };
}
