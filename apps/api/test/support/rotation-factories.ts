import { insertDepartment, insertPerson, insertPmoWithSeat } from '@stint/api-core/testing';
import { addMonths, todayIso, windowEnd } from '@stint/domain';
import type { SignedIn, TestApp } from './test-app';

/** The first day of the month `ahead` months from now: a start date always in the future. */
export function monthStart(ahead: number): string {
  return addMonths(`${todayIso().slice(0, 7)}-01`, ahead);
}

export function window12(ahead = 2): { startsOn: string; endsOn: string } {
  const startsOn = monthStart(ahead);
  return { startsOn, endsOn: windowEnd(startsOn, 12) };
}

/** A PMO with one open-ended analyst seat, directed by `director`. */
export async function directedSeat(t: TestApp, director: SignedIn, role = 'PMO_ANALYST') {
  const { pmoId, seatId } = await insertPmoWithSeat(t.db, { opensOn: '2020-01-01', role });
  await t.db.query(`INSERT INTO pmo_director (pmo_id, user_id) VALUES ($1, $2)`, [
    pmoId,
    director.userId,
  ]);
  return { pmoId, seatId };
}

export async function extraSeat(t: TestApp, pmoId: string): Promise<string> {
  const { rows } = await t.db.query<{ id: string }>(
    `INSERT INTO seat (pmo_id, role, title, opens_on) VALUES ($1, 'PMO_ANALYST', 'Analyst', '2020-01-01') RETURNING id`,
    [pmoId],
  );
  return rows[0].id;
}

/** A department of `size` eligible project managers (24+ months' experience, no history). */
export async function departmentOf(
  t: TestApp,
  size: number,
  awayCap = 1,
): Promise<{ departmentId: string; people: string[] }> {
  const departmentId = await insertDepartment(t.db, { awayCap });
  const people: string[] = [];
  for (let i = 0; i < size; i++)
    people.push(
      await insertPerson(t.db, departmentId, { pmSince: '2018-01-01', hiredOn: '2018-01-01' }),
    );
  return { departmentId, people };
}

export async function tableCounts(t: TestApp): Promise<Record<string, number>> {
  const { rows } = await t.db.query<{ t: string; n: number }>(
    `SELECT 'rotation' AS t, count(*)::int AS n FROM rotation
     UNION ALL SELECT 'rotation_request', count(*)::int FROM rotation_request
     UNION ALL SELECT 'audit_event', count(*)::int FROM audit_event
     UNION ALL SELECT 'person', count(*)::int FROM person
     UNION ALL SELECT 'seat', count(*)::int FROM seat`,
  );
  return Object.fromEntries(rows.map((r) => [r.t, r.n]));
}

export const SUBMIT = `mutation Submit($input: SubmitRotationRequestInput!) {
  submitRotationRequest(input: $input) { id status goals earliestStart durationMonths version }
}`;

export const APPROVE = `mutation Approve($id: ID!, $input: ApproveRotationRequestInput!) {
  approveRotationRequest(id: $id, input: $input) { rotationId request { id status decidedBy } }
}`;

export const ASSIGN = `mutation Assign($input: AssignRotationInput!) {
  assignRotation(input: $input) { id status startsOn endsOn awayCapOverrideReason }
}`;
