import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export const FAIRNESS_DIMENSIONS = ['DEPARTMENT', 'LEVEL'] as const;
export type FairnessDimension = (typeof FAIRNESS_DIMENSIONS)[number];
export const FairnessDimensionEnum = { DEPARTMENT: 'DEPARTMENT', LEVEL: 'LEVEL' } as const;
registerEnumType(FairnessDimensionEnum, { name: 'FairnessDimension' });

/** Groups under this many people show no numbers at all (SPEC §4). */
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

  @Field(() => Float, {
    nullable: true,
    description:
      'Approved / decided (approved or declined) requests decided in [from, to]; null when none was decided',
  })
  approvalRate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'People whose rotation started in [from, to] / people',
  })
  placementRate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Median days from submission to decision; null when none was decided',
  })
  medianDaysToDecision!: number | null;
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
