import {
  addDays,
  addMonths,
  DEVELOPMENT_GOALS,
  type DevelopmentGoal,
  GOALS_OFFERED,
  type IsoDate,
  type RequestStatus,
} from '@stint/domain';
import { seededUuid } from './ids';
import { DECLINE_NOTES, MOTIVATIONS } from './names';
import type { PersonPlan } from './people';
import type { PmoPlan } from './pmos';
import type { Rng } from './prng';
import { at, daysBetween, maxDate, minDate } from './time';
import type { RotationRequestRow } from './types';
import type { DemoPeople } from './users';
import { isRotatableLevel } from './users';

export interface RequestInput {
  people: readonly PersonPlan[];
  pmos: readonly PmoPlan[];
  directorsByPmo: readonly string[][];
  adminId: string;
  demo: DemoPeople;
  showcasePmoIndexes: readonly number[];
  busyNowOrLater: readonly boolean[];
  approvedCount: number;
  openRequests: number;
  historyStart: IsoDate;
  anchor: IsoDate;
}

function firstOfMonth(date: IsoDate): IsoDate {
  return `${date.slice(0, 7)}-01`;
}

/**
 * The requests that did not become rotations: declined and withdrawn ones across the history,
 * and the SUBMITTED ones waiting today (at most one per person, as the database insists).
 */
export function generateOtherRequests(rng: Rng, input: RequestInput): RotationRequestRow[] {
  const { people, pmos, anchor } = input;
  const ids = rng.fork('ids');
  const rows: RotationRequestRow[] = [];

  const request = (
    pi: number,
    status: RequestStatus,
    submittedOn: IsoDate,
    pmoIndex: number | null,
    decision: { on: IsoDate; by: string | null; note: string | null } | null,
  ): RotationRequestRow => {
    const pmo = pmoIndex === null ? null : pmos[pmoIndex];
    const offered: readonly DevelopmentGoal[] = pmo
      ? GOALS_OFFERED[pmo.row.scope]
      : DEVELOPMENT_GOALS;
    const submittedAt = at(submittedOn, rng.int(480, 1080));
    const decidedAt = decision ? at(decision.on, rng.int(540, 1020)) : null;
    const row: RotationRequestRow = {
      id: seededUuid(ids),
      person_id: people[pi].row.id,
      status,
      goals: rng.subset(offered, rng.int(1, 3)),
      preferred_scope: pmo ? pmo.row.scope : null,
      preferred_pmo_id: pmo && rng.chance(0.6) ? pmo.row.id : null,
      // Open requests look ahead from today; closed ones from when they were made.
      earliest_start: firstOfMonth(
        addMonths(status === 'SUBMITTED' ? anchor : submittedOn, rng.int(1, 6)),
      ),
      duration_months: rng.pick([12, 12, 18, 24]),
      motivation: rng.pick(MOTIVATIONS),
      submitted_at: submittedAt,
      decided_at: decidedAt,
      decided_by: decision?.by ?? null,
      decision_note: decision?.note ?? null,
      created_at: submittedAt,
      updated_at: decidedAt ?? submittedAt,
    };
    rows.push(row);
    return row;
  };

  const deciderOf = (pmoIndex: number | null) =>
    pmoIndex === null ? input.adminId : (input.directorsByPmo[pmoIndex][0] ?? input.adminId);

  // Declined and withdrawn requests from the past, by people employed at the time.
  const closed = Math.round(input.approvedCount * 0.25);
  for (let n = 0; n < closed; n++) {
    const pi = rng.int(0, people.length - 1);
    const p = people[pi].row;
    const from = maxDate(p.hired_on, input.historyStart);
    const to = addDays(minDate(p.left_on ?? anchor, anchor), -45);
    if (from > to) continue;
    const submittedOn = addDays(from, rng.int(0, daysBetween(from, to)));
    const pmoIndex = rng.chance(0.5) ? rng.int(0, pmos.length - 1) : null;
    const decidedOn = addDays(submittedOn, rng.int(5, 40));
    if (rng.chance(0.65)) {
      request(pi, 'DECLINED', submittedOn, pmoIndex, {
        on: decidedOn,
        by: deciderOf(pmoIndex),
        note: rng.pick(DECLINE_NOTES),
      });
    } else {
      // Withdrawn by the PM themself: no director decided it.
      request(pi, 'WITHDRAWN', submittedOn, pmoIndex, { on: decidedOn, by: null, note: null });
    }
  }

  // pm@ once asked and withdrew; nothing of theirs is open, so they can request afresh.
  const pmWithdrawnOn = addMonths(anchor, -20);
  request(input.demo.pm, 'WITHDRAWN', pmWithdrawnOn, null, {
    on: addDays(pmWithdrawnOn, 12),
    by: null,
    note: null,
  });

  // pm2@ waits for a decision from the demo director's first PMO.
  const showcase = input.showcasePmoIndexes[0] ?? 0;
  // It names that PMO (not left to chance: the director's inbox depends on it).
  request(input.demo.pm2, 'SUBMITTED', addDays(anchor, -9), showcase, null).preferred_pmo_id =
    pmos[showcase].row.id;

  // Open requests today: employed, rotatable, nothing running or planned, one each.
  const open = new Set<number>([input.demo.pm, input.demo.pm2]);
  const wanted = Math.max(0, input.openRequests - 1);
  let added = 0;
  for (let attempt = 0; attempt < wanted * 40 && added < wanted; attempt++) {
    const pi = rng.int(0, people.length - 1);
    const p = people[pi].row;
    if (
      open.has(pi) ||
      p.left_on !== null ||
      input.busyNowOrLater[pi] ||
      !isRotatableLevel(p.career_level)
    )
      continue;
    open.add(pi);
    const submittedOn = maxDate(p.hired_on, addDays(anchor, -rng.int(1, 75)));
    request(
      pi,
      'SUBMITTED',
      submittedOn,
      rng.chance(0.6) ? rng.int(0, pmos.length - 1) : null,
      null,
    );
    added++;
  }
  return rows;
}

/** People with a SUBMITTED request (so on_leave is not set on someone actively asking). */
export function openRequesters(rows: readonly RotationRequestRow[]): Set<string> {
  return new Set(rows.filter((r) => r.status === 'SUBMITTED').map((r) => r.person_id));
}
