// A person's effective-dated history (SPEC §8): department, career level and leave as stretches
// of time. The database keeps the same stretches in `person_history`; the SQL and these helpers
// answer "what held on day d" the same way: the stretch with validFrom <= d < validTo.
import type { IsoDate } from './dates';
import type { CareerLevel } from './enums';

/** One stretch [validFrom, validTo) of a person's history; validTo null = open-ended. */
export interface PersonStretch {
  validFrom: IsoDate;
  validTo: IsoDate | null;
  departmentId: string;
  careerLevel: CareerLevel;
  onLeave: boolean;
}

/** What is recorded today on the person row: the values of the open-ended stretch. */
export interface CurrentPersonFacts {
  careerLevel: CareerLevel;
  onLeave: boolean;
  /** The stretches, in any order; absent = the current values have always held. */
  history?: readonly PersonStretch[] | null;
}

/** The stretch in force on `day`, or null (before the first stretch, i.e. before the hire). */
export function stretchOn(history: readonly PersonStretch[], day: IsoDate): PersonStretch | null {
  return history.find((s) => s.validFrom <= day && (s.validTo === null || day < s.validTo)) ?? null;
}

function firstStretch(history: readonly PersonStretch[]): PersonStretch | null {
  let first: PersonStretch | null = null;
  for (const s of history) if (first === null || s.validFrom < first.validFrom) first = s;
  return first;
}

/**
 * The career level held on `day`. Before the history starts (someone not hired yet) it is the
 * level they join with, so a future hire is judged at the level they will have.
 */
export function careerLevelOn(person: CurrentPersonFacts, day: IsoDate): CareerLevel {
  if (!person.history?.length) return person.careerLevel;
  return (
    (stretchOn(person.history, day) ?? firstStretch(person.history))?.careerLevel ??
    person.careerLevel
  );
}

/** The department held on `day`, or null before the history starts. */
export function departmentOn(history: readonly PersonStretch[], day: IsoDate): string | null {
  return stretchOn(history, day)?.departmentId ?? null;
}

/** A stretch of leave, as [from, to) with to null = no return date recorded. */
export interface LeaveStretch {
  from: IsoDate | null;
  to: IsoDate | null;
}

/**
 * The stretches of leave overlapping the inclusive range [from, to], earliest first. Without a
 * history, `onLeave` means on leave with no known start or end.
 */
export function leaveDuring(
  person: CurrentPersonFacts,
  from: IsoDate,
  to: IsoDate,
): LeaveStretch[] {
  if (!person.history?.length) return person.onLeave ? [{ from: null, to: null }] : [];
  return person.history
    .filter((s) => s.onLeave && s.validFrom <= to && (s.validTo === null || s.validTo > from))
    .sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1))
    .map((s) => ({ from: s.validFrom, to: s.validTo }));
}

/** On leave with no return date recorded (the open-ended stretch, or `onLeave` without history). */
export function onOpenEndedLeave(person: CurrentPersonFacts): boolean {
  if (!person.history?.length) return person.onLeave;
  return person.history.some((s) => s.onLeave && s.validTo === null);
}
