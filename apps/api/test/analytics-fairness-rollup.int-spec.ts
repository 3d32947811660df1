import { FAIRNESS_SQL, REFERENCE_FAIRNESS_SQL } from '@stint/api-analytics';
import { addDays, addMonths, todayIso } from '@stint/domain';
import { generateOrganisation, loadOrganisation } from '@stint/generator';
import { freeSeat, onlyRow } from './support/admin-factories';
import { secondWaitsForFirst } from './support/concurrent-writers';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * fairness reads the person-facts rollup (fairness_fact, kept by triggers on person,
 * person_history, rotation and rotation_request; docs/decisions.md "Fairness reads a rollup of
 * person facts"). After every kind of write that can change a request, a placement, a leaving
 * date or the group someone held, its answer must equal the from-scratch statement's
 * (REFERENCE_FAIRNESS_SQL) for several periods, and the rollup must equal what
 * analytics_rebuild_fairness() computes.
 */
describe('the fairness rollup', () => {
  let t: TestApp;
  const today = todayIso();

  type Row = Record<string, unknown>;

  beforeAll(async () => {
    t = await startTestApp();
    await loadOrganisation(t.db, generateOrganisation({ size: 'demo', seed: 7, anchor: today }));
  }, 120_000);
  afterAll(() => t.close());

  const one = <T>(sql: string, params: unknown[] = []) => onlyRow<T>(t.db, sql, params);

  /** Two years to today, a past stretch, one into the future, a past month, a single day. */
  const PERIODS = [
    [addMonths(today, -24), today],
    [addMonths(today, -60), addMonths(today, -30)],
    [addDays(today, -45), addMonths(today, 6)],
    [addDays(today, -430), addDays(today, -400)],
    [addDays(today, -250), addDays(today, -250)],
  ];

  const FACTS = `SELECT * FROM fairness_fact ORDER BY kind, source_id`;

  /** The rollup's answer equals the reference's for every period, and the rollup equals a rebuild. */
  async function expectRollupRight(): Promise<void> {
    let people = 0;
    for (const [from, to] of PERIODS) {
      const rollup = (await t.db.query<Row>(FAIRNESS_SQL, [from, to, 5])).rows;
      const reference = (await t.db.query<Row>(REFERENCE_FAIRNESS_SQL, [from, to, 5])).rows;
      expect(rollup).toEqual(reference);
      people += reference.reduce((n, g) => n + Number(g['people'] ?? 0), 0);
    }
    expect(people).toBeGreaterThan(0);
    const kept = (await t.db.query<Row>(FACTS)).rows;
    await t.db.query('BEGIN');
    try {
      await t.db.query('SELECT analytics_rebuild_fairness()');
      expect(kept).toEqual((await t.db.query<Row>(FACTS)).rows);
    } finally {
      await t.db.query('ROLLBACK');
    }
  }

  /** An employed person hired years ago, without an open request, and another department. */
  async function person(offset = 0): Promise<{ id: string; other: string }> {
    // No stretch of their history starts in the last 400 days: the test's own moves are the
    // only ones in the windows it checks (a generated promotion there would split them).
    return one(
      `SELECT p.id, (SELECT d.id FROM department d WHERE d.id <> p.department_id ORDER BY d.code LIMIT 1) AS other
         FROM person p WHERE p.left_on IS NULL AND p.hired_on < $1::date - 1500
          AND NOT EXISTS (SELECT 1 FROM rotation_request rq WHERE rq.person_id = p.id AND rq.status = 'SUBMITTED')
          AND NOT EXISTS (SELECT 1 FROM person_history h WHERE h.person_id = p.id AND h.valid_from > $1::date - 400)
        ORDER BY p.employee_number OFFSET $2 LIMIT 1`,
      [today, offset],
    );
  }

  /**
   * As person(), but one who never had a rotation (a placement of theirs can overlap nothing),
   * taken from the other end of the list than person(offset).
   */
  async function personWithoutRotations(): Promise<{ id: string }> {
    return one(
      `SELECT p.id FROM person p WHERE p.left_on IS NULL AND p.hired_on < $1::date - 1500
          AND NOT EXISTS (SELECT 1 FROM rotation_request rq WHERE rq.person_id = p.id AND rq.status = 'SUBMITTED')
          AND NOT EXISTS (SELECT 1 FROM rotation r WHERE r.person_id = p.id)
        ORDER BY p.employee_number DESC LIMIT 1`,
      [today],
    );
  }

  const REQUEST = `INSERT INTO rotation_request (person_id, status, goals, earliest_start, duration_months, submitted_at)
                   VALUES ($1, 'SUBMITTED', '{PROCESS_IMPROVEMENT}', $2::date, 12, ($2::date + time '10:00') AT TIME ZONE 'UTC')
                   RETURNING id`;

  it('starts right: the migration and the load built it', async () => {
    const { kinds } = await one<{ kinds: number }>(
      `SELECT count(DISTINCT kind)::int AS kinds FROM fairness_fact`,
    );
    expect(kinds).toBe(3);
    await expectRollupRight();
  });

  it('after a backdated request, its decision, and a move after it', async () => {
    const { id, other } = await person();
    const { id: request } = await one<{ id: string }>(REQUEST, [id, addDays(today, -300)]);
    await expectRollupRight();
    await t.db.query(
      `UPDATE rotation_request SET status = 'DECLINED', decision_note = 'Not now',
              decided_at = submitted_at + interval '9 days 4 hours' WHERE id = $1`,
      [request],
    );
    await expectRollupRight();
    // The person moves after the request: in a period ending after the move they count where
    // they asked from, and leave the cell they are in at its end.
    await t.db.query('BEGIN');
    await t.db.query(`SET LOCAL stint.effective_on = '${addDays(today, -100)}'`);
    await t.db.query(`UPDATE person SET department_id = $2 WHERE id = $1`, [id, other]);
    await t.db.query('COMMIT');
    await expectRollupRight();
    // An earlier request of the same person becomes their first in the two-year period.
    await t.db.query(
      `INSERT INTO rotation_request (person_id, status, goals, earliest_start, duration_months, submitted_at, decided_at)
       VALUES ($1, 'WITHDRAWN', '{PROCESS_IMPROVEMENT}', $2::date, 12, ($2::date + time '10:00') AT TIME ZONE 'UTC', now())`,
      [id, addDays(today, -500)],
    );
    await expectRollupRight();
    await t.db.query(
      `DELETE FROM rotation_request WHERE person_id = $1 AND submitted_at < now() - interval '400 days'`,
      [id],
    );
    await expectRollupRight();
  });

  it('after a past placement, its cancellation, a leaving and a hire', async () => {
    // Someone without rotations: person(1) had one overlapping the placement on some days' data.
    const { id } = await personWithoutRotations();
    const seat = await freeSeat(t.db, addDays(today, -260));
    const { id: rotation } = await one<{ id: string }>(
      `INSERT INTO rotation (person_id, seat_id, starts_on, ends_on) VALUES ($1, $2, $3, $3::date + 100) RETURNING id`,
      [id, seat, addDays(today, -260)],
    );
    await expectRollupRight();
    await t.db.query(`UPDATE person SET left_on = $2 WHERE id = $1`, [id, addDays(today, -120)]);
    await expectRollupRight();
    await t.db.query(
      `UPDATE rotation SET cancelled_at = now(), cancel_reason = 'test' WHERE id = $1`,
      [rotation],
    );
    await expectRollupRight();
    const { department } = await one<{ department: string }>(
      `SELECT department_id AS department FROM person GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
    );
    await t.db.query('BEGIN');
    await t.db.query(`SET LOCAL stint.effective_on = '${addDays(today, -420)}'`);
    await t.db.query(
      `INSERT INTO person (employee_number, full_name, email, department_id, career_level, pm_since, hired_on)
       VALUES ('FAIRNESS-1', 'Fairness Hire', 'fairness.hire@example.test', $1, 'PROJECT_MANAGER', $2, $2)`,
      [department, addDays(today, -420)],
    );
    await t.db.query('COMMIT');
    await expectRollupRight();
  });

  /** Applies `set` to the person as of `day` (a move or promotion: a new stretch of history). */
  async function asOf(id: string, day: string, set: string, params: unknown[] = []): Promise<void> {
    await t.db.query('BEGIN');
    await t.db.query(`SET LOCAL stint.effective_on = '${day}'`);
    await t.db.query(`UPDATE person SET ${set} WHERE id = $1`, [id, ...params]);
    await t.db.query('COMMIT');
  }

  it('after two moves after a request, and a request after a placement', async () => {
    // Moved, then promoted after asking: on today the person is neither in the request's group
    // nor in the one after it (a lookup in history), on day -150 in the one after it.
    const { id, other } = await person(3);
    const { id: request } = await one<{ id: string }>(REQUEST, [id, addDays(today, -300)]);
    await asOf(id, addDays(today, -200), 'department_id = $2', [other]);
    await expectRollupRight();
    await asOf(
      id,
      addDays(today, -100),
      `career_level = CASE WHEN career_level = 'PROGRAM_MANAGER' THEN 'PORTFOLIO_MANAGER' ELSE 'PROGRAM_MANAGER' END`,
    );
    const fact = await one<{ until: string; next_from: string; next_until: string }>(
      `SELECT to_char(group_until, 'YYYY-MM-DD') AS until, to_char(next_from, 'YYYY-MM-DD') AS next_from,
              to_char(next_until, 'YYYY-MM-DD') AS next_until
         FROM fairness_fact WHERE kind = 'request' AND source_id = $1`,
      [request],
    );
    expect(fact).toEqual({
      until: addDays(today, -200),
      next_from: addDays(today, -200),
      next_until: addDays(today, -100),
    });
    PERIODS.push([addDays(today, -320), addDays(today, -150)]);
    try {
      await expectRollupRight();

      // Placed first, then asked, in the same period: counted where they asked from, placed.
      const { id: placed } = await one<{ id: string }>(
        `SELECT p.id FROM person p WHERE p.left_on IS NULL AND p.hired_on < $1::date - 1500 AND p.id <> $2
            AND NOT EXISTS (SELECT 1 FROM rotation_request rq WHERE rq.person_id = p.id AND rq.status = 'SUBMITTED')
            AND NOT EXISTS (SELECT 1 FROM rotation r WHERE r.person_id = p.id AND r.cancelled_at IS NULL
                               AND r.starts_on <= $1::date - 220 AND r.ends_on >= $1::date - 280)
          ORDER BY p.employee_number OFFSET 4 LIMIT 1`,
        [today, id],
      );
      const seat = await freeSeat(t.db, addDays(today, -280));
      await t.db.query(
        `INSERT INTO rotation (person_id, seat_id, starts_on, ends_on) VALUES ($1, $2, $3, $3::date + 60)`,
        [placed, seat, addDays(today, -280)],
      );
      await asOf(placed, addDays(today, -190), 'department_id = $2', [other]);
      await one(REQUEST, [placed, addDays(today, -170)]);
      const { after } = await one<{ after: string }>(
        `SELECT to_char(request_gt, 'YYYY-MM-DD') AS after FROM fairness_fact
          WHERE kind = 'start' AND person_id = $1 AND day = $2::date`,
        [placed, addDays(today, -280)],
      );
      expect(after).toBe(addDays(today, -170));
      await expectRollupRight();
      // ... and then left: counted where they asked from, not where they left from.
      await t.db.query(`UPDATE person SET left_on = $2 WHERE id = $1`, [
        placed,
        addDays(today, -20),
      ]);
      await expectRollupRight();
    } finally {
      PERIODS.pop();
    }
  });

  it('after a correction of history and statements that write many rows', async () => {
    // A correction: the level of the stretch held on many requests' day rewritten in place.
    await t.db.query(
      `UPDATE person_history h SET career_level = 'PROGRAM_MANAGER'
        WHERE h.id = (SELECT h2.id FROM person_history h2 JOIN rotation_request rq ON rq.person_id = h2.person_id
                        AND h2.valid_from <= rq.submitted_at::date AND (h2.valid_to IS NULL OR h2.valid_to > rq.submitted_at::date)
                       WHERE h2.career_level = 'SENIOR_PROJECT_MANAGER' ORDER BY h2.person_id, h2.valid_from LIMIT 1)`,
    );
    await expectRollupRight();
    await t.db.query(
      `UPDATE rotation_request SET submitted_at = submitted_at - interval '20 days' WHERE submitted_at < now() - interval '200 days'`,
    );
    await expectRollupRight();
    await t.db.query(
      `UPDATE rotation SET starts_on = starts_on + 1 WHERE cancelled_at IS NULL AND ends_on > starts_on + 30 AND ends_on < $1::date`,
      [today],
    );
    await expectRollupRight();
  });

  it('two transactions writing the same person at once end right', async () => {
    const { id } = await person(2);
    // a submits a past request; b marks the same person as having left, waits for a's lock, and
    // recomputes the person with a's request in view.
    await secondWaitsForFirst(
      t.database.url,
      (a) => a.query(REQUEST, [id, addDays(today, -200)]),
      (b) => b.query(`UPDATE person SET left_on = $2 WHERE id = $1`, [id, addDays(today, -60)]),
    );
    const { requests, left } = await one<{ requests: number; left: string }>(
      `SELECT count(*) FILTER (WHERE kind = 'request' AND day = $2::date)::int AS requests,
              to_char(min(left_on), 'YYYY-MM-DD') AS left
         FROM fairness_fact WHERE person_id = $1`,
      [id, addDays(today, -200)],
    );
    expect(requests).toBe(1);
    expect(left).toBe(addDays(today, -60));
    await expectRollupRight();
  });
});
