// Small factories for the eligibility specs (not exported from the library).
import { DEFAULT_ELIGIBILITY_POLICY } from './policy';
import type { EligibilityPolicy } from './policy';
import type {
  EligibilityInput,
  EligibilityPerson,
  EligibilityResult,
  EligibilityRotation,
  EligibilityRuleCode,
  RuleResult,
} from './types';

export const TODAY = '2026-06-15';

export function createPerson(overrides: Partial<EligibilityPerson> = {}): EligibilityPerson {
  return {
    careerLevel: 'SENIOR_PROJECT_MANAGER',
    pmSince: '2020-01-01',
    hiredOn: '2019-01-01',
    leftOn: null,
    onLeave: false,
    ...overrides,
  };
}

let nextRotationId = 1;
export function createRotation(
  startsOn: string,
  endsOn: string,
  overrides: Partial<EligibilityRotation> = {},
): EligibilityRotation {
  return { id: `r${nextRotationId++}`, startsOn, endsOn, cancelled: false, ...overrides };
}

export function createPolicy(overrides: Partial<EligibilityPolicy> = {}): EligibilityPolicy {
  return { ...DEFAULT_ELIGIBILITY_POLICY, ...overrides };
}

/** A senior PM with plenty of experience and no rotations, asking for 12 months from 1 Sept 2026. */
export function createInput(overrides: Partial<EligibilityInput> = {}): EligibilityInput {
  return {
    person: createPerson(),
    rotations: [],
    window: { startsOn: '2026-09-01', months: 12 },
    policy: createPolicy(),
    today: TODAY,
    ...overrides,
  };
}

export function ruleOf(result: EligibilityResult, code: EligibilityRuleCode): RuleResult {
  const rule = result.rules.find((r) => r.code === code);
  if (!rule) throw new Error(`No ${code} rule in the answer`);
  return rule;
}
