import { addDays, addMonths, CAREER_LEVELS, type IsoDate } from '@stint/domain';
import { planCareer, type Stretch } from './careers';
import type { DepartmentPlan } from './departments';
import { seededUuid } from './ids';
import { FIRST_NAMES, LAST_NAMES } from './names';
import type { Rng } from './prng';
import { at, daysBetween, minDate } from './time';
import type { PersonRow } from './types';

export interface PersonPlan {
  row: PersonRow;
  /** The current (last) department; `career` says where they were before. */
  deptIndex: number;
  /** Department, level and leave over time, from the hire on; the last stretch is the row's. */
  career: Stretch[];
}

/** Picks department indexes in proportion to their weights. */
function weightedPicker(rng: Rng, weights: readonly number[]): () => number {
  const cumulative: number[] = [];
  let total = 0;
  for (const w of weights) cumulative.push((total += w));
  return () => {
    const target = rng.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

function randomDate(rng: Rng, from: IsoDate, to: IsoDate): IsoDate {
  const span = daysBetween(from, to);
  return span <= 0 ? from : addDays(from, rng.int(0, span));
}

/** The career pyramid: many PMs, fewer seniors, few portfolio managers. */
const LEVEL_SHARES = [0.12, 0.32, 0.27, 0.19, 0.1];

/**
 * Career level grows with years as a PM, with noise (promotions are uneven). Ranking people by
 * noisy experience and cutting the ranking at the pyramid's shares keeps the correlation
 * whatever the history length, where fixed year thresholds would make a ten-year history
 * top-heavy.
 */
function assignLevels(rng: Rng, people: PersonPlan[], anchor: IsoDate): void {
  const score = people.map(
    (p) => daysBetween(p.row.pm_since, p.row.left_on ?? anchor) / 365.25 + rng.normal(0, 1.5),
  );
  const order = people.map((_, i) => i).sort((a, b) => score[a] - score[b] || a - b);
  let cut = 0;
  let rank = 0;
  for (const [position, i] of order.entries()) {
    while (
      rank < CAREER_LEVELS.length - 1 &&
      position >= (cut + LEVEL_SHARES[rank]) * people.length
    ) {
      cut += LEVEL_SHARES[rank];
      rank++;
    }
    people[i].row.career_level = CAREER_LEVELS[rank];
  }
}

/**
 * People hired across the history (and before it), some of whom have left since. Everyone is
 * a PM-track person, so `pm_since` is when they began managing projects, here or elsewhere.
 */
export function generatePeople(
  rng: Rng,
  departments: readonly DepartmentPlan[],
  count: number,
  historyStart: IsoDate,
  anchor: IsoDate,
): PersonPlan[] {
  const ids = rng.fork('ids');
  const pickDepartment = weightedPicker(
    rng.fork('departments'),
    departments.map((d) => d.weight),
  );
  const usedEmails = new Map<string, number>();
  const lastHire = addDays(anchor, -30);
  const people: PersonPlan[] = [];

  for (let i = 0; i < count; i++) {
    const first = rng.pick(FIRST_NAMES);
    const last = rng.pick(LAST_NAMES);
    const local = `${first}.${last}`.toLowerCase();
    const seen = usedEmails.get(local) ?? 0;
    usedEmails.set(local, seen + 1);
    const email = `${seen === 0 ? local : `${local}${seen + 1}`}@stint.example`;

    // About half were already here when the history begins; the rest joined during it.
    const hiredOn = rng.chance(0.5)
      ? randomDate(rng, addMonths(historyStart, -12 * 12), addDays(historyStart, -1))
      : randomDate(rng, historyStart, lastHire);
    let leftOn: IsoDate | null = null;
    const earliestExit = addMonths(hiredOn > historyStart ? hiredOn : historyStart, 9);
    if (earliestExit < anchor && rng.chance(0.22))
      leftOn = randomDate(rng, earliestExit, addDays(anchor, -1));

    // Experienced hires managed projects elsewhere first; others moved into PM work here.
    const pmSinceRaw = rng.chance(0.5)
      ? addDays(hiredOn, -rng.int(0, 8 * 365))
      : addDays(hiredOn, rng.int(0, 540));
    const pmSince = minDate(pmSinceRaw, leftOn ?? anchor);
    const deptIndex = pickDepartment();

    people.push({
      deptIndex,
      career: [],
      row: {
        id: seededUuid(ids),
        employee_number: `E${String(100001 + i)}`,
        full_name: `${first} ${last}`,
        email,
        department_id: departments[deptIndex].row.id,
        career_level: 'PROJECT_COORDINATOR', // set by assignLevels below
        pm_since: pmSince,
        hired_on: hiredOn,
        left_on: leftOn,
        on_leave: false,
        created_at: at(hiredOn, 540),
        updated_at: at(leftOn ?? hiredOn, 540),
      },
    });
  }
  assignLevels(rng.fork('levels'), people, anchor);
  const careers = rng.fork('careers');
  for (const p of people) {
    p.career = planCareer(careers, {
      hiredOn: p.row.hired_on,
      end: p.row.left_on ?? anchor,
      deptIndex: p.deptIndex,
      rank: CAREER_LEVELS.indexOf(p.row.career_level),
      departments,
    });
  }
  return people;
}
