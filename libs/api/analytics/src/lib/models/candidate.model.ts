import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { CareerLevelEnum } from '@stint/api-core';
import type { CareerLevel } from '@stint/domain';

export const SCORE_PART_CODES = [
  'OPEN_REQUEST',
  'GOALS_MATCH',
  'BELOW_TARGET',
  'AWAY_ROOM',
  'WAITED',
  'FIRST_ROTATION',
] as const;
export type ScorePartCode = (typeof SCORE_PART_CODES)[number];

@ObjectType('ScorePart')
export class ScorePart {
  @Field(() => String, { description: SCORE_PART_CODES.join(' | ') })
  code!: ScorePartCode;

  @Field()
  label!: string;

  @Field(() => Float)
  points!: number;
}

@ObjectType('Candidate', {
  description: 'Someone who passes every eligibility rule for the seat and window',
})
export class Candidate {
  @Field(() => ID)
  personId!: string;

  @Field()
  fullName!: string;

  @Field(() => ID)
  departmentId!: string;

  @Field()
  departmentName!: string;

  @Field(() => CareerLevelEnum)
  careerLevel!: CareerLevel;

  @Field(() => ID, { nullable: true, description: 'Their open (SUBMITTED) request, if any' })
  requestId!: string | null;

  @Field(() => Float, { description: 'The sum of the parts' })
  score!: number;

  @Field(() => [ScorePart])
  parts!: ScorePart[];
}
