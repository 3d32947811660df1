import {
  addDays,
  addMonths,
  type DevelopmentGoal,
  GOALS_OFFERED,
  type IsoDate,
  levelRank,
  windowEnd,
} from '@stint/domain';
import type { AwayLedger } from './away-ledger';
import { deptAt, oneDepartmentThrough, rankAt } from './careers';
import { seededUuid } from './ids';
import { CANCEL_REASONS, MOTIVATIONS, OUTCOME_NOTES } from './names';
import type { PersonPlan } from './people';
import type { PmoPlan, SeatPlan } from './pmos';
import type { Rng } from './prng';
import { at, daysBetween, maxDate, minDate, monthNumber } from './time';
import type { RotationRequestRow, RotationRow } from './types';

/** The default policy (SPEC §3), which the history follows so that it looks lawful. */
const MIN_EXPERIENCE_MONTHS = 24;
const COOLDOWN_MONTHS = 24;
const MAX_ROTATIONS = 2;
/** Planned rotations reach at most this far ahead of the anchor. */
const PLANNING_HORIZON_MONTHS = 12;

interface Slot {
  seatIndex: number;
  startsOn: IsoDate;
  endsOn: IsoDate;
  /** Latest pm_since that still gives 24 months' experience at the start (precomputed). */
  experiencedBy: IsoDate;
  seniorBy: IsoDate;
}

export interface RotationInput {
  people: readonly PersonPlan[];
  pmos: readonly PmoPlan[];
  seats: readonly SeatPlan[];
  directorsByPmo: readonly string[][];
  adminId: string;
  /** People the generator must leave alone (the demo PMs). */
  reserved: ReadonlySet<number>;
  ledger: AwayLedger;
  departmentCount: number;
  historyStart: IsoDate;
  anchor: IsoDate;
}

export interface RotationGeneration {
  rotations: RotationRow[];
  approvedRequests: RotationRequestRow[];
  /** Per person: holds a non-cancelled rotation that is active today or planned. */
  busyNowOrLater: boolean[];
}

/** 12–24 months mostly; a few shorter stints (ended early, or a seat closing). */
function durationMonths(rng: Rng): number {
  return rng.chance(0.9) ? rng.int(12, 24) : rng.int(6, 11);
}

/** The stints each seat could hold over the history, back to back or with vacancies between. */
function planSlots(
  rng: Rng,
  seats: readonly SeatPlan[],
  historyStart: IsoDate,
  anchor: IsoDate,
): Slot[] {
  const horizon = addMonths(anchor, PLANNING_HORIZON_MONTHS);
  const slots: Slot[] = [];
  for (const [seatIndex, seat] of seats.entries()) {
    const closesOn = seat.row.closes_on;
    let start = addDays(maxDate(seat.row.opens_on, historyStart), rng.int(0, 180));
    // Some seats have nothing planned after the current stint: free time for directors to fill.
    const stopsAtAnchor = seat.vacantFromAnchor || rng.chance(0.4);
    while (start <= horizon) {
      if (start > anchor && stopsAtAnchor) break;
      let end = windowEnd(start, durationMonths(rng));
      if (closesOn !== null && end > closesOn) {
        if (daysBetween(start, closesOn) < 180) break;
        end = closesOn;
      }
      if (seat.vacantFromAnchor && end >= anchor) break;
      slots.push({
        seatIndex,
        startsOn: start,
        endsOn: end,
        experiencedBy: addMonths(start, -MIN_EXPERIENCE_MONTHS),
        seniorBy: addMonths(start, -60),
      });
      const gap = rng.next();
      const next = addDays(end, 1);
      start =
        gap < 0.4
          ? next
          : gap < 0.8
            ? addDays(next, rng.int(20, 90))
            : addDays(next, rng.int(90, 270));
    }
  }
  // Placing people in calendar order lets cooldown be a single "not before" date per person.
  return slots.sort((a, b) =>
    a.startsOn < b.startsOn ? -1 : a.startsOn > b.startsOn ? 1 : a.seatIndex - b.seatIndex,
  );
}

export function generateRotations(rng: Rng, input: RotationInput): RotationGeneration {
  const { people, pmos, seats, anchor, ledger } = input;
  const rotationIds = rng.fork('rotation-ids');
  const requestIds = rng.fork('request-ids');
  const count = new Uint8Array(people.length);
  const notBefore: (IsoDate | null)[] = people.map(() => null);
  const busyNowOrLater = people.map(() => false);
  const byDepartment: number[][] = Array.from({ length: input.departmentCount }, () => []);
  for (const [i, p] of people.entries()) byDepartment[p.deptIndex].push(i);

  const fitsSlot = (pi: number, slot: Slot): boolean => {
    if (input.reserved.has(pi)) return false;
    const p = people[pi].row;
    const career = people[pi].career;
    if (p.hired_on > slot.startsOn || (p.left_on !== null && p.left_on <= slot.endsOn))
      return false;
    if (p.pm_since > slot.experiencedBy) return false;
    // The level held when the rotation starts (history), as the LEVEL rule reads it.
    const rank = rankAt(career, slot.startsOn);
    if (rank < 1 || rank > 3) return false;
    // People rotating now or later are at a level the policy allows today.
    if (slot.endsOn >= anchor && levelRank(p.career_level) > 3) return false;
    // Nobody moves department in the middle of a rotation.
    if (!oneDepartmentThrough(career, slot.startsOn, slot.endsOn)) return false;
    if (
      seats[slot.seatIndex].row.role === 'PMO_MANAGER' &&
      (rank < 2 || p.pm_since > slot.seniorBy)
    )
      return false;
    if (count[pi] >= MAX_ROTATIONS) return false;
    const after = notBefore[pi];
    if (after !== null && slot.startsOn < after) return false;
    return ledger.fits(deptAt(career, slot.startsOn), slot.startsOn, slot.endsOn);
  };

  const findPerson = (slot: Slot, skip: number): number => {
    const pmo = pmos[seats[slot.seatIndex].pmoIndex];
    const home = pmo.deptIndex === null ? [] : byDepartment[pmo.deptIndex];
    for (let attempt = 0; attempt < 60; attempt++) {
      // Department and program offices draw first on their own department's PMs.
      const pool =
        home.length > 0 && pmo.row.scope !== 'ENTERPRISE' && rng.chance(0.5) ? home : null;
      const pi = pool ? rng.pick(pool) : rng.int(0, people.length - 1);
      if (pi !== skip && fitsSlot(pi, slot)) return pi;
    }
    return -1;
  };

  const rotations: RotationRow[] = [];
  const approvedRequests: RotationRequestRow[] = [];

  for (const slot of planSlots(rng.fork('slots'), seats, input.historyStart, anchor)) {
    const seat = seats[slot.seatIndex];
    const pmoIndex = seat.pmoIndex;
    const pmo = pmos[pmoIndex];
    const decider = input.directorsByPmo[pmoIndex][0] ?? input.adminId;
    const goals = rng.subset(GOALS_OFFERED[pmo.row.scope], rng.int(1, 3));

    const pi = findPerson(slot, -1);
    if (pi < 0) continue; // nobody suitable: the seat stays vacant for this stint

    // A few placements were cancelled before they began; someone else then took the seat.
    if (rng.chance(0.04)) {
      const other = findPerson(slot, pi);
      if (other >= 0) {
        const created = maxDate(
          people[other].row.hired_on,
          minDate(addDays(slot.startsOn, -rng.int(30, 120)), addDays(anchor, -rng.int(20, 60))),
        );
        const cancelled = at(addDays(created, rng.int(3, 15)), rng.int(540, 1020));
        rotations.push({
          id: seededUuid(rotationIds),
          person_id: people[other].row.id,
          seat_id: seat.row.id,
          request_id: null,
          starts_on: slot.startsOn,
          ends_on: slot.endsOn,
          goals,
          cancelled_at: cancelled,
          cancel_reason: rng.pick(CANCEL_REASONS),
          goals_achieved: null,
          outcome_note: null,
          away_cap_override_reason: null,
          created_by: decider,
          created_at: at(created, rng.int(540, 1020)),
          updated_at: cancelled,
        });
      }
    }

    const person = people[pi].row;
    count[pi]++;
    notBefore[pi] = addMonths(slot.endsOn, COOLDOWN_MONTHS);
    if (slot.endsOn >= anchor) busyNowOrLater[pi] = true;
    ledger.add(deptAt(people[pi].career, slot.startsOn), slot.startsOn, slot.endsOn);

    // Decided some weeks before the start, and never after "today".
    const decidedOn = maxDate(
      person.hired_on,
      minDate(addDays(slot.startsOn, -rng.int(7, 75)), addDays(anchor, -rng.int(1, 20))),
    );
    const decidedAt = at(decidedOn, rng.int(540, 1020));
    let requestId: string | null = null;
    if (rng.chance(0.75)) {
      const submittedOn = maxDate(person.hired_on, addDays(decidedOn, -rng.int(3, 30)));
      const submittedAt = at(submittedOn, rng.int(480, decidedOn === submittedOn ? 530 : 1080));
      requestId = seededUuid(requestIds);
      approvedRequests.push({
        id: requestId,
        person_id: person.id,
        status: 'APPROVED',
        goals,
        preferred_scope: rng.chance(0.5) ? pmo.row.scope : null,
        preferred_pmo_id: rng.chance(0.3) ? pmo.row.id : null,
        earliest_start: minDate(slot.startsOn, addDays(submittedOn, 1 + rng.int(0, 60))),
        duration_months: Math.max(
          1,
          Math.min(60, monthNumber(addDays(slot.endsOn, 1)) - monthNumber(slot.startsOn)),
        ),
        motivation: rng.pick(MOTIVATIONS),
        submitted_at: submittedAt,
        decided_at: decidedAt,
        decided_by: decider,
        decision_note: rng.chance(0.5) ? `Approved for ${seat.row.title}.` : null,
        created_at: submittedAt,
        updated_at: decidedAt,
      });
    }

    const completed = slot.endsOn < anchor;
    const recorded = completed && rng.chance(0.85);
    const achieved: DevelopmentGoal[] | null = recorded
      ? goals.length > 1 && rng.chance(0.3)
        ? rng.subset(goals, goals.length - 1)
        : goals
      : null;
    const outcomeOn = minDate(addDays(slot.endsOn, rng.int(1, 30)), addDays(anchor, -1));
    rotations.push({
      id: seededUuid(rotationIds),
      person_id: person.id,
      seat_id: seat.row.id,
      request_id: requestId,
      starts_on: slot.startsOn,
      ends_on: slot.endsOn,
      goals,
      cancelled_at: null,
      cancel_reason: null,
      goals_achieved: achieved,
      outcome_note: recorded ? rng.pick(OUTCOME_NOTES) : null,
      away_cap_override_reason: null,
      created_by: decider,
      created_at: decidedAt,
      updated_at: recorded ? at(outcomeOn, rng.int(540, 1020)) : decidedAt,
    });
  }
  return { rotations, approvedRequests, busyNowOrLater };
}
