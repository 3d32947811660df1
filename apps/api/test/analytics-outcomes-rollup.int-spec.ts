import { OUTCOMES_SQL, REFERENCE_OUTCOMES_SQL } from '@stint/api-analytics';
import { addDays, todayIso } from '@stint/domain';
import { generateOrganisation, loadOrganisation } from '@stint/generator';
import { freeSeat, onlyRow } from './support/admin-factories';
import { secondWaitsForFirst } from './support/concurrent-writers';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * outcomes reads the comparison-span rollup (outcome_span, kept by triggers on person,
 * person_history and rotation; docs/decisions.md "Outcomes reads a rollup of comparison
 * spans"). After every kind of write that can change a span, a promotion, a leaving date or a
 * first rotation, its answer must equal the from-scratch statement's (REFERENCE_OUTCOMES_SQL)
 * for several filters, and the rollup (spans, each group's sorted span bounds, and each
 * rotation's return) must equal what analytics_rebuild_outcomes() computes.
 */
describe('the outcomes rollup', () => {
  let t: TestApp;
  const today = todayIso();

  type Row = Record<string, unknown>;

  beforeAll(async () => {
    t = await startTestApp();
    await loadOrganisation(t.db, generateOrganisation({ size: 'demo', seed: 7, anchor: today }));
  }, 120_000);
  afterAll(() => t.close());

  const one = <T>(sql: string, params: unknown[] = []) => onlyRow<T>(t.db, sql, params);

  /** Filters: the organisation over three years, a scope, the busiest department, a level, an earlier asOf. */
  async function filters(): Promise<unknown[][]> {
    const { department, level } = await one<{ department: string; level: string }>(
      `SELECT h.department_id AS department, h.career_level AS level
         FROM rotation r JOIN person_history h ON h.person_id = r.person_id
          AND h.valid_from <= r.ends_on + 1 AND (h.valid_to IS NULL OR h.valid_to > r.ends_on + 1)
        WHERE r.cancelled_at IS NULL AND r.ends_on < $1::date
        GROUP BY 1, 2 ORDER BY count(*) DESC, 1, 2 LIMIT 1`,
      [today],
    );
    const from = addDays(today, -1100);
    return [
      [from, today, today, null, null, null],
      [from, today, today, 'PROGRAM', null, null],
      [from, today, today, null, department, null],
      [from, today, today, null, null, level],
      [addDays(today, -2000), addDays(today, -300), addDays(today, -200), null, department, level],
      [addDays(today, -700), addDays(today, -400), addDays(today, -30), null, null, null],
    ];
  }

  const SPAN = `SELECT * FROM outcome_span ORDER BY person_id, valid_from`;
  /** Each (department, level)'s sorted span bounds (migration 1764400005000). */
  const BOUNDS = `SELECT * FROM outcome_span_bounds ORDER BY department_id, career_level`;
  /** Each rotation's return (migration 1764400011000). */
  const RETURNS = `SELECT * FROM outcome_return ORDER BY rotation_id`;

  /** The rollup's answer equals the reference's for every filter, and the rollup equals a rebuild. */
  async function expectRollupRight(): Promise<void> {
    let comparisons = 0;
    for (const params of await filters()) {
      const rollup = (await t.db.query<Row>(OUTCOMES_SQL, params)).rows;
      const reference = (await t.db.query<Row>(REFERENCE_OUTCOMES_SQL, params)).rows;
      expect(rollup).toEqual(reference);
      comparisons += (reference[0].groups as { observations: number }[])[1].observations;
    }
    expect(comparisons).toBeGreaterThan(0);
    const kept = (await t.db.query<Row>(SPAN)).rows;
    const keptBounds = (await t.db.query<Row>(BOUNDS)).rows;
    const keptReturns = (await t.db.query<Row>(RETURNS)).rows;
    expect(keptBounds.length).toBeGreaterThan(0);
    expect(keptReturns.length).toBeGreaterThan(0);
    await t.db.query('BEGIN');
    try {
      await t.db.query('SELECT analytics_rebuild_outcomes()');
      expect(kept).toEqual((await t.db.query<Row>(SPAN)).rows);
      expect(keptBounds).toEqual((await t.db.query<Row>(BOUNDS)).rows);
      expect(keptReturns).toEqual((await t.db.query<Row>(RETURNS)).rows);
    } finally {
      await t.db.query('ROLLBACK');
    }
  }

  /** Someone employed for years with no rotation, and a seat free from a past day on. */
  async function personAndSeat(
    daysAgo = 500,
  ): Promise<{ person: string; seat: string; starts: string }> {
    const starts = addDays(today, -daysAgo);
    const { person } = await one<{ person: string }>(
      `SELECT p.id AS person FROM person p WHERE p.left_on IS NULL AND p.hired_on < $1::date - 1500
          AND NOT EXISTS (SELECT 1 FROM rotation r WHERE r.person_id = p.id)
        ORDER BY p.employee_number LIMIT 1`,
      [starts],
    );
    return { person, seat: await freeSeat(t.db, starts), starts };
  }

  it('starts right: the migration and the load built it', async () => {
    const { spans } = await one<{ spans: number }>(
      `SELECT count(*)::int AS spans FROM outcome_span`,
    );
    expect(spans).toBeGreaterThan(0);
    await expectRollupRight();
  });

  it('after assigning a past rotation, ending it early and cancelling it', async () => {
    const { person, seat, starts } = await personAndSeat();
    const { id } = await one<{ id: string }>(
      `INSERT INTO rotation (person_id, seat_id, starts_on, ends_on) VALUES ($1, $2, $3, $3::date + 180) RETURNING id`,
      [person, seat, starts],
    );
    await expectRollupRight();
    await t.db.query(`UPDATE rotation SET ends_on = ends_on - 90 WHERE id = $1`, [id]);
    await expectRollupRight();
    await t.db.query(
      `UPDATE rotation SET cancelled_at = now(), cancel_reason = 'test' WHERE id = $1`,
      [id],
    );
    await expectRollupRight();
  });

  it('after recording goals, moving a rotation to another seat, and a rotation three months on', async () => {
    // A completed rotation of the period: its achieved goals recorded (or cleared), then its
    // seat changed to one of another scope (the alumni's goals and scope come from outcome_return).
    const { id, scope, startsOn } = await one<{ id: string; scope: string; startsOn: string }>(
      `SELECT r.id, p.scope, to_char(r.starts_on, 'YYYY-MM-DD') AS "startsOn"
         FROM rotation r JOIN seat s ON s.id = r.seat_id JOIN pmo p ON p.id = s.pmo_id
        WHERE r.cancelled_at IS NULL AND r.ends_on BETWEEN $1::date - 1000 AND $1::date - 100
          AND cardinality(r.goals) > 0
        ORDER BY r.ends_on, r.id LIMIT 1`,
      [today],
    );
    const seat = await freeSeat(t.db, startsOn, { scope });
    await expectRollupRight();
    await t.db.query(
      `UPDATE rotation SET goals_achieved = CASE WHEN goals_achieved IS NULL THEN goals END WHERE id = $1`,
      [id],
    );
    await expectRollupRight();
    await t.db.query(`UPDATE rotation SET seat_id = $2 WHERE id = $1`, [id, seat]);
    await expectRollupRight();
    // Someone back from a rotation and in another one three months after the return.
    const { person, seat: free, starts } = await personAndSeat(290);
    await t.db.query(
      `INSERT INTO rotation (person_id, seat_id, starts_on, ends_on)
       VALUES ($1, $2, $3::date, $3::date + 59), ($1, $2, $3::date + 80, $3::date + 200)`,
      [person, free, starts],
    );
    const { inSeat } = await one<{ inSeat: boolean }>(
      `SELECT bool_or(in_seat3) AS "inSeat" FROM outcome_return WHERE person_id = $1`,
      [person],
    );
    expect(inSeat).toBe(true);
    await expectRollupRight();
  });

  it('after a hire and a leaving', async () => {
    const { department } = await one<{ department: string }>(
      `SELECT department_id AS department FROM person GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
    );
    await t.db.query('BEGIN');
    await t.db.query(`SET LOCAL stint.effective_on = '${addDays(today, -900)}'`);
    await t.db.query(
      `INSERT INTO person (employee_number, full_name, email, department_id, career_level, pm_since, hired_on)
       VALUES ('OUTCOMES-1', 'Outcomes Hire', 'outcomes.hire@example.test', $1, 'PROJECT_MANAGER', $2, $2)`,
      [department, addDays(today, -900)],
    );
    await t.db.query('COMMIT');
    await expectRollupRight();
    await t.db.query(
      `UPDATE person SET left_on = $1 WHERE id = (SELECT p.id FROM person p WHERE p.left_on IS NULL
          AND p.hired_on < $1::date - 1000 AND EXISTS (SELECT 1 FROM rotation r WHERE r.person_id = p.id
          AND r.cancelled_at IS NULL AND r.ends_on < $1::date) ORDER BY p.employee_number LIMIT 1)`,
      [addDays(today, -150)],
    );
    await expectRollupRight();
  });

  it('after a backdated move and a backdated promotion', async () => {
    const { id, other } = await one<{ id: string; other: string }>(
      `SELECT p.id, (SELECT d.id FROM department d WHERE d.id <> p.department_id ORDER BY d.code LIMIT 1) AS other
         FROM person p WHERE p.left_on IS NULL AND p.hired_on < $1::date - 1500
          AND p.career_level = 'PROJECT_MANAGER'
        ORDER BY p.employee_number LIMIT 1`,
      [today],
    );
    await t.db.query('BEGIN');
    await t.db.query(`SET LOCAL stint.effective_on = '${addDays(today, -400)}'`);
    await t.db.query(`UPDATE person SET department_id = $2 WHERE id = $1`, [id, other]);
    await t.db.query('COMMIT');
    await expectRollupRight();
    await t.db.query('BEGIN');
    await t.db.query(`SET LOCAL stint.effective_on = '${addDays(today, -200)}'`);
    await t.db.query(`UPDATE person SET career_level = 'SENIOR_PROJECT_MANAGER' WHERE id = $1`, [
      id,
    ]);
    await t.db.query('COMMIT');
    await expectRollupRight();
  });

  it('after a correction of history and a statement that writes many rows', async () => {
    // A correction: a stretch's level rewritten in place.
    await t.db.query(
      `UPDATE person_history SET career_level = 'PROGRAM_MANAGER'
        WHERE id = (SELECT h.id FROM person_history h WHERE h.valid_to IS NOT NULL
                       AND h.career_level = 'SENIOR_PROJECT_MANAGER' ORDER BY h.person_id, h.valid_from LIMIT 1)`,
    );
    await expectRollupRight();
    // Many people's rotations in one statement.
    await t.db.query(
      `UPDATE rotation SET starts_on = starts_on + 1 WHERE cancelled_at IS NULL AND ends_on > starts_on + 30 AND ends_on < $1::date`,
      [today],
    );
    await expectRollupRight();
    // Many rows inserted at once: two past rotations for two people without any.
    const people = (
      await t.db.query<{ id: string }>(
        `SELECT p.id FROM person p WHERE p.left_on IS NULL AND p.hired_on < $1::date - 1500
            AND NOT EXISTS (SELECT 1 FROM rotation r WHERE r.person_id = p.id)
          ORDER BY p.employee_number DESC LIMIT 2`,
        [today],
      )
    ).rows.map((r) => r.id);
    // One seat free over 120 days, held by each of them in turn.
    const seat = await freeSeat(t.db, addDays(today, -700));
    expect(people).toHaveLength(2);
    await t.db.query(
      `INSERT INTO rotation (person_id, seat_id, starts_on, ends_on)
       VALUES ($1, $3, $4::date, $4::date + 59), ($2, $3, $4::date + 60, $4::date + 119)`,
      [people[0], people[1], seat, addDays(today, -700)],
    );
    await expectRollupRight();
  });

  it('two transactions writing the same person at once end right', async () => {
    const { person, seat, starts } = await personAndSeat();
    // a assigns a past rotation; b marks the same person as having left, waits for a's lock, and
    // recomputes the person with a's rotation in view.
    await secondWaitsForFirst(
      t.database.url,
      (a) =>
        a.query(
          `INSERT INTO rotation (person_id, seat_id, starts_on, ends_on) VALUES ($1, $2, $3, $3::date + 100)`,
          [person, seat, starts],
        ),
      (b) => b.query(`UPDATE person SET left_on = $2 WHERE id = $1`, [person, addDays(today, -60)]),
    );
    const { first, left } = await one<{ first: string; left: string }>(
      `SELECT to_char(min(first_start), 'YYYY-MM-DD') AS first, to_char(min(left_on), 'YYYY-MM-DD') AS left
         FROM outcome_span WHERE person_id = $1`,
      [person],
    );
    expect(first).toBe(starts);
    expect(left).toBe(addDays(today, -60));
    await expectRollupRight();
  });
});
