import type { Client } from 'pg';
import { PMO_FILL_JSON_SQL, PMO_FILL_SQL, REFERENCE_PMO_FILL_SQL } from '@stint/api-analytics';
import { addDays, todayIso } from '@stint/domain';
import { generateOrganisation, loadOrganisation } from '@stint/generator';
import { freeSeat, onlyRow } from './support/admin-factories';
import { secondWaitsForFirst } from './support/concurrent-writers';
import { startTestApp, type SignedIn, type TestApp } from './support/test-app';

/**
 * pmoFill reads the seat-fill rollup (pmo_fill_*, kept by triggers on seat and rotation;
 * docs/decisions.md "Seat fill reads a rollup"). After every kind of write to seats and
 * rotations, its answer must equal the from-scratch statement's (REFERENCE_PMO_FILL_SQL) and
 * the answer after analytics_rebuild_fill(), by month and by quarter, over a range from before
 * the first seat opened to years past the last stored month.
 */
describe('the seat-fill rollup', () => {
  let t: TestApp;
  let admin: SignedIn;
  const today = todayIso();

  type Row = Record<string, unknown>;
  type Params = [string, string, 'month' | 'quarter', string[] | null];

  beforeAll(async () => {
    t = await startTestApp();
    await loadOrganisation(t.db, generateOrganisation({ size: 'demo', seed: 5, anchor: today }));
    admin = await t.signIn('ADMIN');
  }, 120_000);
  afterAll(() => t.close());

  const one = <T>(sql: string, params: unknown[] = []) => onlyRow<T>(t.db, sql, params);

  /** Month and quarter ranges from before the first seat to three years past the last stored month. */
  async function ranges(): Promise<Params[]> {
    const { first, last } = await one<{ first: string; last: string }>(
      `SELECT to_char((SELECT min(opens_on) FROM seat) - 400, 'YYYY-MM-DD') AS first,
              to_char(greatest((SELECT max(stored_through) FROM pmo_fill_pmo), $1::date) + 1100, 'YYYY-MM-DD') AS last`,
      [today],
    );
    const some = (
      await t.db.query<{ id: string }>(`SELECT id FROM pmo ORDER BY name LIMIT 3`)
    ).rows.map((r) => r.id);
    return [
      [first, last, 'month', null],
      [first, last, 'quarter', null],
      [addDays(today, -95), addDays(today, 400), 'month', some],
      [addDays(today, 17), addDays(today, 17), 'quarter', []],
    ];
  }

  /** The rollup's answer equals the reference's, and equals itself after a rebuild. */
  async function expectRollupRight(): Promise<void> {
    for (const params of await ranges()) {
      const rollup = (await t.db.query<Row>(PMO_FILL_SQL, params)).rows;
      const reference = (await t.db.query<Row>(REFERENCE_PMO_FILL_SQL, params)).rows;
      expect(rollup.length).toBeGreaterThan(0);
      expect(rollup).toEqual(reference);
      // What the service reads: the same rows, in the same order, arrays sent as json.
      expect((await t.db.query<Row>(PMO_FILL_JSON_SQL, params)).rows).toEqual(rollup);
      await t.db.query('BEGIN');
      try {
        await t.db.query('SELECT analytics_rebuild_fill()');
        expect((await t.db.query<Row>(PMO_FILL_SQL, params)).rows).toEqual(reference);
      } finally {
        await t.db.query('ROLLBACK');
      }
    }
  }

  /** An open-ended seat and a person without rotations, for a rotation far in the future. */
  async function freeSeatAndPerson(
    skipSeats: string[] = [],
  ): Promise<{ seat: string; pmo: string; person: string }> {
    return one(
      `SELECT s.id AS seat, s.pmo_id AS pmo,
              (SELECT p.id FROM person p WHERE p.left_on IS NULL
                  AND NOT EXISTS (SELECT 1 FROM rotation r WHERE r.person_id = p.id)
                ORDER BY p.employee_number LIMIT 1) AS person
         FROM seat s WHERE s.closes_on IS NULL AND s.id <> ALL($1::uuid[])
        ORDER BY s.title, s.id LIMIT 1`,
      [skipSeats],
    );
  }

  it('starts right: the migration and the load built it (and a PMO without seats is all zeros)', async () => {
    await t.db.query(`INSERT INTO pmo (name, scope) VALUES ('A PMO without seats', 'ENTERPRISE')`);
    const { seats } = await one<{ seats: number }>(
      `SELECT count(*)::int AS seats FROM pmo_fill_pmo`,
    );
    expect(seats).toBeGreaterThan(0);
    await expectRollupRight();
  });

  it('after assigning a rotation, ending it early, moving it to another seat and cancelling it', async () => {
    const { seat, person } = await freeSeatAndPerson();
    // Far past every stored month: the PMO's stored months grow to reach it.
    const starts = addDays(today, 1500);
    const { id } = await one<{ id: string }>(
      `INSERT INTO rotation (person_id, seat_id, starts_on, ends_on) VALUES ($1, $2, $3, $4::date + 200) RETURNING id`,
      [person, seat, starts, starts],
    );
    await expectRollupRight();

    await t.db.query(`UPDATE rotation SET ends_on = ends_on - 75 WHERE id = $1`, [id]);
    await expectRollupRight();

    const other = await freeSeatAndPerson([seat]);
    await t.db.query(`UPDATE rotation SET seat_id = $2 WHERE id = $1`, [id, other.seat]);
    await expectRollupRight();

    await t.db.query(
      `UPDATE rotation SET cancelled_at = now(), cancel_reason = 'test' WHERE id = $1`,
      [id],
    );
    await expectRollupRight();
  });

  it('after moving a past rotation to a seat of another PMO', async () => {
    // The first past rotation, to a seat of another PMO opened for the test on its first day.
    const { id, pmo, startsOn } = await one<{ id: string; pmo: string; startsOn: string }>(
      `SELECT r.id, cur.pmo_id AS pmo, to_char(r.starts_on, 'YYYY-MM-DD') AS "startsOn"
         FROM rotation r JOIN seat cur ON cur.id = r.seat_id
        WHERE r.cancelled_at IS NULL AND r.ends_on < $1::date
        ORDER BY r.starts_on, r.id LIMIT 1`,
      [today],
    );
    const move = { id, seat: await freeSeat(t.db, startsOn, { pmo }) };
    await t.db.query(`UPDATE rotation SET seat_id = $2 WHERE id = $1`, [move.id, move.seat]);
    await expectRollupRight();
  });

  it('after opening a seat, changing its window, moving it to another PMO and deleting it', async () => {
    const { pmo } = await freeSeatAndPerson();
    const { id } = await one<{ id: string }>(
      `INSERT INTO seat (pmo_id, role, title, opens_on) VALUES ($1, 'PMO_ANALYST', 'Rollup test seat', $2) RETURNING id`,
      [pmo, addDays(today, 2000)],
    );
    await expectRollupRight();

    await t.db.query(`UPDATE seat SET opens_on = $2, closes_on = $3 WHERE id = $1`, [
      id,
      addDays(today, -800),
      addDays(today, 45),
    ]);
    await expectRollupRight();

    await t.db.query(
      `UPDATE seat SET pmo_id = (SELECT id FROM pmo WHERE id <> $2 ORDER BY name LIMIT 1) WHERE id = $1`,
      [id, pmo],
    );
    await expectRollupRight();

    await t.db.query(`DELETE FROM seat WHERE id = $1`, [id]);
    await expectRollupRight();
  });

  it('after closing a seat and changing the window of a seat with rotations', async () => {
    const close = await one<{ id: string; closes: string }>(
      `SELECT s.id, to_char(greatest($1::date, coalesce(max(r.ends_on), $1::date)) + 40, 'YYYY-MM-DD') AS closes
         FROM seat s LEFT JOIN rotation r ON r.seat_id = s.id AND r.cancelled_at IS NULL
        WHERE s.closes_on IS NULL GROUP BY s.id ORDER BY count(r.id) DESC, s.id LIMIT 1`,
      [today],
    );
    await t.db.query(`UPDATE seat SET closes_on = $2 WHERE id = $1`, [close.id, close.closes]);
    await expectRollupRight();

    // Open it earlier and keep it open for good: its rotations stay inside the window.
    await t.db.query(`UPDATE seat SET opens_on = opens_on - 61, closes_on = NULL WHERE id = $1`, [
      close.id,
    ]);
    await expectRollupRight();

    // A change that does not touch the window leaves the rollup alone (and right).
    await t.db.query(`UPDATE seat SET title = title || ' (renamed)' WHERE id = $1`, [close.id]);
    await expectRollupRight();
  });

  it('after one statement that writes many seats and rotations', async () => {
    await t.db.query(
      `UPDATE rotation SET ends_on = ends_on - 1 WHERE cancelled_at IS NULL AND ends_on > starts_on + 30 AND ends_on < $1::date`,
      [today],
    );
    await t.db.query(`UPDATE seat SET opens_on = opens_on - 10`);
    await expectRollupRight();
  });

  it('two transactions assigning in the same PMO at once both count', async () => {
    const { pmo } = await one<{ pmo: string }>(
      `SELECT pmo_id AS pmo FROM seat WHERE closes_on IS NULL GROUP BY pmo_id HAVING count(*) >= 2 ORDER BY pmo_id LIMIT 1`,
    );
    const seats = (
      await t.db.query<{ id: string }>(
        `SELECT id FROM seat WHERE pmo_id = $1 AND closes_on IS NULL ORDER BY id LIMIT 2`,
        [pmo],
      )
    ).rows.map((r) => r.id);
    const people = (
      await t.db.query<{ id: string }>(
        `SELECT p.id FROM person p WHERE p.left_on IS NULL
            AND NOT EXISTS (SELECT 1 FROM rotation r WHERE r.person_id = p.id AND r.cancelled_at IS NULL)
          ORDER BY p.employee_number LIMIT 2`,
      )
    ).rows.map((r) => r.id);
    const assign = (c: Client, i: number, starts: string) =>
      c.query(
        `INSERT INTO rotation (person_id, seat_id, starts_on, ends_on) VALUES ($1, $2, $3, $3::date + 150)`,
        [people[i], seats[i], starts],
      );
    // Both reach past the PMO's stored months, so both extend them; b waits for a's lock, and
    // goes on with a's rows in view once a commits.
    await secondWaitsForFirst(
      t.database.url,
      (a) => assign(a, 0, addDays(today, 2600)),
      (b) => assign(b, 1, addDays(today, 2700)),
    );
    const { filled } = await one<{ filled: number }>(
      `SELECT count(*)::int AS filled FROM rotation WHERE seat_id = ANY($1::uuid[]) AND starts_on > $2::date + 2500`,
      [seats, today],
    );
    expect(filled).toBe(2);
    await expectRollupRight();
  });

  it('pmoFill through the API answers what the reference computes', async () => {
    const ids = (await t.db.query<{ id: string }>(`SELECT id FROM pmo ORDER BY name`)).rows.map(
      (r) => r.id,
    );
    const from = addDays(today, -400);
    const to = addDays(today, 3000);
    const response = await t.gql<{
      pmoFill: {
        pmoId: string;
        seatCount: number;
        points: { label: string; daysOpen: number; daysFilled: number }[];
      }[];
    }>(
      `query($f: PmoFillFilter!) { pmoFill(filter: $f) { pmoId seatCount points { label daysOpen daysFilled } } }`,
      { f: { from, to, granularity: 'QUARTER', pmoIds: ids } },
      admin.headers,
    );
    expect(response.errors).toBeUndefined();
    const reference = (
      await t.db.query<{
        pmoId: string;
        seatCount: number;
        labels: string[];
        daysOpen: number[];
        daysFilled: number[];
      }>(REFERENCE_PMO_FILL_SQL, [from, to, 'quarter', ids])
    ).rows;
    expect(response.data!.pmoFill).toEqual(
      reference.map((r) => ({
        pmoId: r.pmoId,
        seatCount: r.seatCount,
        points: r.labels.map((label, i) => ({
          label,
          daysOpen: r.daysOpen[i],
          daysFilled: r.daysFilled[i],
        })),
      })),
    );
    expect(reference.some((r) => r.daysFilled.some((d) => d > 0))).toBe(true);
  });
});
