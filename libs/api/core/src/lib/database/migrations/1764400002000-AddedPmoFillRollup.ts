import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * pmoFill reads a rollup (docs/decisions.md, "Seat fill reads a rollup") instead of joining
 * seats × rotations × buckets on every request:
 * - `pmo_fill_seat_month`: each seat's seat-days open and filled (by non-cancelled rotations)
 *   per calendar month, so that a change to one seat or rotation takes that seat's old
 *   contribution out and puts its recomputed one in;
 * - `pmo_fill_month`: their sums per PMO and month;
 * - `pmo_fill_pmo`: per PMO, the last month stored (`stored_through`) and its open-ended seats
 *   (closes_on NULL). A month after `stored_through` has no rotation, no opening and no closing
 *   in the PMO: its seat-days open are the open-ended seats × the days in the month, and none
 *   are filled. `stored_through` never moves back; when a write needs a later month, the
 *   PMO's other open-ended seats are stored up to it first. It also keeps the PMO's months as
 *   two arrays (`first_month` to `stored_through`), which a read by month slices.
 * `pmo_fill_refresh(seat_ids)` recomputes the given seats from the base tables; statement-level
 * triggers on seat and rotation call it with the seats their rows touched (old and new), under
 * one transaction-scoped advisory lock so that concurrent writers take turns.
 * `analytics_rebuild_fill()` recomputes everything. Also an index for staffing's upcoming returns
 * and open seats.
 */
export class AddedPmoFillRollup1764400002000 implements MigrationInterface {
  name = 'AddedPmoFillRollup1764400002000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE pmo_fill_pmo (
        pmo_id           uuid PRIMARY KEY,
        stored_through   date NOT NULL,
        open_ended_seats integer NOT NULL,
        first_month      date,
        days_open        integer[],
        days_filled      integer[]
      )`);
    await queryRunner.query(`
      CREATE TABLE pmo_fill_month (
        pmo_id      uuid NOT NULL,
        month       date NOT NULL,
        days_open   integer NOT NULL,
        days_filled integer NOT NULL,
        PRIMARY KEY (pmo_id, month)
      )`);
    // pmoFill reads a span of months for every PMO.
    await queryRunner.query(`CREATE INDEX pmo_fill_month_month_idx ON pmo_fill_month (month)`);
    await queryRunner.query(`
      CREATE TABLE pmo_fill_seat_month (
        seat_id     uuid NOT NULL,
        pmo_id      uuid NOT NULL,
        month       date NOT NULL,
        days_open   integer NOT NULL,
        days_filled integer NOT NULL,
        PRIMARY KEY (seat_id, month)
      )`);

    // One seat's contribution per month, up to its PMO's last stored month (which must already
    // cover its opening, closing and rotations). SQL, STABLE and not STRICT, so the planner
    // inlines it into the statement that calls it.
    await queryRunner.query(`
      CREATE FUNCTION pmo_fill_seat_rows(seat_ids uuid[])
      RETURNS TABLE (seat_id uuid, pmo_id uuid, month date, days_open integer, days_filled integer)
      LANGUAGE sql STABLE AS $$
        WITH s AS (
          SELECT s.id, s.pmo_id, s.opens_on, s.closes_on, t.stored_through
            FROM seat s JOIN pmo_fill_pmo t ON t.pmo_id = s.pmo_id
           WHERE s.id = ANY(seat_ids)
        ),
        opened AS (
          SELECT s.id AS seat_id, m::date AS month,
                 least((m + interval '1 month')::date - 1, coalesce(s.closes_on, 'infinity'::date))
                   - greatest(m::date, s.opens_on) + 1 AS days
            FROM s CROSS JOIN generate_series(date_trunc('month', s.opens_on::timestamp),
                                              coalesce(date_trunc('month', s.closes_on::timestamp), s.stored_through::timestamp),
                                              interval '1 month') AS m
        ),
        filled AS (
          SELECT r.seat_id, m::date AS month,
                 sum(least((m + interval '1 month')::date - 1, r.ends_on) - greatest(m::date, r.starts_on) + 1) AS days
            FROM rotation r
            CROSS JOIN generate_series(date_trunc('month', r.starts_on::timestamp), date_trunc('month', r.ends_on::timestamp),
                                       interval '1 month') AS m
           WHERE r.seat_id = ANY(seat_ids) AND r.cancelled_at IS NULL
           GROUP BY r.seat_id, m
        )
        SELECT s.id, s.pmo_id, coalesce(o.month, f.month), coalesce(o.days, 0)::int, coalesce(f.days, 0)::int
          FROM opened o
          FULL JOIN filled f ON f.seat_id = o.seat_id AND f.month = o.month
          JOIN s ON s.id = coalesce(o.seat_id, f.seat_id)
      $$`);

    await queryRunner.query(`
      CREATE FUNCTION pmo_fill_refresh(seat_ids uuid[]) RETURNS void LANGUAGE plpgsql
      -- Its statements are planned large (series × seats) but touch a few rows: JIT never pays.
      SET jit = off AS $$
      DECLARE
        pmos uuid[];
        need_pmos uuid[];
        need_months date[];
      BEGIN
        IF seat_ids IS NULL OR cardinality(seat_ids) = 0 THEN
          RETURN;
        END IF;
        -- One writer at a time: every statement below reads a snapshot taken after this lock,
        -- so it sees the rollup and the base rows of every writer that held it before.
        PERFORM pg_advisory_xact_lock(hashtext('stint.pmo_fill'));

        -- 1. The PMOs touched: the seats' old ones and their current ones.
        SELECT array_agg(DISTINCT x) INTO pmos
          FROM (SELECT pmo_id FROM pmo_fill_seat_month WHERE seat_id = ANY(seat_ids)
                UNION ALL SELECT pmo_id FROM seat WHERE id = ANY(seat_ids)) AS t(x);

        -- 2. The last month each PMO must store: the seats' opening, closing and last rotation.
        SELECT array_agg(n.pmo_id), array_agg(n.month) INTO need_pmos, need_months
          FROM (
            SELECT s.pmo_id,
                   max(greatest(date_trunc('month', s.opens_on::timestamp), date_trunc('month', s.closes_on::timestamp),
                                (SELECT date_trunc('month', max(r.ends_on)::timestamp) FROM rotation r
                                  WHERE r.seat_id = s.id AND r.cancelled_at IS NULL)))::date AS month
              FROM seat s WHERE s.id = ANY(seat_ids)
             GROUP BY s.pmo_id
          ) n;

        -- 3. Where that is later than stored, store the PMO's other open-ended seats up to it.
        WITH ext AS (
          SELECT t.pmo_id, t.stored_through AS stored, n.month AS need
            FROM unnest(need_pmos, need_months) AS n(pmo_id, month)
            JOIN pmo_fill_pmo t ON t.pmo_id = n.pmo_id AND n.month > t.stored_through
        ),
        added AS (
          INSERT INTO pmo_fill_seat_month (seat_id, pmo_id, month, days_open, days_filled)
          SELECT s.id, s.pmo_id, m::date, (m + interval '1 month')::date - m::date, 0
            FROM ext e
            JOIN seat s ON s.pmo_id = e.pmo_id AND s.closes_on IS NULL AND s.id <> ALL(seat_ids)
            CROSS JOIN generate_series(e.stored::timestamp + interval '1 month', e.need::timestamp, interval '1 month') AS m
          RETURNING pmo_id, month, days_open
        )
        INSERT INTO pmo_fill_month AS f (pmo_id, month, days_open, days_filled)
        SELECT pmo_id, month, sum(days_open), 0 FROM added GROUP BY pmo_id, month
        ON CONFLICT (pmo_id, month) DO UPDATE SET days_open = f.days_open + EXCLUDED.days_open;

        INSERT INTO pmo_fill_pmo AS t (pmo_id, stored_through, open_ended_seats)
        SELECT n.pmo_id, n.month, 0 FROM unnest(need_pmos, need_months) AS n(pmo_id, month)
        ON CONFLICT (pmo_id) DO UPDATE SET stored_through = greatest(t.stored_through, EXCLUDED.stored_through);

        -- 4. The seats' recomputed contributions. With nothing stored for them yet (a rebuild,
        --    a new seat) they are written as they are; otherwise only the months that changed
        --    are written, and the differences added to their PMOs' months.
        IF NOT EXISTS (SELECT 1 FROM pmo_fill_seat_month WHERE seat_id = ANY(seat_ids)) THEN
          WITH added AS (
            INSERT INTO pmo_fill_seat_month (seat_id, pmo_id, month, days_open, days_filled)
            SELECT seat_id, pmo_id, month, days_open, days_filled FROM pmo_fill_seat_rows(seat_ids)
            RETURNING pmo_id, month, days_open, days_filled
          )
          INSERT INTO pmo_fill_month AS f (pmo_id, month, days_open, days_filled)
          SELECT pmo_id, month, sum(days_open), sum(days_filled) FROM added GROUP BY pmo_id, month
          ON CONFLICT (pmo_id, month) DO UPDATE
            SET days_open = f.days_open + EXCLUDED.days_open, days_filled = f.days_filled + EXCLUDED.days_filled;
        ELSE
          WITH old AS (
            SELECT seat_id, pmo_id, month, days_open, days_filled FROM pmo_fill_seat_month WHERE seat_id = ANY(seat_ids)
          ),
          diff AS (
            SELECT coalesce(n.seat_id, o.seat_id) AS seat_id, coalesce(n.month, o.month) AS month,
                   n.pmo_id AS new_pmo, n.days_open AS new_open, n.days_filled AS new_filled,
                   o.pmo_id AS old_pmo, o.days_open AS old_open, o.days_filled AS old_filled
              FROM pmo_fill_seat_rows(seat_ids) n
              FULL JOIN old o ON o.seat_id = n.seat_id AND o.month = n.month
             WHERE (n.pmo_id, n.days_open, n.days_filled) IS DISTINCT FROM (o.pmo_id, o.days_open, o.days_filled)
          ),
          removed AS (
            DELETE FROM pmo_fill_seat_month x USING diff d
             WHERE d.new_pmo IS NULL AND x.seat_id = d.seat_id AND x.month = d.month
          ),
          written AS (
            INSERT INTO pmo_fill_seat_month AS x (seat_id, pmo_id, month, days_open, days_filled)
            SELECT seat_id, new_pmo, month, new_open, new_filled FROM diff WHERE new_pmo IS NOT NULL
            ON CONFLICT (seat_id, month) DO UPDATE
              SET pmo_id = EXCLUDED.pmo_id, days_open = EXCLUDED.days_open, days_filled = EXCLUDED.days_filled
          ),
          delta AS (
            SELECT old_pmo AS pmo_id, month, -old_open AS days_open, -old_filled AS days_filled FROM diff WHERE old_pmo IS NOT NULL
            UNION ALL
            SELECT new_pmo, month, new_open, new_filled FROM diff WHERE new_pmo IS NOT NULL
          )
          INSERT INTO pmo_fill_month AS f (pmo_id, month, days_open, days_filled)
          SELECT pmo_id, month, sum(days_open), sum(days_filled) FROM delta GROUP BY pmo_id, month
          ON CONFLICT (pmo_id, month) DO UPDATE
            SET days_open = f.days_open + EXCLUDED.days_open, days_filled = f.days_filled + EXCLUDED.days_filled;
        END IF;

        -- 5. Recount the open-ended seats; forget PMOs without seats and months with nothing.
        UPDATE pmo_fill_pmo t
           SET open_ended_seats = (SELECT count(*) FROM seat s WHERE s.pmo_id = t.pmo_id AND s.closes_on IS NULL)
         WHERE t.pmo_id = ANY(pmos);
        DELETE FROM pmo_fill_pmo t
         WHERE t.pmo_id = ANY(pmos) AND NOT EXISTS (SELECT 1 FROM seat s WHERE s.pmo_id = t.pmo_id);
        -- Store no further than the PMO's seats now need (a rotation ended early or was
        -- cancelled, a seat closed sooner), exactly as a rebuild would: past that month the read
        -- counts the open-ended seats, so the answers are the same and the tables stay canonical.
        WITH need AS (
          SELECT s.pmo_id,
                 max(greatest(date_trunc('month', s.opens_on::timestamp), date_trunc('month', s.closes_on::timestamp),
                              (SELECT date_trunc('month', max(r.ends_on)::timestamp) FROM rotation r
                                WHERE r.seat_id = s.id AND r.cancelled_at IS NULL)))::date AS month
            FROM seat s WHERE s.pmo_id = ANY(pmos)
           GROUP BY s.pmo_id
        ),
        trimmed AS (
          UPDATE pmo_fill_pmo t SET stored_through = n.month
            FROM need n WHERE t.pmo_id = n.pmo_id AND t.stored_through > n.month
          RETURNING t.pmo_id, t.stored_through
        ),
        gone AS (
          DELETE FROM pmo_fill_seat_month x USING trimmed t
           WHERE x.pmo_id = t.pmo_id AND x.month > t.stored_through
        )
        DELETE FROM pmo_fill_month f USING trimmed t WHERE f.pmo_id = t.pmo_id AND f.month > t.stored_through;
        -- Each PMO's months as one series, first stored month to last, for reads by month.
        UPDATE pmo_fill_pmo t
           SET (first_month, days_open, days_filled) = (
                 SELECT min(m)::date, array_agg(coalesce(f.days_open, 0) ORDER BY m),
                        array_agg(coalesce(f.days_filled, 0) ORDER BY m)
                   FROM generate_series((SELECT min(month) FROM pmo_fill_month WHERE pmo_id = t.pmo_id)::timestamp,
                                        t.stored_through::timestamp, interval '1 month') AS m
                   LEFT JOIN pmo_fill_month f ON f.pmo_id = t.pmo_id AND f.month = m::date)
         WHERE t.pmo_id = ANY(pmos);
        DELETE FROM pmo_fill_month WHERE pmo_id = ANY(pmos) AND days_open = 0 AND days_filled = 0;
      END $$`);

    await queryRunner.query(`
      CREATE FUNCTION analytics_rebuild_fill() RETURNS void LANGUAGE sql AS $$
        SELECT pg_advisory_xact_lock(hashtext('stint.pmo_fill'));
        DELETE FROM pmo_fill_seat_month;
        DELETE FROM pmo_fill_month;
        DELETE FROM pmo_fill_pmo;
        SELECT pmo_fill_refresh(ARRAY(SELECT id FROM seat));
      $$`);

    await queryRunner.query(`
      CREATE FUNCTION pmo_fill_on_seat() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- A bulk load (the generator) defers the rollup and rebuilds it once at the end.
        IF current_setting('stint.rollups', true) = 'deferred' THEN RETURN NULL; END IF;
        IF TG_OP = 'INSERT' THEN
          PERFORM pmo_fill_refresh(ARRAY(SELECT id FROM new_rows));
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM pmo_fill_refresh(ARRAY(SELECT id FROM old_rows));
        ELSE
          PERFORM pmo_fill_refresh(ARRAY(
            SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
             WHERE (o.pmo_id, o.opens_on, o.closes_on) IS DISTINCT FROM (n.pmo_id, n.opens_on, n.closes_on)));
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION pmo_fill_on_rotation() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- A bulk load (the generator) defers the rollup and rebuilds it once at the end.
        IF current_setting('stint.rollups', true) = 'deferred' THEN RETURN NULL; END IF;
        IF TG_OP = 'INSERT' THEN
          PERFORM pmo_fill_refresh(ARRAY(SELECT DISTINCT seat_id FROM new_rows WHERE cancelled_at IS NULL));
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM pmo_fill_refresh(ARRAY(SELECT DISTINCT seat_id FROM old_rows WHERE cancelled_at IS NULL));
        ELSE
          PERFORM pmo_fill_refresh(ARRAY(
            SELECT x.seat_id
              FROM new_rows n JOIN old_rows o ON o.id = n.id
             CROSS JOIN LATERAL (VALUES (o.seat_id), (n.seat_id)) AS x(seat_id)
             WHERE (o.seat_id, o.starts_on, o.ends_on, o.cancelled_at IS NULL)
                   IS DISTINCT FROM (n.seat_id, n.starts_on, n.ends_on, n.cancelled_at IS NULL)
             GROUP BY x.seat_id));
        END IF;
        RETURN NULL;
      END $$`);
    for (const [table, fn] of [
      ['seat', 'pmo_fill_on_seat'],
      ['rotation', 'pmo_fill_on_rotation'],
    ]) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_pmo_fill_insert AFTER INSERT ON ${table} REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER ${table}_pmo_fill_update AFTER UPDATE ON ${table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER ${table}_pmo_fill_delete AFTER DELETE ON ${table} REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
      );
    }

    await queryRunner.query(`SELECT analytics_rebuild_fill()`);
    await queryRunner.query(`ANALYZE pmo_fill_pmo, pmo_fill_month, pmo_fill_seat_month`);

    // staffing's upcoming returns (rotations ending in the next 90 days, soonest first) and open
    // seats (seats no rotation holds today: the rotations that end today or later and started):
    // a range of ends_on instead of every rotation.
    await queryRunner.query(
      `CREATE INDEX rotation_active_ends_idx ON rotation (ends_on) INCLUDE (starts_on, person_id, seat_id) WHERE cancelled_at IS NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX rotation_active_ends_idx`);
    for (const table of ['rotation', 'seat']) {
      for (const op of ['delete', 'update', 'insert']) {
        await queryRunner.query(`DROP TRIGGER ${table}_pmo_fill_${op} ON ${table}`);
      }
    }
    await queryRunner.query(`DROP FUNCTION pmo_fill_on_rotation()`);
    await queryRunner.query(`DROP FUNCTION pmo_fill_on_seat()`);
    await queryRunner.query(`DROP FUNCTION analytics_rebuild_fill()`);
    await queryRunner.query(`DROP FUNCTION pmo_fill_refresh(uuid[])`);
    await queryRunner.query(`DROP FUNCTION pmo_fill_seat_rows(uuid[])`);
    await queryRunner.query(`DROP TABLE pmo_fill_seat_month`);
    await queryRunner.query(`DROP TABLE pmo_fill_month`);
    await queryRunner.query(`DROP TABLE pmo_fill_pmo`);
  }
}
