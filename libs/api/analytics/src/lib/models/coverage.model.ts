import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export const GRANULARITIES = ['MONTH', 'QUARTER'] as const;
export type Granularity = (typeof GRANULARITIES)[number];
export const GranularityEnum = { MONTH: 'MONTH', QUARTER: 'QUARTER' } as const;
registerEnumType(GranularityEnum, {
  name: 'Granularity',
  description: 'Calendar months or quarters',
});

@ObjectType('CoveragePoint', {
  description: "One bucket of a coverage series; values are taken on the bucket's last day",
})
export class CoveragePoint {
  @Field({ description: '"2027-03" for MONTH, "2027-Q1" for QUARTER' })
  label!: string;

  @Field({ description: "The bucket's last day (the value is taken on it)" })
  date!: string;

  @Field({ description: 'True when date > asOf: the value counts planned rotations' })
  forecast!: boolean;

  @Field(() => Int)
  headcount!: number;

  @Field(() => Int)
  onRotation!: number;

  @Field(() => Int)
  alumni!: number;

  @Field(() => Int, {
    description:
      "People who pass the person rules (SPEC §3) for a window of the policy's minimum length starting on date",
  })
  eligible!: number;

  @Field(() => Float, { description: '(onRotation + alumni) / headcount, 0 when headcount is 0' })
  experienceShare!: number;

  @Field(() => Float, { description: 'onRotation / headcount, 0 when headcount is 0' })
  awayShare!: number;
}

@ObjectType('DepartmentCoverage')
export class DepartmentCoverage {
  @Field(() => ID)
  departmentId!: string;

  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field(() => Float)
  coverageTarget!: number;

  @Field(() => Float)
  awayCap!: number;

  @Field(() => Int, {
    description: 'Snapshot on asOf (people counted by their current department)',
  })
  headcount!: number;

  @Field(() => Int)
  onRotation!: number;

  @Field(() => Int)
  alumni!: number;

  @Field(() => Int, {
    description:
      "Pass eligibility for a window starting asOf of the policy's minimum duration (no seat)",
  })
  eligible!: number;

  @Field(() => Float)
  experienceShare!: number;

  @Field(() => Float)
  awayShare!: number;

  @Field(() => [CoveragePoint], { description: 'Per bucket, for the heatmap' })
  series!: CoveragePoint[];
}

@ObjectType('CoverageTotals')
export class CoverageTotals {
  @Field(() => Int)
  headcount!: number;

  @Field(() => Int)
  onRotation!: number;

  @Field(() => Int)
  alumni!: number;

  @Field(() => Int)
  eligible!: number;

  @Field(() => Float)
  experienceShare!: number;

  @Field(() => Float)
  awayShare!: number;

  @Field(() => Int, {
    description: 'Seats open on asOf with no non-cancelled rotation covering asOf (all PMOs)',
  })
  openSeats!: number;

  @Field(() => Int, { description: "SUBMITTED requests of the selected departments' people" })
  pendingRequests!: number;
}

@ObjectType('Coverage', {
  description: 'SPEC §4: how well departments are covered by PMs with PMO experience',
})
export class Coverage {
  @Field()
  asOf!: string;

  @Field(() => GranularityEnum)
  granularity!: Granularity;

  @Field(() => [DepartmentCoverage], { description: 'Ordered by name' })
  departments!: DepartmentCoverage[];

  @Field(() => [CoveragePoint], { description: 'The selected departments together, per bucket' })
  series!: CoveragePoint[];

  @Field(() => CoverageTotals)
  totals!: CoverageTotals;
}
