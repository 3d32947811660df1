import { addDays, addMonths, parseIsoDate, type IsoDate } from '@stint/domain';

export interface DateRange {
  from: IsoDate;
  to: IsoDate;
}

const DAY_MS = 86_400_000;

/** Whole days from `a` to `b`. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((parseIsoDate(b).getTime() - parseIsoDate(a).getTime()) / DAY_MS);
}

/** What the timeline shows: from the first of the month `monthsBack` ago to the end of the month `monthsAhead` on. */
export function timelineRange(today: IsoDate, monthsBack = 6, monthsAhead = 24): DateRange {
  const from = `${addMonths(today, -monthsBack).slice(0, 7)}-01`;
  const to = addDays(`${addMonths(today, monthsAhead + 1).slice(0, 7)}-01`, -1);
  return { from, to };
}

/** Left edge and width of a date range on the timeline, in percent, clipped to it; null when outside. */
export function placeOnTimeline(
  range: DateRange,
  item: DateRange,
): { left: number; width: number } | null {
  if (item.to < range.from || item.from > range.to) return null;
  const total = daysBetween(range.from, range.to) + 1;
  const from = item.from < range.from ? range.from : item.from;
  const to = item.to > range.to ? range.to : item.to;
  return {
    left: (daysBetween(range.from, from) / total) * 100,
    width: ((daysBetween(from, to) + 1) / total) * 100,
  };
}

/** The first day of each month in the range, for the scale. */
export function monthsIn(range: DateRange): IsoDate[] {
  const months: IsoDate[] = [];
  for (let m = `${range.from.slice(0, 7)}-01`; m <= range.to; m = addMonths(m, 1)) months.push(m);
  return months;
}

/**
 * The free stretches of a seat between `from` and `to`: inside the seat's open window and not
 * covered by any of its (non-cancelled) rotations. These are what a director can fill.
 */
export function seatGaps(
  seat: { opensOn: IsoDate; closesOn: IsoDate | null },
  rotations: ReadonlyArray<{ startsOn: IsoDate; endsOn: IsoDate }>,
  from: IsoDate,
  to: IsoDate,
): DateRange[] {
  let cursor = seat.opensOn > from ? seat.opensOn : from;
  const end = seat.closesOn && seat.closesOn < to ? seat.closesOn : to;
  const gaps: DateRange[] = [];
  const sorted = [...rotations].sort((a, b) =>
    a.startsOn < b.startsOn ? -1 : a.startsOn > b.startsOn ? 1 : 0,
  );
  for (const rotation of sorted) {
    if (cursor > end) break;
    if (rotation.endsOn < cursor) continue;
    if (rotation.startsOn > cursor) {
      const gapEnd = addDays(rotation.startsOn, -1);
      gaps.push({ from: cursor, to: gapEnd < end ? gapEnd : end });
    }
    const next = addDays(rotation.endsOn, 1);
    if (next > cursor) cursor = next;
  }
  if (cursor <= end) gaps.push({ from: cursor, to: end });
  return gaps.filter((gap) => gap.from <= gap.to);
}
