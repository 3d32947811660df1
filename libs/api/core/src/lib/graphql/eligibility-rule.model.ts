import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ELIGIBILITY_RULE_CODES, type EligibilityRuleCode } from '@stint/domain';

export const EligibilityRuleCodeEnum = Object.fromEntries(
  ELIGIBILITY_RULE_CODES.map((c) => [c, c]),
) as Record<EligibilityRuleCode, EligibilityRuleCode>;
registerEnumType(EligibilityRuleCodeEnum, {
  name: 'EligibilityRuleCode',
  description: 'SPEC §3 rules',
});

/** One eligibility rule's verdict; shown by eligibility, rotation impact and candidates alike. */
@ObjectType('EligibilityRule')
export class EligibilityRule {
  @Field(() => EligibilityRuleCodeEnum)
  code!: EligibilityRuleCode;

  @Field()
  passed!: boolean;

  @Field({ description: 'A sentence a PM understands, e.g. "Needs 24 months as a PM; has 17"' })
  message!: string;
}
