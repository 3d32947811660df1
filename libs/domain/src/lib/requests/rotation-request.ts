import type { IsoDate } from '../dates';
import { isIsoDate } from '../dates';
import type { DevelopmentGoal, PmoScope } from '../enums';
import { DEVELOPMENT_GOALS, MOTIVATION_MAX_LENGTH, PMO_SCOPES } from '../enums';
import type { EligibilityPolicy } from '../eligibility/policy';
import { formatDay } from '../eligibility/labels';
import type { FieldProblem } from './field-problem';
import { characterCount } from './text-length';

export const REQUEST_GOALS_MIN = 1;
export const REQUEST_GOALS_MAX = 5;

/**
 * What a PM submits (SPEC §2). Loosely typed on purpose: the browser form and the API hand in
 * whatever the user typed, and this function is what decides it is a valid request.
 */
export interface RotationRequestInput {
  goals: readonly string[];
  preferredScope?: string | null;
  preferredPmoId?: string | null;
  earliestStart: string;
  durationMonths: number;
  motivation: string;
}

function isGoal(value: string): value is DevelopmentGoal {
  return (DEVELOPMENT_GOALS as readonly string[]).includes(value);
}

function isScope(value: string): value is PmoScope {
  return (PMO_SCOPES as readonly string[]).includes(value);
}

function goalProblems(goals: readonly string[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const field = 'goals';
  if (goals.length < REQUEST_GOALS_MIN)
    problems.push({ field, message: 'Choose at least one goal.' });
  if (goals.length > REQUEST_GOALS_MAX)
    problems.push({ field, message: `Choose at most ${REQUEST_GOALS_MAX} goals.` });
  const unknown = goals.filter((g) => !isGoal(g));
  if (unknown.length > 0) problems.push({ field, message: `Unknown goal: ${unknown.join(', ')}.` });
  const repeated = goals.filter((g, i) => goals.indexOf(g) !== i);
  if (repeated.length > 0) {
    problems.push({
      field,
      message: `Choose each goal once; repeated: ${[...new Set(repeated)].join(', ')}.`,
    });
  }
  return problems;
}

/**
 * Every problem with a rotation request, keyed by input field. Runs unchanged in the browser
 * form and on the server; an empty list means the request may be stored. Whether the preferred
 * PMO exists, and whether the person has another open request, need the database: the server
 * checks those.
 */
export function validateRotationRequestInput(
  input: RotationRequestInput,
  policy: Pick<EligibilityPolicy, 'minDurationMonths' | 'maxDurationMonths'>,
  today: IsoDate,
): FieldProblem[] {
  const problems = goalProblems(input.goals);

  if (input.preferredScope != null && !isScope(input.preferredScope)) {
    problems.push({
      field: 'preferredScope',
      message: `Choose one of ${PMO_SCOPES.join(', ')}, or leave it empty.`,
    });
  }
  if (input.preferredPmoId != null && input.preferredPmoId.trim() === '') {
    problems.push({ field: 'preferredPmoId', message: 'Choose a PMO, or leave it empty.' });
  }

  if (!isIsoDate(input.earliestStart)) {
    problems.push({ field: 'earliestStart', message: 'Enter a real date as YYYY-MM-DD.' });
  } else if (input.earliestStart < today) {
    problems.push({
      field: 'earliestStart',
      message: `Must be today (${formatDay(today)}) or later.`,
    });
  }

  const { minDurationMonths: min, maxDurationMonths: max } = policy;
  if (
    !Number.isInteger(input.durationMonths) ||
    input.durationMonths < min ||
    input.durationMonths > max
  ) {
    problems.push({
      field: 'durationMonths',
      message: `Must be a whole number of months from ${min} to ${max}.`,
    });
  }

  const length = characterCount(input.motivation);
  if (length > MOTIVATION_MAX_LENGTH) {
    problems.push({
      field: 'motivation',
      message: `Must be at most ${MOTIVATION_MAX_LENGTH.toLocaleString('en-GB')} characters; this is ${length.toLocaleString('en-GB')}.`,
    });
  }
  return problems;
}
