import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export const FAIRNESS_DIMENSIONS = ['DEPARTMENT', 'LEVEL'] as const;
export type FairnessDimension = (typeof FAIRNESS_DIMENSIONS)[number];
export const FairnessDimensionEnum = { DEPARTMENT: 'DEPARTMENT', LEVEL: 'LEVEL' } as const;
registerEnumType(FairnessDimensionEnum, { name: 'FairnessDimension' });

/** Groups under this many people show no numbers at all (SPEC §4); rates over fewer, none. */
export const FAIRNESS_MIN_GROUP = 5;

@ObjectType('FairnessGroup')
export class FairnessGroup {
  @Field(() => FairnessDimensionEnum)
  dimension!: FairnessDimension;

  @Field({ description: 'Department id or career level' })
  key!: string;

  @Field()
  label!: string;

  @Field({ description: 'Fewer than 5 people: every number below is null' })
  suppressed!: boolean;

  @Field(() => Int, { nullable: true, description: 'People employed at some time in [from, to]' })
  people!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'People who submitted a request in [from, to] / people',
  })
  requestRate!: number | null;

  @Field({
    description:
      'Fewer than 5 requests decided in [from, to] (or a suppressed group): approval rate, decided and median days are null',
  })
  approvalSuppressed!: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'Requests decided (approved or declined) in [from, to]; null when under 5',
  })
  decided!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Approved / decided requests decided in [from, to]; null when fewer than 5 were decided',
  })
  approvalRate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'People whose rotation started in [from, to] / people',
  })
  placementRate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Median days from submission to decision; null when fewer than 5 were decided',
  })
  medianDaysToDecision!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "Placement rate ÷ the highest shown group's of the same dimension (NYC Local Law 144's impact ratio); null when suppressed or when nobody was placed",
  })
  impactRatio!: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Impact ratio under 0.8 (the four-fifths rule); null when the ratio is',
  })
  belowFourFifths!: boolean | null;
}

@ObjectType('Fairness')
export class Fairness {
  @Field()
  from!: string;

  @Field()
  to!: string;

  @Field(() => [FairnessGroup], { description: 'Departments by name, then levels in career order' })
  groups!: FairnessGroup[];
}
