import { isIsoDate, windowEnd } from '../dates';
import { awayCapRule } from './away-cap';
import { earliestEligibleStart } from './eligible-from';
import {
  cooldownRule,
  durationRule,
  employedRule,
  experienceRule,
  levelRule,
  maxRotationsRule,
  noOverlapRule,
  seatLevelRule,
} from './rules';
import type { EligibilityInput, EligibilityResult, EligibilityRuleCode, RuleResult } from './types';

// Failing any of these means no date will help. EMPLOYED is judged inside earliestEligibleStart
// (a future hire can wait; a leaver cannot), and AWAY_CAP never blocks a date because it hangs
// on other people's plans.
const WAITING_DOES_NOT_HELP: ReadonlySet<EligibilityRuleCode> = new Set([
  'LEVEL',
  'MAX_ROTATIONS',
  'DURATION',
  'SEAT_LEVEL',
]);

/**
 * SPEC §3: every rule with its verdict and sentence, the policy version used, and the earliest
 * date waiting would make this person eligible. Pure: the same input gives the same answer on
 * the server and in the browser.
 *
 * Throws RangeError for a malformed question (not a calendar date, or a window that is not a
 * positive whole number of months); callers validate user input first and report it as such.
 */
export function evaluateEligibility(input: EligibilityInput): EligibilityResult {
  const { startsOn, months } = input.window;
  for (const [name, value] of Object.entries({
    startsOn,
    today: input.today,
    pmSince: input.person.pmSince,
    hiredOn: input.person.hiredOn,
  })) {
    if (!isIsoDate(value)) throw new RangeError(`${name} is not a calendar date: ${value}`);
  }
  if (input.person.leftOn !== null && !isIsoDate(input.person.leftOn)) {
    throw new RangeError(`leftOn is not a calendar date: ${input.person.leftOn}`);
  }
  if (!Number.isInteger(months) || months < 1) {
    throw new RangeError(`A window lasts a positive whole number of months, not ${months}`);
  }
  const window = { startsOn, endsOn: windowEnd(startsOn, months), months };

  const rules: RuleResult[] = [
    employedRule(input, window),
    levelRule(input, window),
    experienceRule(input, window),
    noOverlapRule(input, window),
    cooldownRule(input, window),
    maxRotationsRule(input),
    durationRule(input, window),
  ];
  if (input.seat) rules.push(seatLevelRule(input, window, input.seat.role));
  if (input.away) rules.push(awayCapRule(input.away, window));

  const stuck = rules.some((r) => !r.passed && WAITING_DOES_NOT_HELP.has(r.code));
  return {
    eligible: rules.every((r) => r.passed),
    policyVersion: input.policy.version,
    window,
    rules,
    eligibleFrom: stuck ? null : earliestEligibleStart(input),
  };
}
