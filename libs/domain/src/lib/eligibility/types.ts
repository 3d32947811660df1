import type { IsoDate } from '../dates';
import type { CareerLevel, SeatRole } from '../enums';
import type { PersonStretch } from '../person-history';
import type { EligibilityPolicy } from './policy';

/** SPEC §3's rules, in the order an answer lists them. */
export const ELIGIBILITY_RULE_CODES = [
  'EMPLOYED',
  'LEVEL',
  'EXPERIENCE',
  'NO_OVERLAP',
  'COOLDOWN',
  'MAX_ROTATIONS',
  'DURATION',
  'SEAT_LEVEL',
  'AWAY_CAP',
] as const;
export type EligibilityRuleCode = (typeof ELIGIBILITY_RULE_CODES)[number];

/** The rules that waiting can fix; every other failing rule makes `eligibleFrom` null. */
export const TIME_BASED_RULE_CODES = [
  'EXPERIENCE',
  'NO_OVERLAP',
  'COOLDOWN',
] as const satisfies readonly EligibilityRuleCode[];

export interface EligibilityPerson {
  careerLevel: CareerLevel;
  pmSince: IsoDate;
  hiredOn: IsoDate;
  /** First day no longer employed (employment is [hiredOn, leftOn)); null while employed. */
  leftOn: IsoDate | null;
  /** Today's values (the open-ended stretch); the rules read `history` when it is given. */
  onLeave: boolean;
  /**
   * The person's stretches of department, level and leave (SPEC §8). LEVEL and SEAT_LEVEL use
   * the level held on the window's first day, EMPLOYED any leave overlapping the window. Absent
   * or empty: today's values are taken to have always held.
   */
  history?: readonly PersonStretch[] | null;
}

/** One of the person's own rotations, in any status. */
export interface EligibilityRotation {
  id: string;
  startsOn: IsoDate;
  /** Inclusive last day. */
  endsOn: IsoDate;
  cancelled: boolean;
}

/**
 * The home department's staffing per calendar month of the window, computed by the server
 * (it needs everyone else's rotations): people employed, and people away on non-cancelled
 * rotations, not counting the person being evaluated. The home department of a month is the
 * one the person is in on its last day, so a month may carry its own department's cap.
 */
export interface AwayContext {
  awayCap: number;
  months: { month: string; headcount: number; onRotation: number; awayCap?: number }[];
}

export interface EligibilityInput {
  person: EligibilityPerson;
  rotations: readonly EligibilityRotation[];
  /** A window of whole months from `startsOn`; it ends on `windowEnd(startsOn, months)`. */
  window: { startsOn: IsoDate; months: number };
  seat?: { role: SeatRole } | null;
  away?: AwayContext | null;
  policy: EligibilityPolicy;
  today: IsoDate;
  /** A rotation being re-evaluated (rescheduled, re-approved): it does not count against itself. */
  excludeRotationId?: string;
}

/** Numbers and dates behind a rule's sentence, for screens that show more than the sentence. */
export type RuleDetail = Readonly<
  Record<string, string | number | boolean | null | readonly string[]>
>;

export interface RuleResult {
  code: EligibilityRuleCode;
  passed: boolean;
  /** A full sentence a PM understands, with the numbers and dates that decided it. */
  message: string;
  detail?: RuleDetail;
}

export interface EligibilityResult {
  eligible: boolean;
  policyVersion: number;
  window: { startsOn: IsoDate; endsOn: IsoDate; months: number };
  rules: RuleResult[];
  /**
   * The earliest day (from today) on which a window of the same length would pass every
   * time-based rule (EXPERIENCE, COOLDOWN, NO_OVERLAP) while the person is employed; null when
   * waiting does not help. AWAY_CAP is deliberately left out: it depends on other people's plans,
   * which may change, so no date can be promised for it.
   */
  eligibleFrom: IsoDate | null;
}
