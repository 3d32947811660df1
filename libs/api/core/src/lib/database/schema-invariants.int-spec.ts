import { Client } from 'pg';
import {
  createTestDatabase,
  insertDepartment,
  insertPerson,
  insertPmoWithSeat,
  insertRotation,
  type TestDatabase,
} from '../../testing';

/** The rules of SPEC §2 that PostgreSQL itself must refuse to break, whatever the code does. */
describe('database invariants', () => {
  let database: TestDatabase;
  let db: Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = new Client({ connectionString: database.url });
    await db.connect();
  });

  afterAll(async () => {
    await db.end();
    await database.drop();
  });

  const rotationCount = async () =>
    (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM rotation')).rows[0].n;

  async function setup() {
    const departmentId = await insertDepartment(db);
    const personId = await insertPerson(db, departmentId);
    const { seatId, pmoId } = await insertPmoWithSeat(db);
    return { departmentId, personId, seatId, pmoId };
  }

  it('refuses a second overlapping rotation for one person and leaves the table as it was', async () => {
    const { departmentId, personId, seatId } = await setup();
    const other = await insertPmoWithSeat(db);
    await insertRotation(db, { personId, seatId, startsOn: '2027-01-01', endsOn: '2027-12-31' });
    const before = await rotationCount();

    await expect(
      insertRotation(db, {
        personId,
        seatId: other.seatId,
        startsOn: '2027-12-31',
        endsOn: '2028-06-30',
      }),
    ).rejects.toMatchObject({ code: '23P01', constraint: 'rotation_person_no_overlap' });
    expect(await rotationCount()).toBe(before);

    // The next day is free: inclusive ranges that merely touch do not overlap.
    await insertRotation(db, {
      personId,
      seatId: other.seatId,
      startsOn: '2028-01-01',
      endsOn: '2028-06-30',
    });
    expect(departmentId).toBeDefined();
  });

  it('refuses two overlapping rotations in one seat', async () => {
    const { departmentId, personId, seatId } = await setup();
    const second = await insertPerson(db, departmentId);
    await insertRotation(db, { personId, seatId, startsOn: '2027-01-01', endsOn: '2027-12-31' });
    const before = await rotationCount();

    await expect(
      insertRotation(db, {
        personId: second,
        seatId,
        startsOn: '2027-06-01',
        endsOn: '2028-05-31',
      }),
    ).rejects.toMatchObject({ code: '23P01', constraint: 'rotation_seat_no_overlap' });
    expect(await rotationCount()).toBe(before);
  });

  it('lets a cancelled rotation block nothing', async () => {
    const { departmentId, personId, seatId } = await setup();
    const second = await insertPerson(db, departmentId);
    await insertRotation(db, {
      personId,
      seatId,
      startsOn: '2027-01-01',
      endsOn: '2027-12-31',
      cancelled: true,
    });

    await insertRotation(db, { personId, seatId, startsOn: '2027-03-01', endsOn: '2027-09-30' });
    await expect(
      insertRotation(db, {
        personId: second,
        seatId,
        startsOn: '2027-03-01',
        endsOn: '2027-09-30',
      }),
    ).rejects.toMatchObject({ constraint: 'rotation_seat_no_overlap' });
  });

  it('refuses un-cancelling a rotation that would now overlap', async () => {
    const { personId, seatId } = await setup();
    const cancelled = await insertRotation(db, {
      personId,
      seatId,
      startsOn: '2027-01-01',
      endsOn: '2027-12-31',
      cancelled: true,
    });
    await insertRotation(db, { personId, seatId, startsOn: '2027-01-01', endsOn: '2027-12-31' });
    await expect(
      db.query('UPDATE rotation SET cancelled_at = NULL, cancel_reason = NULL WHERE id = $1', [
        cancelled,
      ]),
    ).rejects.toMatchObject({ code: '23P01' });
  });

  it('lets exactly one of two concurrent overlapping inserts win', async () => {
    const { departmentId, personId, seatId } = await setup();
    const second = await insertPerson(db, departmentId);
    const clients = [
      new Client({ connectionString: database.url }),
      new Client({ connectionString: database.url }),
    ];
    await Promise.all(clients.map((c) => c.connect()));
    try {
      await Promise.all(clients.map((c) => c.query('BEGIN')));
      const results = await Promise.allSettled([
        insertRotation(clients[0], {
          personId,
          seatId,
          startsOn: '2029-01-01',
          endsOn: '2029-12-31',
        }).then(() => clients[0].query('COMMIT')),
        insertRotation(clients[1], {
          personId: second,
          seatId,
          startsOn: '2029-06-01',
          endsOn: '2030-05-31',
        }).then(() => clients[1].query('COMMIT')),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const failure = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      // Both index entries exist before either check runs, so PostgreSQL may resolve the race as
      // a deadlock (40P01) rather than an exclusion violation; either way exactly one commits.
      // The API retries 40P01, and the retry then meets the winner's row as a plain 23P01.
      expect(['23P01', '40P01']).toContain((failure.reason as { code: string }).code);
    } finally {
      await Promise.all(clients.map((c) => c.end()));
    }
    const { rows } = await db.query(
      'SELECT 1 FROM rotation WHERE seat_id = $1 AND starts_on >= $2',
      [seatId, '2029-01-01'],
    );
    expect(rows).toHaveLength(1);
  });

  it('keeps a rotation inside its seat window, and the window around its rotations', async () => {
    const departmentId = await insertDepartment(db);
    const personId = await insertPerson(db, departmentId);
    const { seatId } = await insertPmoWithSeat(db, {
      opensOn: '2027-01-01',
      closesOn: '2028-12-31',
    });
    await expect(
      insertRotation(db, { personId, seatId, startsOn: '2026-12-01', endsOn: '2027-11-30' }),
    ).rejects.toMatchObject({ code: '23514', constraint: 'rotation_within_seat_window' });
    await expect(
      insertRotation(db, { personId, seatId, startsOn: '2028-06-01', endsOn: '2029-05-31' }),
    ).rejects.toMatchObject({ constraint: 'rotation_within_seat_window' });

    await insertRotation(db, { personId, seatId, startsOn: '2027-06-01', endsOn: '2028-05-31' });
    await expect(
      db.query(`UPDATE seat SET closes_on = '2028-01-31' WHERE id = $1`, [seatId]),
    ).rejects.toMatchObject({
      constraint: 'seat_window_covers_rotations',
    });
  });

  it('refuses a rotation that ends before it starts', async () => {
    const { personId, seatId } = await setup();
    await expect(
      insertRotation(db, { personId, seatId, startsOn: '2027-06-01', endsOn: '2027-05-31' }),
    ).rejects.toMatchObject({ code: '23514', constraint: 'rotation_dates_ordered' });
  });

  it('allows one SUBMITTED request per person, and another once it is decided', async () => {
    const { personId } = await setup();
    const submit = () =>
      db.query(
        `INSERT INTO rotation_request (person_id, goals, earliest_start, duration_months) VALUES ($1, '{PROGRAM_MANAGEMENT}', '2027-01-01', 12) RETURNING id`,
        [personId],
      );
    const first = await submit();
    await expect(submit()).rejects.toMatchObject({
      code: '23505',
      constraint: 'rotation_request_one_submitted_per_person',
    });
    await db.query(
      `UPDATE rotation_request SET status = 'WITHDRAWN', decided_at = now() WHERE id = $1`,
      [first.rows[0].id],
    );
    await expect(submit()).resolves.toBeDefined();
  });

  it('checks request goals, and that a decline carries a note', async () => {
    const { personId } = await setup();
    await expect(
      db.query(
        `INSERT INTO rotation_request (person_id, goals, earliest_start, duration_months) VALUES ($1, '{}', '2027-01-01', 12)`,
        [personId],
      ),
    ).rejects.toMatchObject({ constraint: 'rotation_request_goals_valid' });
    await expect(
      db.query(
        `INSERT INTO rotation_request (person_id, goals, earliest_start, duration_months, status, decided_at)
         VALUES ($1, '{EXECUTIVE_NETWORK}', '2027-01-01', 12, 'DECLINED', now())`,
        [personId],
      ),
    ).rejects.toMatchObject({ constraint: 'rotation_request_decline_has_note' });
  });

  it('keeps shares between 0 and 1', async () => {
    await expect(insertDepartment(db, { coverageTarget: 1.5 })).rejects.toMatchObject({
      constraint: 'department_coverage_target_share',
    });
    await expect(insertDepartment(db, { awayCap: -0.1 })).rejects.toMatchObject({
      constraint: 'department_away_cap_share',
    });
  });

  it('treats e-mails as unique whatever their case, and employee numbers as unique', async () => {
    const departmentId = await insertDepartment(db);
    await insertPerson(db, departmentId, {
      email: 'Ada.Lovelace@example.test',
      employeeNumber: 'X-1',
    });
    await expect(
      insertPerson(db, departmentId, { email: 'ada.lovelace@EXAMPLE.test' }),
    ).rejects.toMatchObject({
      code: '23505',
      constraint: 'person_email_unique',
    });
    await expect(insertPerson(db, departmentId, { employeeNumber: 'X-1' })).rejects.toMatchObject({
      constraint: 'person_employee_number_unique',
    });
  });

  it('refuses a person in a department that does not exist', async () => {
    await expect(insertPerson(db, '00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({
      code: '23503',
    });
  });

  it('keeps the audit trail append-only', async () => {
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO audit_event (actor_label, action, entity_type, entity_id) VALUES ('test', 'CREATE', 'person', 'x') RETURNING id`,
    );
    await expect(
      db.query(`UPDATE audit_event SET action = 'EDIT' WHERE id = $1`, [rows[0].id]),
    ).rejects.toThrow(/append-only/);
    await expect(db.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
  });
});
