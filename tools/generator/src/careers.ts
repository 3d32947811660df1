import { addDays, addMonths, CAREER_LEVELS, type IsoDate } from '@stint/domain';
import type { DepartmentPlan } from './departments';
import { seededUuid } from './ids';
import type { Rng } from './prng';
import { at, daysBetween } from './time';
import type { PersonHistoryRow } from './types';

// The rates behind the demo's career story. They are made up, chosen only so that the charts
// have something to show: nothing here is evidence that a rotation helps or hurts a career.
// (The README repeats them.)

/** Share of people who worked in one other department before the one they are in now. */
export const DEPARTMENT_MOVE_RATE = 0.15;
/** Years between promotions along the career path, drawn uniformly from this range. */
export const YEARS_PER_PROMOTION: readonly [number, number] = [2.5, 5];
/** Share of returning rotation alumni (below the top level, still here) promoted afterwards… */
export const ALUMNI_PROMOTION_RATE = 0.35;
/** …this many months after their return, drawn uniformly. */
export const ALUMNI_PROMOTION_MONTHS: readonly [number, number] = [3, 24];

/** One stretch of a person's history: from `from` until the next stretch's `from` (or open). */
export interface Stretch {
  from: IsoDate;
  deptIndex: number;
  rank: number;
  onLeave: boolean;
}

/** The stretch in force on `date` (the first one for dates before the hire). */
function stretchAt(career: readonly Stretch[], date: IsoDate): Stretch {
  let found = career[0];
  for (const s of career) {
    if (s.from > date) break;
    found = s;
  }
  return found;
}

export function rankAt(career: readonly Stretch[], date: IsoDate): number {
  return stretchAt(career, date).rank;
}

export function deptAt(career: readonly Stretch[], date: IsoDate): number {
  return stretchAt(career, date).deptIndex;
}

/** Whether the person stays in one department from `from` through `to` (no move inside). */
export function oneDepartmentThrough(
  career: readonly Stretch[],
  from: IsoDate,
  to: IsoDate,
): boolean {
  const dept = deptAt(career, from);
  return career.every((s) => s.from <= from || s.from > to || s.deptIndex === dept);
}

/** Splits the career at `date` (no-op when a stretch already starts there). */
function splitAt(career: Stretch[], date: IsoDate): void {
  if (date <= career[0].from || career.some((s) => s.from === date)) return;
  const i = career.findIndex((s) => s.from > date);
  const before = stretchAt(career, date);
  const piece = { ...before, from: date };
  if (i < 0) career.push(piece);
  else career.splice(i, 0, piece);
}

/** Raises the level by one from `date` on (capped at the top of the path); false if at the top. */
export function promoteFrom(career: Stretch[], date: IsoDate): boolean {
  if (rankAt(career, date) >= CAREER_LEVELS.length - 1) return false;
  splitAt(career, date);
  for (const s of career)
    if (s.from >= date) s.rank = Math.min(CAREER_LEVELS.length - 1, s.rank + 1);
  return true;
}

/** On leave from `date` on. */
export function leaveFrom(career: Stretch[], date: IsoDate): void {
  splitAt(career, date);
  for (const s of career) if (s.from >= date) s.onLeave = true;
}

function randomDate(rng: Rng, from: IsoDate, to: IsoDate): IsoDate {
  const span = daysBetween(from, to);
  return span <= 0 ? from : addDays(from, rng.int(0, span));
}

/**
 * A career that ends (on leaving, or today) at the person's current department and level:
 * promotions spread over their time here, and sometimes an earlier department. Built backwards
 * from today's values so the pyramid of levels stays the one `assignLevels` drew.
 */
export function planCareer(
  rng: Rng,
  input: {
    hiredOn: IsoDate;
    end: IsoDate;
    deptIndex: number;
    rank: number;
    departments: readonly DepartmentPlan[];
  },
): Stretch[] {
  const { hiredOn, end, deptIndex, rank } = input;
  const years = daysBetween(hiredOn, end) / 365.25;
  const pace =
    YEARS_PER_PROMOTION[0] + rng.next() * (YEARS_PER_PROMOTION[1] - YEARS_PER_PROMOTION[0]);
  const promotions = Math.min(rank, Math.floor(years / pace));
  const changes = new Map<IsoDate, 'promotion' | 'move'>();
  const earliest = addMonths(hiredOn, 6);
  const latest = addDays(end, -1);
  if (earliest < latest) {
    for (let n = 0; n < promotions; n++)
      changes.set(randomDate(rng, earliest, latest), 'promotion');
  }
  let firstDept = deptIndex;
  const moveFrom = addMonths(hiredOn, 12);
  const moveTo = addDays(end, -30);
  if (input.departments.length > 1 && moveFrom < moveTo && rng.chance(DEPARTMENT_MOVE_RATE)) {
    const at = randomDate(rng, moveFrom, moveTo);
    if (!changes.has(at)) {
      changes.set(at, 'move');
      do firstDept = rng.int(0, input.departments.length - 1);
      while (firstDept === deptIndex);
    }
  }
  const done = [...changes.values()].filter((c) => c === 'promotion').length;
  const career: Stretch[] = [
    { from: hiredOn, deptIndex: firstDept, rank: rank - done, onLeave: false },
  ];
  for (const date of [...changes.keys()].sort()) {
    const last = career[career.length - 1];
    const kind = changes.get(date);
    career.push({
      ...last,
      from: date,
      rank: kind === 'promotion' ? last.rank + 1 : last.rank,
      deptIndex: kind === 'move' ? deptIndex : last.deptIndex,
    });
  }
  return career;
}

/** The history rows of a career (the last one open-ended), ids drawn from `ids`. */
export function historyRows(
  ids: Rng,
  personId: string,
  career: readonly Stretch[],
  departments: readonly DepartmentPlan[],
): PersonHistoryRow[] {
  return career.map((s, i) => ({
    id: seededUuid(ids),
    person_id: personId,
    valid_from: s.from,
    valid_to: i + 1 < career.length ? career[i + 1].from : null,
    department_id: departments[s.deptIndex].row.id,
    career_level: CAREER_LEVELS[s.rank],
    on_leave: s.onLeave,
    created_at: at(s.from, 540),
  }));
}

/**
 * Some alumni are promoted after they return (ALUMNI_PROMOTION_RATE, ALUMNI_PROMOTION_MONTHS):
 * people whose last rotation has ended, promoted while still employed and before today. Their
 * current level rises with it; nobody with a rotation running or planned is touched.
 */
export function promoteSomeAlumni(
  rng: Rng,
  people: readonly {
    row: { id: string; left_on: IsoDate | null; career_level: string };
    career: Stretch[];
  }[],
  rotations: readonly { person_id: string; ends_on: IsoDate; cancelled_at: string | null }[],
  anchor: IsoDate,
): void {
  const lastReturn = new Map<string, IsoDate>();
  for (const r of rotations) {
    if (r.cancelled_at !== null) continue;
    const previous = lastReturn.get(r.person_id);
    if (previous === undefined || r.ends_on > previous) lastReturn.set(r.person_id, r.ends_on);
  }
  for (const p of people) {
    const endsOn = lastReturn.get(p.row.id);
    if (endsOn === undefined || endsOn >= anchor) continue;
    if (!rng.chance(ALUMNI_PROMOTION_RATE)) continue;
    const months = rng.int(ALUMNI_PROMOTION_MONTHS[0], ALUMNI_PROMOTION_MONTHS[1]);
    const on = addDays(addMonths(addDays(endsOn, 1), months), rng.int(0, 27));
    if (on >= (p.row.left_on ?? anchor)) continue;
    if (promoteFrom(p.career, on))
      p.row.career_level = CAREER_LEVELS[p.career[p.career.length - 1].rank];
  }
}
