import {
  CAREER_LEVELS,
  parsePolicyRules,
  type CareerLevel,
  type FieldProblem,
} from '@stint/domain';

export interface PolicyFormValues {
  eligibleLevels: CareerLevel[];
  minExperienceMonths: string;
  cooldownMonths: string;
  maxRotations: string;
  minDurationMonths: string;
  maxDurationMonths: string;
  managerSeatMinLevel: CareerLevel;
  note: string;
}

export const POLICY_NOTE_MAX_LENGTH = 500;

type NumberKey =
  | 'minExperienceMonths'
  | 'cooldownMonths'
  | 'maxRotations'
  | 'minDurationMonths'
  | 'maxDurationMonths';
const NUMBER_KEYS: readonly NumberKey[] = [
  'minExperienceMonths',
  'cooldownMonths',
  'maxRotations',
  'minDurationMonths',
  'maxDurationMonths',
];

export interface PolicyRulesView extends Record<NumberKey, number> {
  eligibleLevels: readonly CareerLevel[];
  managerSeatMinLevel: CareerLevel;
}

/** The policy in force as the form's starting values (the note starts empty: it is per version). */
export function policyToForm(policy: PolicyRulesView): PolicyFormValues {
  return {
    eligibleLevels: [...policy.eligibleLevels],
    managerSeatMinLevel: policy.managerSeatMinLevel,
    note: '',
    ...(Object.fromEntries(NUMBER_KEYS.map((k) => [k, String(policy[k])])) as Record<
      NumberKey,
      string
    >),
  };
}

/** A number field as typed: a whole number, or the text itself so the rule reports it. */
function asNumber(text: string): number | string {
  return /^\s*-?\d+\s*$/.test(text) ? Number(text) : text;
}

/**
 * Checks the form with the domain's parsePolicyRules (the server runs the same function), and
 * returns the input for updateEligibilityPolicy when it passes.
 */
export function readPolicyForm(values: PolicyFormValues, basedOnVersion: number) {
  const json: Record<string, unknown> = {
    eligibleLevels: CAREER_LEVELS.filter((l) => values.eligibleLevels.includes(l)),
    managerSeatMinLevel: values.managerSeatMinLevel,
  };
  for (const key of NUMBER_KEYS) json[key] = asNumber(values[key]);
  const parsed = parsePolicyRules(json);
  const problems: FieldProblem[] = parsed.ok ? [] : [...parsed.problems];
  if ([...values.note].length > POLICY_NOTE_MAX_LENGTH) {
    problems.push({
      field: 'note',
      message: `Must be at most ${POLICY_NOTE_MAX_LENGTH} characters.`,
    });
  }
  if (!parsed.ok || problems.length > 0) return { input: null, problems };
  return {
    input: {
      ...parsed.rules,
      basedOnVersion,
      ...(values.note.trim() ? { note: values.note.trim() } : {}),
    },
    problems,
  };
}
