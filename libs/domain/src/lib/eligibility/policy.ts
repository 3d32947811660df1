import type { CareerLevel } from '../enums';
import { CAREER_LEVELS, levelRank } from '../enums';
import type { FieldProblem } from '../requests/field-problem';

/** The tunable numbers of SPEC §3. Versioned: an eligibility answer names the version it used. */
export interface EligibilityPolicy {
  version: number;
  eligibleLevels: CareerLevel[];
  minExperienceMonths: number;
  cooldownMonths: number;
  maxRotations: number;
  minDurationMonths: number;
  maxDurationMonths: number;
  managerSeatMinLevel: CareerLevel;
}

/** What the database keeps per version in `eligibility_policy.rules` (the version is the row key). */
export type EligibilityPolicyRules = Omit<EligibilityPolicy, 'version'>;

/** SPEC §3 defaults; identical to the version-1 row the migration seeds. */
export const DEFAULT_ELIGIBILITY_POLICY: EligibilityPolicy = {
  version: 1,
  eligibleLevels: ['PROJECT_MANAGER', 'SENIOR_PROJECT_MANAGER', 'PROGRAM_MANAGER'],
  minExperienceMonths: 24,
  cooldownMonths: 24,
  maxRotations: 2,
  minDurationMonths: 12,
  maxDurationMonths: 24,
  managerSeatMinLevel: 'SENIOR_PROJECT_MANAGER',
};

export type PolicyRulesParseResult =
  { ok: true; rules: EligibilityPolicyRules } | { ok: false; problems: FieldProblem[] };

type NumberField =
  | 'minExperienceMonths'
  | 'cooldownMonths'
  | 'maxRotations'
  | 'minDurationMonths'
  | 'maxDurationMonths';

// Lowest sensible value per number. A zero-month rotation is not a window at all; zero
// experience, cooldown or rotations are legitimate policies (maxRotations 0 pauses rotations).
const NUMBER_FIELDS: Readonly<Record<NumberField, { min: number; unit: string }>> = {
  minExperienceMonths: { min: 0, unit: 'months' },
  cooldownMonths: { min: 0, unit: 'months' },
  maxRotations: { min: 0, unit: 'rotations' },
  minDurationMonths: { min: 1, unit: 'months' },
  maxDurationMonths: { min: 1, unit: 'months' },
};

// `version` is tolerated (and ignored) so a whole EligibilityPolicy can be passed back in.
const KNOWN_KEYS = new Set<string>([
  ...Object.keys(NUMBER_FIELDS),
  'eligibleLevels',
  'managerSeatMinLevel',
  'version',
]);

function isCareerLevel(value: unknown): value is CareerLevel {
  return typeof value === 'string' && (CAREER_LEVELS as readonly string[]).includes(value);
}

/**
 * Validates policy JSON (a stored version's `rules`, or an admin's edit) into policy fields.
 * Every problem is reported at once, keyed by the JSON field, so an admin form can mark each.
 * Unknown keys are problems too: a misspelt key would otherwise be silently dropped.
 */
export function parsePolicyRules(json: unknown): PolicyRulesParseResult {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return {
      ok: false,
      problems: [{ field: 'rules', message: 'The policy must be an object of named rules.' }],
    };
  }
  const source = json as Record<string, unknown>;
  const problems: FieldProblem[] = [];

  for (const key of Object.keys(source)) {
    if (!KNOWN_KEYS.has(key))
      problems.push({ field: key, message: `"${key}" is not a policy rule.` });
  }

  const numbers: Partial<Record<NumberField, number>> = {};
  for (const [field, { min, unit }] of Object.entries(NUMBER_FIELDS) as [
    NumberField,
    { min: number; unit: string },
  ][]) {
    const value = source[field];
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
      problems.push({ field, message: `Must be a whole number of ${unit}, ${min} or more.` });
    } else {
      numbers[field] = value;
    }
  }
  const { minDurationMonths, maxDurationMonths } = numbers;
  if (
    minDurationMonths !== undefined &&
    maxDurationMonths !== undefined &&
    minDurationMonths > maxDurationMonths
  ) {
    problems.push({
      field: 'maxDurationMonths',
      message: `Must be at least the minimum duration (${minDurationMonths} months).`,
    });
  }

  const eligibleLevels = parseLevels(source['eligibleLevels'], problems);

  const managerSeatMinLevel = source['managerSeatMinLevel'];
  if (!isCareerLevel(managerSeatMinLevel)) {
    problems.push({
      field: 'managerSeatMinLevel',
      message: `Must be one of ${CAREER_LEVELS.join(', ')}.`,
    });
  }

  if (problems.length > 0 || !eligibleLevels || !isCareerLevel(managerSeatMinLevel)) {
    return { ok: false, problems };
  }
  // No problems means every number field was read above.
  return {
    ok: true,
    rules: { ...(numbers as Record<NumberField, number>), eligibleLevels, managerSeatMinLevel },
  };
}

/** Returns the levels in career order (so stored JSON is stable), or null after recording problems. */
function parseLevels(value: unknown, problems: FieldProblem[]): CareerLevel[] | null {
  const field = 'eligibleLevels';
  if (!Array.isArray(value)) {
    problems.push({ field, message: 'Must be a list of career levels.' });
    return null;
  }
  if (value.length === 0) {
    problems.push({ field, message: 'At least one career level must be eligible.' });
    return null;
  }
  const unknown = value.filter((level) => !isCareerLevel(level));
  if (unknown.length > 0) {
    problems.push({ field, message: `Unknown career level: ${unknown.map(String).join(', ')}.` });
    return null;
  }
  const levels = value as CareerLevel[];
  if (new Set(levels).size !== levels.length) {
    problems.push({ field, message: 'Each career level may be listed once.' });
    return null;
  }
  return [...levels].sort((a, b) => levelRank(a) - levelRank(b));
}
