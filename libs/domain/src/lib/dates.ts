// Calendar dates as ISO strings ('YYYY-MM-DD'). Rotations, hires and windows are whole days;
// using strings (not Date) keeps time zones out of the arithmetic on both server and browser.

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): value is IsoDate {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

export function toIsoDate(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

export function parseIsoDate(value: IsoDate): Date {
  if (!isIsoDate(value)) throw new RangeError(`Not a calendar date: ${value}`);
  return new Date(`${value}T00:00:00.000Z`);
}

export function addDays(value: IsoDate, days: number): IsoDate {
  const d = parseIsoDate(value);
  d.setUTCDate(d.getUTCDate() + days);
  return toIsoDate(d);
}

/** Adds calendar months, clamping to the month's last day (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(value: IsoDate, months: number): IsoDate {
  const d = parseIsoDate(value);
  const day = d.getUTCDate();
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return toIsoDate(target);
}

/** Whole calendar months from `from` to `to` (negative when `to` is earlier). */
export function monthsBetween(from: IsoDate, to: IsoDate): number {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  let months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
  if (months > 0 && b.getUTCDate() < a.getUTCDate() && addMonths(from, months) > to) months -= 1;
  if (months < 0 && b.getUTCDate() > a.getUTCDate() && addMonths(from, months) < to) months += 1;
  return months;
}

/** The inclusive last day of a window of `months` months starting on `startsOn`. */
export function windowEnd(startsOn: IsoDate, months: number): IsoDate {
  return addDays(addMonths(startsOn, months), -1);
}

/** Inclusive date ranges overlap when each starts on or before the other ends. */
export function rangesOverlap(
  a: { startsOn: IsoDate; endsOn: IsoDate },
  b: { startsOn: IsoDate; endsOn: IsoDate },
): boolean {
  return a.startsOn <= b.endsOn && b.startsOn <= a.endsOn;
}

export function todayIso(now: Date = new Date()): IsoDate {
  return toIsoDate(now);
}

/**
 * Employment is the half-open range [hiredOn, leftOn): `leftOn` is the first day the person
 * no longer works here (null while employed).
 */
export function isEmployedOn(
  person: { hiredOn: IsoDate; leftOn: IsoDate | null },
  day: IsoDate,
): boolean {
  return person.hiredOn <= day && (person.leftOn === null || day < person.leftOn);
}

/**
 * The number of whole months an inclusive window spans, or null when it does not end the day
 * before a monthly anniversary of its start (rotations run whole months: Jan 1 – Dec 31 is 12).
 */
export function wholeMonthsIn(startsOn: IsoDate, endsOn: IsoDate): number | null {
  if (!isIsoDate(startsOn) || !isIsoDate(endsOn) || endsOn < startsOn) return null;
  const months = monthsBetween(startsOn, addDays(endsOn, 1));
  return months >= 1 && windowEnd(startsOn, months) === endsOn ? months : null;
}
