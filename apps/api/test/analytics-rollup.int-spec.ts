// The coverage rollup (coverage_person_event, coverage_month) is kept by triggers in the writing
// transaction (docs/decisions.md, "Coverage reads a history-aware rollup"). On a generated
// organisation, after writes of every kind, the statements reading it must give exactly what the
// direct reference statements compute from scratch, and the maintained rollup what a rebuild
// gives; two writers changing one department at once must leave it right too.
import { Client } from 'pg';
import {
  COVERAGE_JSON_SQL,
  COVERAGE_SQL,
  coverageParams,
  FAIRNESS_SQL,
  HEADCOUNT_CELLS_SQL,
  PARTICIPATION_SQL,
  REFERENCE_COVERAGE_SQL,
  REFERENCE_FAIRNESS_SQL,
  REFERENCE_HEADCOUNT_CELLS_SQL,
  REFERENCE_PARTICIPATION_SQL,
} from '@stint/api-analytics';
import { currentPolicy } from '@stint/api-data';
import { generateOrganisation, loadOrganisation } from '@stint/generator';
import { addDays, addMonths, windowEnd } from '@stint/domain';
import { eligibleFilterBothWays } from './support/eligible-filter';
import { startTestApp, type TestApp } from './support/test-app';

const today = '2026-11-01';

describe('the coverage rollup', () => {
  let t: TestApp;
  let hires = 0;

  beforeAll(async () => {
    t = await startTestApp();
    await loadOrganisation(t.db, generateOrganisation({ size: 'demo', seed: 5, anchor: today }));
  }, 120_000);
  afterAll(() => t.close());

  async function policy() {
    // currentPolicy only needs `query`.
    return currentPolicy({ query: (sql: string) => t.db.query(sql).then((r) => r.rows) } as never);
  }

  /** The new statements agree with the references, on several days and both granularities. */
  async function expectAgreement(): Promise<void> {
    const p = await policy();
    const { rows: depts } = await t.db.query<{ id: string }>(
      `SELECT id FROM department ORDER BY code LIMIT 2`,
    );
    // Periods around the rollup's first month and wholly before it, where departments lack cells
    // for some or all buckets (they read as zeros).
    const { rows: range } = await t.db.query<{ lo: string }>(
      `SELECT to_char(min(month), 'YYYY-MM-DD') AS lo FROM coverage_month`,
    );
    const periods = (asOf: string) => [
      { from: addMonths(asOf, -18), to: addMonths(asOf, 5) },
      ...(asOf === today && range[0]?.lo
        ? [
            { from: addMonths(range[0].lo, -7), to: addMonths(range[0].lo, 4) },
            { from: addMonths(range[0].lo, -30), to: addMonths(range[0].lo, -20) },
          ]
        : []),
    ];
    for (const asOf of [today, addDays(today, -400), addMonths(today, 7), '2026-02-28']) {
      for (const [granularity, departmentIds, period] of [
        ['MONTH', null],
        ['QUARTER', null],
        ['MONTH', depts.map((d) => d.id)],
      ].flatMap(([g, d]) => periods(asOf).map((p) => [g, d, p] as const))) {
        const params = coverageParams(
          {
            ...period,
            granularity,
            departmentIds: departmentIds as string[] | null,
          } as never,
          asOf,
          p,
        );
        const [fresh, reference, json] = await Promise.all([
          t.db.query(COVERAGE_SQL, params),
          t.db.query(REFERENCE_COVERAGE_SQL, params),
          t.db.query(COVERAGE_JSON_SQL, params),
        ]);
        expect({ asOf, granularity, period, rows: fresh.rows }).toEqual({
          asOf,
          granularity,
          period,
          rows: reference.rows,
        });
        // What the service reads: the same rows, in the same order, arrays sent as json.
        expect(json.rows).toEqual(fresh.rows);
      }
      // The People list's eligibility filter reads person_eligible_days, derived from the events.
      for (const askedOn of [today, addMonths(asOf, 20)]) {
        const { fresh, reference } = await eligibleFilterBothWays(t.db, asOf, askedOn);
        expect({ asOf, askedOn, fresh }).toEqual({ asOf, askedOn, fresh: reference });
      }
      expect((await t.db.query(HEADCOUNT_CELLS_SQL, [asOf])).rows).toEqual(
        (await t.db.query(REFERENCE_HEADCOUNT_CELLS_SQL, [asOf])).rows,
      );
      expect((await t.db.query(PARTICIPATION_SQL, [asOf])).rows).toEqual(
        (await t.db.query(REFERENCE_PARTICIPATION_SQL, [asOf])).rows,
      );
      for (const [from, min] of [
        [addMonths(asOf, -3), 5],
        [addMonths(asOf, -24), 1],
      ] as const) {
        expect((await t.db.query(FAIRNESS_SQL, [from, asOf, min])).rows).toEqual(
          (await t.db.query(REFERENCE_FAIRNESS_SQL, [from, asOf, min])).rows,
        );
      }
    }
  }

  /** The maintained rollup equals a rebuild from the base tables. */
  async function expectRebuildEqual(): Promise<void> {
    const events = `SELECT person_id, department_id, career_level, day, dh, dx, dr, de FROM coverage_person_event
                     ORDER BY person_id, department_id, career_level, day`;
    const months = `SELECT c.* FROM coverage_month c ORDER BY c.month, c.department_id, c.career_level`;
    const eligibleDays = `SELECT person_id, days::text FROM person_eligible_days ORDER BY person_id`;
    const read = async () => [
      (await t.db.query(events)).rows,
      (await t.db.query(months)).rows,
      (await t.db.query(eligibleDays)).rows,
    ];
    const maintained = await read();
    expect(maintained[2].length).toBeGreaterThan(0);
    await t.db.query('BEGIN');
    try {
      await t.db.query('SELECT analytics_rebuild_coverage()');
      // The coverage rebuild refills person_eligible_days through its triggers; so does its own.
      const afterCoverage = await read();
      await t.db.query('SELECT analytics_rebuild_person_eligible()');
      const rebuilt = await read();
      expect(maintained[0]).toEqual(rebuilt[0]);
      expect(maintained[1]).toEqual(rebuilt[1]);
      expect(maintained[2]).toEqual(rebuilt[2]);
      expect(afterCoverage[2]).toEqual(rebuilt[2]);
    } finally {
      await t.db.query('ROLLBACK');
    }
  }

  async function one<T>(sql: string, params: unknown[] = []): Promise<T> {
    const { rows } = await t.db.query(sql, params);
    expect(rows[0]).toBeDefined();
    return rows[0] as T;
  }

  function hireSql(count: number): string {
    return `INSERT INTO person (employee_number, full_name, email, department_id, career_level, pm_since, hired_on)
      SELECT 'RU' || ($1::int + g), 'Rollup Hire ' || ($1::int + g), 'rollup' || ($1::int + g) || '@example.com',
             (SELECT id FROM department ORDER BY code OFFSET (g % 3) LIMIT 1),
             (ARRAY['PROJECT_MANAGER', 'SENIOR_PROJECT_MANAGER', 'PROJECT_COORDINATOR'])[1 + g % 3],
             $2::date - (g * 40), $2::date - (g * 20)
        FROM generate_series(1, ${count}) AS g`;
  }

  it('coverage_window_start(x, m) is the first day whose window of m months reaches x (windowEnd)', async () => {
    const days: string[] = [];
    for (let d = '2023-12-20'; d <= '2025-03-10'; d = addDays(d, 1)) days.push(d);
    for (const m of [1, 3, 6, 12, 24]) {
      const { rows } = await t.db.query<{ x: string; s: string }>(
        `SELECT to_char(x, 'YYYY-MM-DD') AS x, to_char(coverage_window_start(x, $2), 'YYYY-MM-DD') AS s
           FROM unnest($1::date[]) AS x`,
        [days, m],
      );
      for (const { x, s } of rows) {
        // Brute force: the first d (searching back from x) with windowEnd(d, m) >= x.
        let first = x;
        while (windowEnd(addDays(first, -1), m) >= x) first = addDays(first, -1);
        expect({ x, m, s }).toEqual({ x, m, s: first });
      }
    }
  });

  it('agrees with the reference and a rebuild on the generated organisation', async () => {
    await expectAgreement();
    await expectRebuildEqual();
  }, 120_000);

  it('stays right after writes of every kind', async () => {
    // Assign: a new rotation on a seat after its last one, for someone without rotations.
    const seat = await one<{ id: string; starts: string }>(
      `SELECT s.id, to_char(greatest(s.opens_on, coalesce(max(r.ends_on) + 1, s.opens_on), $1::date + 20), 'YYYY-MM-DD') AS starts
         FROM seat s LEFT JOIN rotation r ON r.seat_id = s.id AND r.cancelled_at IS NULL
        WHERE s.closes_on IS NULL GROUP BY s.id ORDER BY s.id LIMIT 1`,
      [today],
    );
    const person = await one<{ id: string }>(
      `SELECT p.id FROM person p WHERE p.left_on IS NULL AND p.hired_on < $1::date - 1000
          AND NOT EXISTS (SELECT 1 FROM rotation r WHERE r.person_id = p.id) ORDER BY p.id LIMIT 1`,
      [today],
    );
    await t.db.query(
      `INSERT INTO rotation (person_id, seat_id, starts_on, ends_on) VALUES ($1, $2, $3, $4)`,
      [person.id, seat.id, seat.starts, windowEnd(seat.starts, 12)],
    );
    // End early: an ongoing rotation ends today.
    await t.db.query(
      `UPDATE rotation SET ends_on = $1 WHERE id = (SELECT id FROM rotation WHERE cancelled_at IS NULL
          AND starts_on < $1::date AND ends_on > $1::date + 30 ORDER BY id LIMIT 1)`,
      [today],
    );
    // Cancel a planned rotation.
    await t.db.query(
      `UPDATE rotation SET cancelled_at = now(), cancel_reason = 'rollup test'
        WHERE id = (SELECT id FROM rotation WHERE cancelled_at IS NULL AND starts_on > $1::date ORDER BY id LIMIT 1)`,
      [today],
    );
    await expectAgreement();
    await expectRebuildEqual();

    // The months follow the events: cancelling the rotation that ends last (after every other
    // event here) leaves no month past the new last event, as a rebuild writes none.
    const lastMonth = `SELECT max(month)::text AS month FROM coverage_month`;
    const farthest = await one<{ id: string }>(
      `INSERT INTO rotation (person_id, seat_id, starts_on, ends_on)
       SELECT $1, $2, $3::date + 3650, $3::date + 3650 + 400 RETURNING id`,
      [person.id, seat.id, today],
    );
    const stretched = await one<{ month: string }>(lastMonth);
    await t.db.query(
      `UPDATE rotation SET cancelled_at = now(), cancel_reason = 'rollup test' WHERE id = $1`,
      [farthest.id],
    );
    expect((await one<{ month: string }>(lastMonth)).month < stretched.month).toBe(true);
    await expectRebuildEqual();

    // Hire one, and one leaves.
    await t.db.query(hireSql(1), [(hires += 10), today]);
    await t.db.query(
      `UPDATE person SET left_on = $1::date + 20 WHERE id = (SELECT id FROM person WHERE left_on IS NULL ORDER BY id OFFSET 7 LIMIT 1)`,
      [today],
    );
    // A backdated move, and a promotion from today.
    const mover = await one<{ id: string; other: string }>(
      `SELECT p.id, (SELECT d.id FROM department d WHERE d.id <> p.department_id ORDER BY d.code LIMIT 1) AS other
         FROM person p JOIN rotation r ON r.person_id = p.id AND r.cancelled_at IS NULL
        WHERE p.left_on IS NULL AND p.hired_on < $1::date - 2000 ORDER BY p.id LIMIT 1`,
      [today],
    );
    await t.db.query('BEGIN');
    await t.db.query(`SELECT set_config('stint.effective_on', $1, true)`, [addDays(today, -400)]);
    await t.db.query(`UPDATE person SET department_id = $2 WHERE id = $1`, [mover.id, mover.other]);
    await t.db.query('COMMIT');
    await t.db.query(
      `UPDATE person SET career_level = 'SENIOR_PROJECT_MANAGER'
        WHERE id = (SELECT id FROM person WHERE left_on IS NULL AND career_level = 'PROJECT_MANAGER' ORDER BY id LIMIT 1)`,
    );
    // A key emptied: the only person ever at their level in their department is corrected, for
    // their whole history, into another department. A rebuild has no rows for that key, and
    // neither may the maintained table (all-zero keys are pruned).
    const lone = await one<{ id: string; department: string; level: string; other: string }>(
      `SELECT e.person_id AS id, e.department_id AS department, e.career_level AS level,
              (SELECT d.id FROM department d WHERE d.id <> e.department_id ORDER BY d.code LIMIT 1) AS other
         FROM coverage_person_event e
        WHERE NOT EXISTS (SELECT 1 FROM coverage_person_event o WHERE o.department_id = e.department_id
                             AND o.career_level = e.career_level AND o.person_id <> e.person_id)
          AND NOT EXISTS (SELECT 1 FROM person_history h WHERE h.person_id = e.person_id
                             AND h.department_id <> e.department_id)
        ORDER BY e.person_id LIMIT 1`,
    );
    const keyRows = () =>
      one<{ n: number }>(
        `SELECT count(*)::int AS n FROM coverage_month WHERE department_id = $1 AND career_level = $2`,
        [lone.department, lone.level],
      );
    expect((await keyRows()).n).toBeGreaterThan(0);
    await t.db.query(`UPDATE person_history SET department_id = $2 WHERE person_id = $1`, [
      lone.id,
      lone.other,
    ]);
    expect((await keyRows()).n).toBe(0);
    // A leave of absence over the coming months (a correction of the history).
    const onLeave = await one<{ id: string }>(
      `SELECT id FROM person WHERE left_on IS NULL AND career_level = 'PROJECT_MANAGER' ORDER BY id OFFSET 3 LIMIT 1`,
    );
    await t.db.query(`SELECT person_history_set($1, $2, $3, NULL, NULL, true)`, [
      onLeave.id,
      addDays(today, -30),
      addDays(today, 60),
    ]);
    await expectAgreement();
    await expectRebuildEqual();

    // An import: many people in one multi-row insert.
    await t.db.query(hireSql(40), [(hires += 100), today]);
    await expectAgreement();
    await expectRebuildEqual();

    // A new policy version: everyone's eligible days change.
    await t.db.query(
      `INSERT INTO eligibility_policy (version, rules, note)
       SELECT version + 1, rules || '{"minExperienceMonths": 12, "cooldownMonths": 6, "maxRotations": 3, "minDurationMonths": 6}'::jsonb, 'rollup test'
         FROM eligibility_policy ORDER BY version DESC LIMIT 1`,
    );
    await expectAgreement();
    await expectRebuildEqual();
  }, 300_000);

  it('two transactions changing one department at once end with the right numbers', async () => {
    const second = new Client({ connectionString: t.database.url });
    await second.connect();
    try {
      const target = await one<{ id: string }>(`SELECT id FROM department ORDER BY code LIMIT 1`);
      const mover = await one<{ id: string }>(
        `SELECT id FROM person WHERE left_on IS NULL AND department_id <> $1 ORDER BY id LIMIT 1`,
        [target.id],
      );
      await t.db.query('BEGIN');
      await t.db.query(`UPDATE person SET department_id = $2 WHERE id = $1`, [mover.id, target.id]);
      await second.query('BEGIN');
      // Waits for the first transaction's rollup lock, then sees its committed rows.
      const hiring = second.query(
        `INSERT INTO person (employee_number, full_name, email, department_id, career_level, pm_since, hired_on)
         VALUES ('RU-C1', 'Concurrent Hire', 'rollup-c1@example.com', $1, 'PROJECT_MANAGER', '2020-01-01', '2024-01-01')`,
        [target.id],
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      await t.db.query('COMMIT');
      await hiring;
      await second.query('COMMIT');
    } finally {
      await second.end();
    }
    await expectAgreement();
    await expectRebuildEqual();
  }, 120_000);
});
