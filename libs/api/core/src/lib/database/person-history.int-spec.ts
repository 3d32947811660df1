import { Client } from 'pg';
import {
  createTestDatabase,
  insertDepartment,
  insertPerson,
  type TestDatabase,
} from '../../testing';

interface Stretch {
  from: string;
  to: string | null;
  department: string;
  level: string;
  onLeave: boolean;
}

/** The effective-dated person history kept by PostgreSQL beside every person write (SPEC §8). */
describe('person history', () => {
  let database: TestDatabase;
  let db: Client;
  let fin: string;
  let legal: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = new Client({ connectionString: database.url });
    await db.connect();
    fin = await insertDepartment(db, { code: 'FIN' });
    legal = await insertDepartment(db, { code: 'LEGAL' });
  });

  afterAll(async () => {
    await db.end();
    await database.drop();
  });

  async function stretches(personId: string): Promise<Stretch[]> {
    const { rows } = await db.query<Stretch>(
      `SELECT valid_from::text AS "from", valid_to::text AS "to",
              CASE department_id WHEN $2 THEN 'FIN' WHEN $3 THEN 'LEGAL' END AS department,
              career_level AS level, on_leave AS "onLeave"
         FROM person_history WHERE person_id = $1 ORDER BY valid_from`,
      [personId, fin, legal],
    );
    return rows;
  }

  async function inTransaction(work: () => Promise<unknown>) {
    await db.query('BEGIN');
    try {
      await work();
      await db.query('COMMIT');
    } catch (error) {
      await db.query('ROLLBACK');
      throw error;
    }
  }

  const effectiveOn = (date: string) =>
    db.query(`SELECT set_config('stint.effective_on', $1, true)`, [date]);

  it('opens one stretch at the hire for every inserted person', async () => {
    const personId = await insertPerson(db, fin, { hiredOn: '2020-03-01' });
    expect(await stretches(personId)).toEqual([
      { from: '2020-03-01', to: null, department: 'FIN', level: 'PROJECT_MANAGER', onLeave: false },
    ]);
  });

  it('records a move as of the effective date and leaves the past as it was', async () => {
    const personId = await insertPerson(db, fin, { hiredOn: '2020-03-01' });
    await inTransaction(async () => {
      await effectiveOn('2024-07-01');
      await db.query(`UPDATE person SET department_id = $2 WHERE id = $1`, [personId, legal]);
    });
    expect(await stretches(personId)).toEqual([
      {
        from: '2020-03-01',
        to: '2024-07-01',
        department: 'FIN',
        level: 'PROJECT_MANAGER',
        onLeave: false,
      },
      {
        from: '2024-07-01',
        to: null,
        department: 'LEGAL',
        level: 'PROJECT_MANAGER',
        onLeave: false,
      },
    ]);
  });

  it('dates a change today when no effective date is set', async () => {
    const personId = await insertPerson(db, fin, { hiredOn: '2020-03-01' });
    await db.query(`UPDATE person SET career_level = 'SENIOR_PROJECT_MANAGER' WHERE id = $1`, [
      personId,
    ]);
    const { rows } = await db.query<{ today: string }>(`SELECT current_date::text AS today`);
    expect(await stretches(personId)).toEqual([
      {
        from: '2020-03-01',
        to: rows[0].today,
        department: 'FIN',
        level: 'PROJECT_MANAGER',
        onLeave: false,
      },
      {
        from: rows[0].today,
        to: null,
        department: 'FIN',
        level: 'SENIOR_PROJECT_MANAGER',
        onLeave: false,
      },
    ]);
  });

  it('applies a backdated change to the changed attribute only, keeping later changes of others', async () => {
    const personId = await insertPerson(db, fin, { hiredOn: '2020-03-01' });
    await inTransaction(async () => {
      await effectiveOn('2024-07-01');
      await db.query(`UPDATE person SET department_id = $2 WHERE id = $1`, [personId, legal]);
    });
    await inTransaction(async () => {
      await effectiveOn('2023-01-01');
      await db.query(`UPDATE person SET career_level = 'SENIOR_PROJECT_MANAGER' WHERE id = $1`, [
        personId,
      ]);
    });
    expect(await stretches(personId)).toEqual([
      {
        from: '2020-03-01',
        to: '2023-01-01',
        department: 'FIN',
        level: 'PROJECT_MANAGER',
        onLeave: false,
      },
      {
        from: '2023-01-01',
        to: '2024-07-01',
        department: 'FIN',
        level: 'SENIOR_PROJECT_MANAGER',
        onLeave: false,
      },
      {
        from: '2024-07-01',
        to: null,
        department: 'LEGAL',
        level: 'SENIOR_PROJECT_MANAGER',
        onLeave: false,
      },
    ]);
  });

  it('corrects a past stretch alone, merges equal neighbours and syncs the current values', async () => {
    const personId = await insertPerson(db, fin, { hiredOn: '2020-03-01' });
    await inTransaction(async () => {
      await db.query(
        `SELECT person_history_set($1, '2021-01-01', '2021-07-01', NULL, NULL, true)`,
        [personId],
      );
      await db.query(`SELECT person_history_sync_current($1)`, [personId]);
    });
    expect(await stretches(personId)).toEqual([
      {
        from: '2020-03-01',
        to: '2021-01-01',
        department: 'FIN',
        level: 'PROJECT_MANAGER',
        onLeave: false,
      },
      {
        from: '2021-01-01',
        to: '2021-07-01',
        department: 'FIN',
        level: 'PROJECT_MANAGER',
        onLeave: true,
      },
      { from: '2021-07-01', to: null, department: 'FIN', level: 'PROJECT_MANAGER', onLeave: false },
    ]);
    // Correcting it back merges the three stretches into one.
    await db.query(`SELECT person_history_set($1, '2021-01-01', '2021-07-01', NULL, NULL, false)`, [
      personId,
    ]);
    expect(await stretches(personId)).toHaveLength(1);

    // A correction of the open stretch reaches the person row, and the update trigger stands
    // aside while it does (no second stretch is recorded for today).
    await inTransaction(async () => {
      await db.query(`SELECT person_history_set($1, '2025-01-01', NULL, $2, NULL, NULL)`, [
        personId,
        legal,
      ]);
      await db.query(`SELECT person_history_sync_current($1)`, [personId]);
    });
    const person = await db.query<{ department_id: string }>(
      `SELECT department_id FROM person WHERE id = $1`,
      [personId],
    );
    expect(person.rows[0].department_id).toBe(legal);
    expect((await stretches(personId)).map((s) => [s.from, s.department])).toEqual([
      ['2020-03-01', 'FIN'],
      ['2025-01-01', 'LEGAL'],
    ]);
  });

  it('refuses two overlapping stretches of one person and writes nothing', async () => {
    const personId = await insertPerson(db, fin, { hiredOn: '2020-03-01' });
    await expect(
      db.query(
        `INSERT INTO person_history (person_id, valid_from, valid_to, department_id, career_level)
         VALUES ($1, '2022-01-01', '2023-01-01', $2, 'PROJECT_MANAGER')`,
        [personId, fin],
      ),
    ).rejects.toMatchObject({ code: '23P01', constraint: 'person_history_no_overlap' });
    expect(await stretches(personId)).toHaveLength(1);
  });

  it('lets a writer that records history itself turn the triggers off for its transaction', async () => {
    let personId = '';
    await inTransaction(async () => {
      await db.query(`SELECT set_config('stint.person_history', 'manual', true)`);
      personId = await insertPerson(db, fin, { hiredOn: '2020-03-01' });
      await db.query(
        `INSERT INTO person_history (person_id, valid_from, valid_to, department_id, career_level)
         VALUES ($1, '2020-03-01', '2022-01-01', $2, 'PROJECT_COORDINATOR'),
                ($1, '2022-01-01', NULL, $2, 'PROJECT_MANAGER')`,
        [personId, fin],
      );
    });
    expect((await stretches(personId)).map((s) => s.level)).toEqual([
      'PROJECT_COORDINATOR',
      'PROJECT_MANAGER',
    ]);
  });

  it('keeps history for inserts and updates of one INSERT … ON CONFLICT statement', async () => {
    const existing = await insertPerson(db, fin, {
      employeeNumber: 'UPS-1',
      hiredOn: '2020-03-01',
    });
    await inTransaction(async () => {
      await effectiveOn('2025-05-01');
      await db.query(
        `INSERT INTO person (employee_number, full_name, email, department_id, career_level, pm_since, hired_on)
         VALUES ('UPS-1', 'Person', 'ups1@example.test', $1, 'PROJECT_MANAGER', '2018-01-01', '2020-03-01'),
                ('UPS-2', 'Person', 'ups2@example.test', $1, 'PROJECT_MANAGER', '2018-01-01', '2024-02-01')
         ON CONFLICT (employee_number) DO UPDATE SET department_id = EXCLUDED.department_id`,
        [legal],
      );
    });
    expect((await stretches(existing)).map((s) => [s.from, s.department])).toEqual([
      ['2020-03-01', 'FIN'],
      ['2025-05-01', 'LEGAL'],
    ]);
    const { rows } = await db.query<{ id: string }>(
      `SELECT id FROM person WHERE employee_number = 'UPS-2'`,
    );
    expect((await stretches(rows[0].id)).map((s) => [s.from, s.department])).toEqual([
      ['2024-02-01', 'LEGAL'],
    ]);
  });
});
