import type { IsoDate } from '@stint/domain';
import type { IsoTimestamp } from './types';

/** A timestamp on a calendar date, `minutes` after midnight UTC (kept inside office hours). */
export function at(date: IsoDate, minutes: number): IsoTimestamp {
  const m = Math.max(0, Math.min(24 * 60 - 1, Math.round(minutes)));
  const hh = String(Math.floor(m / 60)).padStart(2, '0');
  const mm = String(m % 60).padStart(2, '0');
  return `${date}T${hh}:${mm}:00.000Z`;
}

/** Months since year 0, for indexing per-month counters without Date objects. */
export function monthNumber(date: IsoDate): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

/** The later / earlier of two ISO dates (ISO strings compare in calendar order). */
export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}
export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}

/** Whole days from `from` to `to`. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
