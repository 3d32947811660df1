import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CareerLevelEnum, DevelopmentGoalEnum, PmoScopeEnum } from '@stint/api-core';
import type { CareerLevel, DevelopmentGoal, PmoScope } from '@stint/domain';

/** Groups under this many people, and rates over fewer than this many, show no number. */
export const OUTCOMES_MIN_COUNT = 5;

export const OUTCOME_GROUPS = ['ALUMNI', 'COMPARISON'] as const;
export type OutcomeGroupKind = (typeof OUTCOME_GROUPS)[number];
export const OutcomeGroupKindEnum = { ALUMNI: 'ALUMNI', COMPARISON: 'COMPARISON' } as const;
registerEnumType(OutcomeGroupKindEnum, {
  name: 'OutcomeGroupKind',
  description:
    'ALUMNI: returns from completed rotations. COMPARISON: PMs who had never rotated, at the same level in the same department on an alumnus’s return date',
});

@ObjectType('OutcomeRate', {
  description: 'count / total; all null and suppressed when total is under 5 (or the group is)',
})
export class OutcomeRate {
  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field(() => Int, { nullable: true })
  count!: number | null;

  @Field(() => Int, { nullable: true })
  total!: number | null;

  @Field()
  suppressed!: boolean;
}

@ObjectType('OutcomeGoal')
export class OutcomeGoal {
  @Field(() => DevelopmentGoalEnum)
  goal!: DevelopmentGoal;

  @Field(() => Int, {
    nullable: true,
    description: 'Rotations that aimed at it; null when under 5',
  })
  aimed!: number | null;

  @Field(() => OutcomeRate, {
    description: 'Share of those with an outcome recorded that recorded this goal achieved',
  })
  achieved!: OutcomeRate;
}

@ObjectType('OutcomeMedian')
export class OutcomeMedian {
  @Field(() => Float, { nullable: true, description: 'Whole months, median' })
  months!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Observations promoted (the median is over these)',
  })
  count!: number | null;

  @Field()
  suppressed!: boolean;
}

@ObjectType('OutcomeGroup')
export class OutcomeGroup {
  @Field(() => OutcomeGroupKindEnum)
  group!: OutcomeGroupKind;

  @Field({ description: 'Fewer than 5 people: every number of the group is null' })
  suppressed!: boolean;

  @Field(() => Int, { nullable: true })
  people!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Returns (alumni) or (person, return date) pairs (comparison)',
  })
  observations!: number | null;

  @Field(() => OutcomeRate, {
    description: 'Promoted at least one level within 12 months, among those observed 12 months',
  })
  promotedWithin12!: OutcomeRate;

  @Field(() => OutcomeRate, { description: 'Within 24 months, among those observed 24 months' })
  promotedWithin24!: OutcomeRate;

  @Field(() => OutcomeMedian, {
    description: 'Months from return to the next promotion, among those promoted',
  })
  monthsToPromotion!: OutcomeMedian;

  @Field(() => OutcomeRate, {
    description: 'Still employed 12 months after, among those observed 12 months',
  })
  retained12!: OutcomeRate;

  @Field(() => OutcomeRate, {
    description: 'In delivery (in no PMO seat) 3 months after, among those employed then',
  })
  inDelivery3!: OutcomeRate;
}

@ObjectType('OutcomeCurvePoint')
export class OutcomeCurvePoint {
  @Field(() => Int, { description: 'Months since return' })
  months!: number;

  @Field(() => OutcomeRate, {
    description: 'Share promoted by then, among those followed all 24 months (one fixed cohort)',
  })
  alumni!: OutcomeRate;

  @Field(() => OutcomeRate)
  comparison!: OutcomeRate;
}

@ObjectType('Outcomes')
export class Outcomes {
  @Field()
  from!: string;

  @Field()
  to!: string;

  @Field()
  asOf!: string;

  @Field(() => PmoScopeEnum, { nullable: true })
  scope!: PmoScope | null;

  @Field(() => ID, { nullable: true })
  departmentId!: string | null;

  @Field(() => CareerLevelEnum, { nullable: true })
  careerLevel!: CareerLevel | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Rotations completed in the period (and before asOf); null when under 5',
  })
  rotations!: number | null;

  @Field(() => [OutcomeGoal])
  goals!: OutcomeGoal[];

  @Field(() => OutcomeGroup)
  alumni!: OutcomeGroup;

  @Field(() => OutcomeGroup)
  comparison!: OutcomeGroup;

  @Field(() => [OutcomeCurvePoint], { description: 'Months 0 to 24' })
  curve!: OutcomeCurvePoint[];
}
