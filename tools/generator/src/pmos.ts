import { addDays, addMonths, type IsoDate, type PmoScope, type SeatRole } from '@stint/domain';
import type { DepartmentPlan } from './departments';
import { seededUuid } from './ids';
import { ANALYST_TITLES, ENTERPRISE_OFFICES, MANAGER_TITLES, nthProgram, nthUnit } from './names';
import type { Rng } from './prng';
import type { SizeProfile } from './sizes';
import { at, daysBetween } from './time';
import type { PmoRow, SeatRow } from './types';

export interface PmoPlan {
  row: PmoRow;
  /** Index of the owning/running department, if any (department PMOs staff from it first). */
  deptIndex: number | null;
}

export interface SeatPlan {
  row: SeatRow;
  pmoIndex: number;
  /**
   * Left vacant from the anchor on, so the demo director always has a seat to plan for
   * (SPEC: the demo is what a new user sees first).
   */
  vacantFromAnchor: boolean;
}

export interface PmoGeneration {
  pmos: PmoPlan[];
  seats: SeatPlan[];
  /** The PMOs the demo director directs: one department PMO and one program PMO. */
  showcasePmoIndexes: number[];
}

function scopes(count: number, departments: number): PmoScope[] {
  const enterprise = Math.max(1, Math.round(count * 0.08));
  const department = Math.min(Math.round(count * 0.5), departments);
  const program = Math.max(0, count - enterprise - department);
  return [
    ...Array<PmoScope>(enterprise).fill('ENTERPRISE'),
    ...Array<PmoScope>(department).fill('DEPARTMENT'),
    ...Array<PmoScope>(program).fill('PROGRAM'),
  ];
}

function between(rng: Rng, from: IsoDate, to: IsoDate): IsoDate {
  const span = daysBetween(from, to);
  return span <= 0 ? from : addDays(from, rng.int(0, span));
}

export function generatePmos(
  rng: Rng,
  departments: readonly DepartmentPlan[],
  profile: SizeProfile,
  historyStart: IsoDate,
  anchor: IsoDate,
): PmoGeneration {
  const pmoIds = rng.fork('pmo-ids');
  const seatIds = rng.fork('seat-ids');
  const functional = departments.map((_, i) => i).filter((i) => !departments[i].isDivision);
  const pmoDepartments = rng.shuffle([...functional]);
  const scopeList = scopes(profile.pmos, pmoDepartments.length);

  const pmos: PmoPlan[] = [];
  const opened: IsoDate[] = [];
  let enterprise = 0;
  let departmentPmos = 0;
  let programs = 0;
  const showcase = [scopeList.indexOf('DEPARTMENT'), scopeList.indexOf('PROGRAM')].filter(
    (i) => i >= 0,
  );

  for (const [i, scope] of scopeList.entries()) {
    let name: string;
    let deptIndex: number | null = null;
    let programName: string | null = null;
    if (scope === 'ENTERPRISE') {
      name = nthUnit(ENTERPRISE_OFFICES, enterprise++).name;
    } else if (scope === 'DEPARTMENT') {
      deptIndex = pmoDepartments[departmentPmos++];
      name = `${departments[deptIndex].row.name} PMO`;
    } else {
      programName = nthProgram(programs++);
      name = `${programName} Program Office`;
      deptIndex = rng.pick(functional);
    }
    // Most PMOs predate the history; some were set up during it (none in the last year).
    const open =
      showcase.includes(i) || rng.chance(0.75)
        ? between(rng, addMonths(historyStart, -36), historyStart)
        : between(rng, historyStart, addMonths(anchor, -12));
    opened.push(open);
    pmos.push({
      deptIndex,
      row: {
        id: seededUuid(pmoIds),
        name,
        scope,
        department_id: deptIndex === null ? null : departments[deptIndex].row.id,
        program_name: programName,
        created_at: at(open, 600),
        updated_at: at(open, 600),
      },
    });
  }

  // Every PMO gets a seat; the rest go mostly to the larger (enterprise, department) offices.
  const seatCounts = pmos.map(() => 1);
  const weight = (p: PmoPlan) =>
    p.row.scope === 'ENTERPRISE' ? 3 : p.row.scope === 'DEPARTMENT' ? 1.5 : 1;
  const totalWeight = pmos.reduce((sum, p) => sum + weight(p), 0);
  for (let s = pmos.length; s < profile.seats; s++) {
    let target = rng.next() * totalWeight;
    let k = 0;
    while (k < pmos.length - 1 && (target -= weight(pmos[k])) > 0) k++;
    seatCounts[k]++;
  }

  const seats: SeatPlan[] = [];
  for (const [pmoIndex, pmo] of pmos.entries()) {
    const open = opened[pmoIndex];
    for (let n = 0; n < seatCounts[pmoIndex]; n++) {
      const isShowcase = n === 0 && showcase.includes(pmoIndex);
      const role: SeatRole =
        n === 1
          ? rng.chance(0.8)
            ? 'PMO_MANAGER'
            : 'PMO_ANALYST'
          : n > 1 && rng.chance(0.15)
            ? 'PMO_MANAGER'
            : 'PMO_ANALYST';
      const opensOn =
        isShowcase || rng.chance(0.6) ? open : between(rng, open, addMonths(anchor, 6));
      let closesOn: IsoDate | null = null;
      if (!isShowcase) {
        const roll = rng.next();
        const pastFrom = addMonths(opensOn, 24);
        const futureFrom =
          addMonths(anchor, 3) > addMonths(opensOn, 12)
            ? addMonths(anchor, 3)
            : addMonths(opensOn, 12);
        // Some seats were closed when a PMO shrank; some are funded only until a date ahead.
        if (roll < 0.12 && pastFrom < anchor)
          closesOn = between(rng, pastFrom, addDays(anchor, -1));
        else if (roll < 0.22) closesOn = between(rng, futureFrom, addMonths(futureFrom, 21));
      }
      const title = role === 'PMO_MANAGER' ? rng.pick(MANAGER_TITLES) : rng.pick(ANALYST_TITLES);
      seats.push({
        pmoIndex,
        vacantFromAnchor: isShowcase,
        row: {
          id: seededUuid(seatIds),
          pmo_id: pmo.row.id,
          role,
          title,
          opens_on: opensOn,
          closes_on: closesOn,
          created_at: at(minBefore(opensOn, anchor), 630),
          updated_at: at(minBefore(opensOn, anchor), 630),
        },
      });
    }
  }
  return { pmos, seats, showcasePmoIndexes: showcase };
}

/** A record cannot have been created after "today": seats opening later were set up earlier. */
function minBefore(date: IsoDate, anchor: IsoDate): IsoDate {
  return date < anchor ? date : addDays(anchor, -1);
}
