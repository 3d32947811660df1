import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DevelopmentGoalEnum, PageInfo, PmoScopeEnum, RequestStatusEnum } from '@stint/api-core';
import type { RotationRequestEntity } from '@stint/api-data';
import type { DevelopmentGoal, PmoScope, RequestStatus } from '@stint/domain';

@ObjectType('RotationRequest', { description: "A PM's request for a PMO rotation" })
export class RotationRequest {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  personId!: string;

  @Field(() => RequestStatusEnum)
  status!: RequestStatus;

  @Field(() => [DevelopmentGoalEnum])
  goals!: DevelopmentGoal[];

  @Field(() => PmoScopeEnum, { nullable: true })
  preferredScope!: PmoScope | null;

  @Field(() => ID, { nullable: true })
  preferredPmoId!: string | null;

  @Field()
  earliestStart!: string;

  @Field(() => Int)
  durationMonths!: number;

  @Field()
  motivation!: string;

  @Field()
  submittedAt!: Date;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => ID, { nullable: true, description: 'The user who approved or declined it' })
  decidedBy!: string | null;

  @Field(() => String, { nullable: true })
  decisionNote!: string | null;

  @Field(() => Int)
  version!: number;
}

@ObjectType('RotationRequestEdge')
export class RotationRequestEdge {
  @Field()
  cursor!: string;

  @Field(() => RotationRequest)
  node!: RotationRequest;
}

@ObjectType('RotationRequestConnection')
export class RotationRequestConnection {
  @Field(() => [RotationRequestEdge])
  edges!: RotationRequestEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}

export function toRotationRequest(entity: RotationRequestEntity): RotationRequest {
  return {
    id: entity.id,
    personId: entity.personId,
    status: entity.status,
    goals: entity.goals,
    preferredScope: entity.preferredScope,
    preferredPmoId: entity.preferredPmoId,
    earliestStart: entity.earliestStart,
    durationMonths: entity.durationMonths,
    motivation: entity.motivation,
    submittedAt: entity.submittedAt,
    decidedAt: entity.decidedAt,
    decidedBy: entity.decidedBy,
    decisionNote: entity.decisionNote,
    version: entity.version,
  };
}
