import {
  addDays,
  DEVELOPMENT_GOALS,
  isIsoDate,
  parseIsoDate,
  type DevelopmentGoal,
  type FieldProblem,
  type RotationStatus,
} from '@stint/domain';

/** The API's limit on a cancel reason and an outcome note. */
export const ROTATION_TEXT_MAX = 2000;

export interface RotationDates {
  startsOn: string;
  endsOn: string;
  status: RotationStatus;
}

/** Which actions a rotation's state allows (the API's checks in RotationsService). */
export function availableActions(rotation: RotationDates, today: string) {
  const live = rotation.status !== 'CANCELLED';
  return {
    // A new last day on or after the start and before the current end.
    endEarly: live && rotation.endsOn >= today && rotation.endsOn > rotation.startsOn,
    cancel: live && rotation.endsOn >= today,
    outcome: live && rotation.endsOn < today,
  };
}

/** A new last day: a real date inside the rotation, before its current end. */
export function validateEndEarly(endsOn: string, rotation: RotationDates): FieldProblem[] {
  const day = endsOn.trim();
  if (!isIsoDate(day)) return [{ field: 'endsOn', message: 'Enter a real date as YYYY-MM-DD.' }];
  if (day < rotation.startsOn || day >= rotation.endsOn)
    return [
      {
        field: 'endsOn',
        message: `Must be on or after the start (${rotation.startsOn}) and before the current end (${rotation.endsOn}).`,
      },
    ];
  return [];
}

function textProblems(field: string, value: string, missing: string): FieldProblem[] {
  const text = value.trim();
  if (!text) return [{ field, message: missing }];
  if ([...text].length > ROTATION_TEXT_MAX)
    return [
      { field, message: `Must be at most ${ROTATION_TEXT_MAX.toLocaleString('en')} characters.` },
    ];
  return [];
}

export function validateCancelReason(reason: string): FieldProblem[] {
  return textProblems('reason', reason, 'Say why the rotation is cancelled.');
}

export function validateOutcome(
  note: string,
  goalsAchieved: readonly string[],
  choices: readonly string[],
) {
  const problems = textProblems('note', note, 'Describe the outcome.');
  if (goalsAchieved.some((goal) => !choices.includes(goal)))
    problems.push({ field: 'goalsAchieved', message: 'Choose from the goals listed.' });
  return problems;
}

/**
 * The goals an outcome may name: those the rotation served and those its PMO offers, in the
 * usual goal order, each marked with whether the rotation set out to serve it.
 */
export function outcomeGoalChoices(
  served: readonly DevelopmentGoal[],
  offered: readonly DevelopmentGoal[],
): Array<{ goal: DevelopmentGoal; served: boolean }> {
  return DEVELOPMENT_GOALS.filter((goal) => served.includes(goal) || offered.includes(goal)).map(
    (goal) => ({ goal, served: served.includes(goal) }),
  );
}

/** Inclusive day count of [from, to]; 0 when to < from. */
export function daysIn(from: string, to: string): number {
  const span = (parseIsoDate(to).getTime() - parseIsoDate(from).getTime()) / 86_400_000;
  return span < 0 ? 0 : Math.round(span) + 1;
}

/** The days a change frees in the seat: after a new last day, or the whole rotation. */
export function freedDays(
  rotation: { startsOn: string; endsOn: string },
  newEndsOn?: string,
): { from: string; to: string } | null {
  const from = newEndsOn ? addDays(newEndsOn, 1) : rotation.startsOn;
  return from <= rotation.endsOn ? { from, to: rotation.endsOn } : null;
}

/** The whole months around a stretch, as pmoFill's from/to (first and last day). */
export function monthsAround(from: string, to: string): { from: string; to: string } {
  const end = parseIsoDate(`${to.slice(0, 7)}-01`);
  const last = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + 1, 0));
  return { from: `${from.slice(0, 7)}-01`, to: last.toISOString().slice(0, 10) };
}

export interface FillChange {
  from: string;
  to: string;
  before: number;
  after: number;
}

/**
 * The PMO's seat fill over the whole months around the freed stretch, before and after
 * freeing it: the seat-days the rotation no longer holds leave `daysFilled`, `daysOpen` stays.
 */
export function fillChange(
  points: ReadonlyArray<{ daysFilled: number; daysOpen: number }>,
  months: { from: string; to: string },
  freed: { from: string; to: string },
): FillChange | null {
  const filled = points.reduce((sum, p) => sum + p.daysFilled, 0);
  const open = points.reduce((sum, p) => sum + p.daysOpen, 0);
  if (open === 0) return null;
  const after = Math.max(0, filled - daysIn(freed.from, freed.to));
  return { ...months, before: filled / open, after: after / open };
}
