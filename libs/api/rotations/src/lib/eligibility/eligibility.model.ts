import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ELIGIBILITY_RULE_CODES, type EligibilityResult, type EligibilityRuleCode } from '@stint/domain';

export const EligibilityRuleCodeEnum = Object.fromEntries(ELIGIBILITY_RULE_CODES.map((c) => [c, c])) as Record<
  EligibilityRuleCode,
  EligibilityRuleCode
>;
registerEnumType(EligibilityRuleCodeEnum, { name: 'EligibilityRuleCode', description: 'SPEC §3 rules' });

@ObjectType('EligibilityRule')
export class EligibilityRule {
  @Field(() => EligibilityRuleCodeEnum)
  code!: EligibilityRuleCode;

  @Field()
  passed!: boolean;

  @Field({ description: 'A sentence a PM understands, e.g. "Needs 24 months as a PM; has 17"' })
  message!: string;
}

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
    description: 'Earliest start from which every time-based rule passes; null when waiting does not help',
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
    rules: result.rules.map((rule) => ({ code: rule.code, passed: rule.passed, message: rule.message })),
    eligibleFrom: result.eligibleFrom,
  };
}
