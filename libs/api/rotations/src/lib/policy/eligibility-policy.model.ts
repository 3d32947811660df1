import { Field, Int, ObjectType } from '@nestjs/graphql';
import { CareerLevelEnum, PageInfo } from '@stint/api-core';
import type { CareerLevel, EligibilityPolicy as PolicyRules } from '@stint/domain';

@ObjectType('EligibilityPolicy', {
  description: 'One version of the eligibility rules (SPEC §3); every change is a new version',
})
export class EligibilityPolicy {
  @Field(() => Int)
  version!: number;

  @Field(() => [CareerLevelEnum], {
    description: 'Career levels that may rotate, most junior first',
  })
  eligibleLevels!: CareerLevel[];

  @Field(() => Int, { description: 'Months since pmSince at the window start' })
  minExperienceMonths!: number;

  @Field(() => Int, { description: 'Months since the end of the last completed rotation' })
  cooldownMonths!: number;

  @Field(() => Int, {
    description: 'Eligible while a person has fewer non-cancelled rotations than this',
  })
  maxRotations!: number;

  @Field(() => Int)
  minDurationMonths!: number;

  @Field(() => Int)
  maxDurationMonths!: number;

  @Field(() => CareerLevelEnum, {
    description: 'The lowest level that may hold a PMO_MANAGER seat',
  })
  managerSeatMinLevel!: CareerLevel;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => String, {
    nullable: true,
    description: 'Display name of the admin who made this version; null for the default',
  })
  createdBy!: string | null;
}

@ObjectType('EligibilityPolicyEdge')
export class EligibilityPolicyEdge {
  @Field()
  cursor!: string;

  @Field(() => EligibilityPolicy)
  node!: EligibilityPolicy;
}

@ObjectType('EligibilityPolicyConnection')
export class EligibilityPolicyConnection {
  @Field(() => [EligibilityPolicyEdge])
  edges!: EligibilityPolicyEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}

/** A stored version's metadata, beside its parsed rules. */
export interface PolicyVersionRow {
  version: number;
  note: string | null;
  createdAt: Date;
  createdBy: string | null;
}

export function toEligibilityPolicy(rules: PolicyRules, row: PolicyVersionRow): EligibilityPolicy {
  return {
    version: row.version,
    eligibleLevels: rules.eligibleLevels,
    minExperienceMonths: rules.minExperienceMonths,
    cooldownMonths: rules.cooldownMonths,
    maxRotations: rules.maxRotations,
    minDurationMonths: rules.minDurationMonths,
    maxDurationMonths: rules.maxDurationMonths,
    managerSeatMinLevel: rules.managerSeatMinLevel,
    note: row.note,
    createdAt: row.createdAt,
    createdBy: row.createdBy,
  };
}
