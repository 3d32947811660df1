import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The advisory lock that serialises every change to the coverage rollup. */
export const COVERAGE_ROLLUP_LOCK = 7164400001;

/**
 * Each person's contribution to coverage, as +1/-1 events on days (docs/decisions.md, "Coverage
 * reads a history-aware rollup"), for the people `filter` selects (a condition on `p`, the
 * person). It depends only on the person's own rows and the current eligibility policy, never on
 * today, so it is recomputed whenever one of those rows changes:
 * - dh: in the department at the level (each person_history stretch cut to employment);
 * - dx: experienced (from the first non-cancelled rotation's start), cut to each stay;
 * - dr: on a non-cancelled rotation, cut to each stay;
 * - de: eligible for a window starting that day (SPEC §3's person rules as in
 *   passesPersonRules: the days as a multirange per person, cut to each stay at an eligible
 *   level).
 */
export function coverageEventsSql(filter: string): string {
  return `WITH pol AS (
    SELECT (rules->>'minDurationMonths')::int AS m,
           ARRAY(SELECT jsonb_array_elements_text(rules->'eligibleLevels')) AS levels,
           (rules->>'minExperienceMonths')::int AS e, (rules->>'cooldownMonths')::int AS c,
           (rules->>'maxRotations')::int AS maxr
      FROM eligibility_policy ORDER BY version DESC LIMIT 1
  ),
  ppl AS (SELECT p.id, p.hired_on, p.left_on, p.pm_since FROM person p WHERE ${filter}),
  rot AS (
    SELECT r.person_id, r.starts_on, r.ends_on FROM rotation r
     WHERE r.cancelled_at IS NULL AND r.person_id IN (SELECT id FROM ppl)
  ),
  rs AS (SELECT person_id, min(starts_on) AS first_start, count(*) AS n FROM rot GROUP BY person_id),
  stays AS (
    SELECT h.person_id, h.department_id, h.career_level,
           greatest(h.valid_from, p.hired_on) AS s, least(h.valid_to, p.left_on) AS e
      FROM person_history h JOIN ppl p ON p.id = h.person_id
     WHERE greatest(h.valid_from, p.hired_on) < coalesce(least(h.valid_to, p.left_on), 'infinity'::date)
  ),
  blocked AS (
    SELECT b.person_id, range_agg(b.r) AS r FROM (
      SELECT rot.person_id, daterange(coverage_window_start(rot.starts_on, pol.m), rot.ends_on + 1) AS r
        FROM rot CROSS JOIN pol
      UNION ALL
      SELECT rot.person_id,
             daterange(rot.ends_on + 1, greatest((rot.ends_on + make_interval(months => pol.c))::date, rot.ends_on + 1))
        FROM rot CROSS JOIN pol
      UNION ALL
      SELECT h.person_id, daterange(coverage_window_start(h.valid_from, pol.m), h.valid_to)
        FROM person_history h CROSS JOIN pol WHERE h.on_leave AND h.person_id IN (SELECT id FROM ppl)
    ) b GROUP BY b.person_id
  ),
  elig AS (
    SELECT p.id AS person_id,
           CASE WHEN w.hi IS NULL OR w.lo < w.hi THEN datemultirange(daterange(w.lo, w.hi)) ELSE '{}'::datemultirange END
             - coalesce(b.r, '{}'::datemultirange) AS ok
      FROM ppl p CROSS JOIN pol
      LEFT JOIN rs ON rs.person_id = p.id
      LEFT JOIN blocked b ON b.person_id = p.id
      CROSS JOIN LATERAL (
        SELECT greatest(p.hired_on, CASE WHEN pol.e = 0 THEN p.hired_on
                                         ELSE (p.pm_since + make_interval(months => pol.e))::date END) AS lo,
               coverage_window_start(p.left_on, pol.m) AS hi
      ) w
     WHERE coalesce(rs.n, 0) < pol.maxr
  ),
  ev AS (
    SELECT st.person_id, st.department_id, st.career_level, v.day, v.dh, 0 AS dx, 0 AS dr, 0 AS de
      FROM stays st CROSS JOIN LATERAL (VALUES (st.s, 1), (st.e, -1)) AS v(day, dh)
    UNION ALL
    SELECT st.person_id, st.department_id, st.career_level, v.day, 0, v.dx, 0, 0
      FROM stays st JOIN rs ON rs.person_id = st.person_id
     CROSS JOIN LATERAL (VALUES (greatest(rs.first_start, st.s), 1), (st.e, -1)) AS v(day, dx)
     WHERE st.e IS NULL OR greatest(rs.first_start, st.s) < st.e
    UNION ALL
    SELECT st.person_id, st.department_id, st.career_level, v.day, 0, 0, v.dr, 0
      FROM rot r JOIN stays st ON st.person_id = r.person_id
     CROSS JOIN LATERAL (VALUES (greatest(r.starts_on, st.s), 1), (least(r.ends_on + 1, st.e), -1)) AS v(day, dr)
     WHERE greatest(r.starts_on, st.s) < coalesce(least(r.ends_on + 1, st.e), 'infinity'::date)
    UNION ALL
    SELECT st.person_id, st.department_id, st.career_level, v.day, 0, 0, 0, v.de
      FROM stays st CROSS JOIN pol JOIN elig el ON el.person_id = st.person_id
     CROSS JOIN LATERAL unnest(el.ok * datemultirange(daterange(st.s, st.e))) AS u(r)
     CROSS JOIN LATERAL (VALUES (lower(u.r), 1), (upper(u.r), -1)) AS v(day, de)
     WHERE st.career_level = ANY(pol.levels)
  )
  SELECT person_id, department_id, career_level, day,
         sum(dh)::int, sum(dx)::int, sum(dr)::int, sum(de)::int
    FROM ev WHERE day IS NOT NULL
   GROUP BY person_id, department_id, career_level, day
  HAVING sum(dh) <> 0 OR sum(dx) <> 0 OR sum(dr) <> 0 OR sum(de) <> 0`;
}

/**
 * The coverage rollup (issue 11; docs/decisions.md, "Coverage reads a history-aware rollup"):
 * `coverage_person_event` holds each person's contribution as day events, and
 * `coverage_month` the cumulative values per (department, level) on every month's last day,
 * dense over one global range of months, plus per department over all levels (level '*', what
 * coverage reads: a fifth of the rows). Statement-level triggers on person, person_history,
 * rotation and eligibility_policy keep both right in the writing transaction, whatever the
 * writer; `coverage_refresh(ids)` recomputes some people and `analytics_rebuild_coverage()`
 * everything.
 */
export class AddedCoverageRollup1764400001000 implements MigrationInterface {
  name = 'AddedCoverageRollup1764400001000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // The first day d whose window [d, windowEnd(d, m)] reaches x: windowEnd(d, m) >= x, i.e.
    // d + m months > x. With y = x - m months (clamped, so y + m months <= x) it is one of
    // y + 1 .. y + 4 (windowEnd is non-decreasing in d).
    await queryRunner.query(`
      CREATE FUNCTION coverage_window_start(x date, m int) RETURNS date
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE
          WHEN (x - make_interval(months => m))::date + 1 + make_interval(months => m) > x THEN (x - make_interval(months => m))::date + 1
          WHEN (x - make_interval(months => m))::date + 2 + make_interval(months => m) > x THEN (x - make_interval(months => m))::date + 2
          WHEN (x - make_interval(months => m))::date + 3 + make_interval(months => m) > x THEN (x - make_interval(months => m))::date + 3
          ELSE (x - make_interval(months => m))::date + 4 END
      $$`);
    await queryRunner.query(`
      CREATE TABLE coverage_person_event (
        person_id     uuid NOT NULL,
        department_id uuid NOT NULL,
        career_level  text NOT NULL,
        day           date NOT NULL,
        dh            int NOT NULL,
        dx            int NOT NULL,
        dr            int NOT NULL,
        de            int NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX coverage_person_event_person_idx ON coverage_person_event (person_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX coverage_person_event_day_idx ON coverage_person_event (day)
         INCLUDE (department_id, career_level, dh, dx, dr, de)`,
    );
    await queryRunner.query(`
      CREATE TABLE coverage_month (
        month         date NOT NULL,
        department_id uuid NOT NULL,
        career_level  text NOT NULL,
        headcount     int NOT NULL,
        experienced   int NOT NULL,
        on_rotation   int NOT NULL,
        eligible      int NOT NULL,
        PRIMARY KEY (month, department_id, career_level)
      ) WITH (fillfactor = 80)`);
    await queryRunner.query(
      `CREATE INDEX coverage_month_key_idx ON coverage_month (department_id, career_level, month)`,
    );
    // The rollup's refresh reads a person's rotations.
    await queryRunner.query(
      `CREATE INDEX rotation_person_active_idx ON rotation (person_id) WHERE cancelled_at IS NULL`,
    );
    // Fairness reads the people who left within its period.
    await queryRunner.query(
      `CREATE INDEX person_left_on_idx ON person (left_on) WHERE left_on IS NOT NULL`,
    );

    await queryRunner.query(`
      CREATE FUNCTION analytics_rebuild_coverage() RETURNS void
      LANGUAGE plpgsql SET work_mem = '256MB' AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock(${COVERAGE_ROLLUP_LOCK});
        TRUNCATE coverage_person_event, coverage_month;
        INSERT INTO coverage_person_event ${coverageEventsSql('true')};
        -- Cumulative values where a key changes (sparse), then each carried over the months up to
        -- its next change (or the range's end), with zeros before its first change.
        INSERT INTO coverage_month (month, department_id, career_level, headcount, experienced, on_rotation, eligible)
        WITH d AS (
          SELECT department_id, coalesce(career_level, '*') AS career_level, date_trunc('month', day)::date AS month,
                 sum(dh) AS dh, sum(dx) AS dx, sum(dr) AS dr, sum(de) AS de
            FROM coverage_person_event
           GROUP BY GROUPING SETS ((department_id, career_level, date_trunc('month', day)::date),
                                   (department_id, date_trunc('month', day)::date))
        ),
        rg AS (SELECT min(month) AS lo, max(month) AS hi FROM d),
        c AS (
          SELECT department_id, career_level, month, lead(month) OVER w AS next,
                 sum(dh) OVER w AS h, sum(dx) OVER w AS x, sum(dr) OVER w AS r, sum(de) OVER w AS e
            FROM d WINDOW w AS (PARTITION BY department_id, career_level ORDER BY month)
        )
        SELECT g::date, c.department_id, c.career_level, c.h, c.x, c.r, c.e
          FROM c CROSS JOIN rg
         CROSS JOIN generate_series(c.month::timestamp, coalesce(c.next - interval '1 month', rg.hi::timestamp),
                                    interval '1 month') g
        UNION ALL
        SELECT g::date, f.department_id, f.career_level, 0, 0, 0, 0
          FROM (SELECT department_id, career_level, min(month) AS first FROM d GROUP BY 1, 2) f CROSS JOIN rg
         CROSS JOIN generate_series(rg.lo::timestamp, f.first - interval '1 month', interval '1 month') g
        -- In the order reads take them (a month's rows together); fillfactor leaves room for
        -- the refreshes' updates to stay on their page (HOT: no indexed column changes).
        ORDER BY 1, 2, 3;
      END $$`);

    await queryRunner.query(`
      CREATE FUNCTION coverage_refresh(person_ids uuid[]) RETURNS void
      LANGUAGE plpgsql AS $$
      DECLARE
        deltas coverage_month[];
        v_lo date;
        v_hi date;
        dlo date;
        dhi date;
      BEGIN
        IF person_ids IS NULL OR cardinality(person_ids) = 0 THEN
          RETURN;
        END IF;
        PERFORM pg_advisory_xact_lock(${COVERAGE_ROLLUP_LOCK});
        WITH old_ev AS (
          DELETE FROM coverage_person_event WHERE person_id = ANY(person_ids)
          RETURNING department_id, career_level, day, dh, dx, dr, de
        ),
        new_ev AS (
          INSERT INTO coverage_person_event ${coverageEventsSql('p.id = ANY(person_ids)')}
          RETURNING department_id, career_level, day, dh, dx, dr, de
        ),
        d AS (
          SELECT date_trunc('month', x.day)::date AS month, x.department_id, coalesce(x.career_level, '*') AS career_level,
                 sum(x.dh)::int AS dh, sum(x.dx)::int AS dx, sum(x.dr)::int AS dr, sum(x.de)::int AS de
            FROM (SELECT * FROM new_ev
                  UNION ALL
                  SELECT department_id, career_level, day, -dh, -dx, -dr, -de FROM old_ev) x
           GROUP BY GROUPING SETS ((date_trunc('month', x.day)::date, x.department_id, x.career_level),
                                   (date_trunc('month', x.day)::date, x.department_id))
          HAVING sum(x.dh) <> 0 OR sum(x.dx) <> 0 OR sum(x.dr) <> 0 OR sum(x.de) <> 0
        )
        SELECT array_agg(ROW(d.month, d.department_id, d.career_level, d.dh, d.dx, d.dr, d.de)::coverage_month)
          INTO deltas FROM d;
        IF deltas IS NULL THEN
          RETURN;
        END IF;
        SELECT min(month), max(month) INTO v_lo, v_hi FROM coverage_month;
        SELECT min(month), max(month) INTO dlo, dhi FROM unnest(deltas);
        IF v_lo IS NULL THEN
          v_lo := dlo;
          v_hi := dhi;
        ELSE
          IF dlo < v_lo THEN
            INSERT INTO coverage_month
            SELECT g::date, k.department_id, k.career_level, 0, 0, 0, 0
              FROM coverage_month k, generate_series(dlo::timestamp, v_lo - interval '1 month', interval '1 month') g
             WHERE k.month = v_lo;
            v_lo := dlo;
          END IF;
          IF dhi > v_hi THEN
            INSERT INTO coverage_month
            SELECT g::date, k.department_id, k.career_level, k.headcount, k.experienced, k.on_rotation, k.eligible
              FROM coverage_month k, generate_series(v_hi + interval '1 month', dhi, interval '1 month') g
             WHERE k.month = v_hi;
            v_hi := dhi;
          END IF;
        END IF;
        -- Keys seen for the first time: zeros over the whole range.
        INSERT INTO coverage_month
        SELECT g::date, k.department_id, k.career_level, 0, 0, 0, 0
          FROM (SELECT DISTINCT department_id, career_level FROM unnest(deltas)) k
         CROSS JOIN generate_series(v_lo::timestamp, v_hi::timestamp, interval '1 month') g
         WHERE NOT EXISTS (SELECT 1 FROM coverage_month c
                            WHERE c.month = v_lo AND c.department_id = k.department_id AND c.career_level = k.career_level);
        -- Each key's running delta, added to every month from the delta's month on.
        UPDATE coverage_month c
           SET headcount = c.headcount + s.dh, experienced = c.experienced + s.dx,
               on_rotation = c.on_rotation + s.dr, eligible = c.eligible + s.de
          FROM (SELECT g::date AS month, d.department_id, d.career_level,
                       sum(d.headcount) AS dh, sum(d.experienced) AS dx, sum(d.on_rotation) AS dr, sum(d.eligible) AS de
                  FROM unnest(deltas) d
                  JOIN generate_series(v_lo::timestamp, v_hi::timestamp, interval '1 month') g ON g::date >= d.month
                 GROUP BY 1, 2, 3) s
         WHERE c.month = s.month AND c.department_id = s.department_id AND c.career_level = s.career_level;
      END $$`);

    // One function per table: the people of the old and new rows (the transition tables are
    // named old_rows and new_rows). An UPDATE that changes nothing the rollup reads is skipped.
    const ids = (table: string, person: string, changed: string) => `
      CREATE FUNCTION coverage_on_${table}() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        -- A bulk load (the generator) defers the rollup and rebuilds it once at the end.
        IF current_setting('stint.rollups', true) = 'deferred' THEN RETURN NULL; END IF;
        IF TG_OP = 'INSERT' THEN
          PERFORM coverage_refresh(ARRAY(SELECT DISTINCT ${person} FROM new_rows n));
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM coverage_refresh(ARRAY(SELECT DISTINCT ${person.replace(/\bn\./g, 'o.')} FROM old_rows o));
        ELSE
          PERFORM coverage_refresh(ARRAY(
            SELECT ${person} FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE ${changed}
            UNION
            SELECT ${person.replace(/\bn\./g, 'o.')} FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE ${changed}));
        END IF;
        RETURN NULL;
      END $$`;
    await queryRunner.query(
      ids(
        'person',
        'n.id',
        '(n.hired_on, n.left_on, n.pm_since) IS DISTINCT FROM (o.hired_on, o.left_on, o.pm_since)',
      ),
    );
    await queryRunner.query(
      ids(
        'person_history',
        'n.person_id',
        `(n.person_id, n.valid_from, n.valid_to, n.department_id, n.career_level, n.on_leave)
           IS DISTINCT FROM (o.person_id, o.valid_from, o.valid_to, o.department_id, o.career_level, o.on_leave)`,
      ),
    );
    await queryRunner.query(
      ids(
        'rotation',
        'n.person_id',
        `(n.person_id, n.starts_on, n.ends_on, n.cancelled_at IS NULL)
           IS DISTINCT FROM (o.person_id, o.starts_on, o.ends_on, o.cancelled_at IS NULL)`,
      ),
    );
    for (const table of ['person', 'person_history', 'rotation']) {
      await queryRunner.query(`CREATE TRIGGER coverage_on_${table}_insert
        AFTER INSERT ON ${table} REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION coverage_on_${table}()`);
      await queryRunner.query(`CREATE TRIGGER coverage_on_${table}_update
        AFTER UPDATE ON ${table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION coverage_on_${table}()`);
      await queryRunner.query(`CREATE TRIGGER coverage_on_${table}_delete
        AFTER DELETE ON ${table} REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION coverage_on_${table}()`);
    }
    // A new policy version changes everyone's eligible days: rebuild.
    await queryRunner.query(`
      CREATE FUNCTION coverage_on_policy() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        -- A bulk load (the generator) defers the rollup and rebuilds it once at the end.
        IF current_setting('stint.rollups', true) = 'deferred' THEN RETURN NULL; END IF;
        PERFORM analytics_rebuild_coverage();
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER coverage_on_policy
      AFTER INSERT OR UPDATE OR DELETE ON eligibility_policy
      FOR EACH STATEMENT EXECUTE FUNCTION coverage_on_policy()`);

    await queryRunner.query(`SELECT analytics_rebuild_coverage()`);
    await queryRunner.query(`ANALYZE coverage_month, coverage_person_event`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER coverage_on_policy ON eligibility_policy`);
    await queryRunner.query(`DROP FUNCTION coverage_on_policy()`);
    for (const table of ['person', 'person_history', 'rotation']) {
      for (const op of ['insert', 'update', 'delete']) {
        await queryRunner.query(`DROP TRIGGER coverage_on_${table}_${op} ON ${table}`);
      }
      await queryRunner.query(`DROP FUNCTION coverage_on_${table}()`);
    }
    await queryRunner.query(`DROP FUNCTION coverage_refresh(uuid[])`);
    await queryRunner.query(`DROP FUNCTION analytics_rebuild_coverage()`);
    await queryRunner.query(`DROP INDEX person_left_on_idx`);
    await queryRunner.query(`DROP INDEX rotation_person_active_idx`);
    await queryRunner.query(`DROP TABLE coverage_month`);
    await queryRunner.query(`DROP TABLE coverage_person_event`);
    await queryRunner.query(`DROP FUNCTION coverage_window_start(date, int)`);
  }
}
