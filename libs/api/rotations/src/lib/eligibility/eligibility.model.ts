import { Field, Int, ObjectType } from '@nestjs/graphql';
import { EligibilityRule } from '@stint/api-core';
import type { EligibilityResult } from '@stint/domain';

@ObjectType('Eligibility', { description: 'Whether a person may rotate in a window, rule by rule' })
export class Eligibility {
  @Field()
  eligible!: boolean;

  @Field(() => Int, { description: 'The eligibility policy version that gave this answer' })
  policyVersion!: number;

  @Field()
  startsOn!: string;

  @Field()
  endsOn!: string;

  @Field(() => Int)
  months!: number;

  @Field(() => [EligibilityRule])
  rules!: EligibilityRule[];

  @Field(() => String, {
    nullable: true,
    description:
      'Earliest start from which every time-based rule passes; null when waiting does not help',
  })
  eligibleFrom!: string | null;
}

export function toEligibility(result: EligibilityResult): Eligibility {
  return {
    eligible: result.eligible,
    policyVersion: result.policyVersion,
    startsOn: result.window.startsOn,
    endsOn: result.window.endsOn,
    months: result.window.months,
    rules: result.rules.map((rule) => ({
      code: rule.code,
      passed: rule.passed,
      message: rule.message,
    })),
    eligibleFrom: result.eligibleFrom,
  };
}
