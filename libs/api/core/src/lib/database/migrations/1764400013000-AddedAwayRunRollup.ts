import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  createPersonRollupRefresh,
  createPersonRollupTriggers,
  dropPersonRollupTriggers,
} from './person-rollup-triggers';

/** The tables whose writes change away runs, and the column naming the person. */
const AWAY_TRIGGER_TABLES = [
  ['person_history', 'person_id'],
  ['rotation', 'person_id'],
] as const;

/** A date's month as one integer (year × 12 + month), so that months are consecutive integers. */
const monthNo = (d: string) =>
  `(extract(year FROM ${d})::int * 12 + extract(month FROM ${d})::int)`;

/**
 * AWAY_CAP's counts read a rollup of away runs (docs/decisions.md, "Candidates read a rollup of
 * away runs"). SPEC §3 counts a department's people away in a month as those holding a stretch
 * in it on the month's last day (not cut to employment) with a non-cancelled rotation touching
 * the month. `away_run` has one row per person, department and run of consecutive months in
 * which that holds: `lo` and `hi` (exclusive) are month numbers (year × 12 + month). The months
 * on whose last day a stretch [valid_from, valid_to) is held are [month of valid_from, month of
 * valid_to); a person's runs never overlap (their stretches do not), so (person_id, lo) is a key.
 * Nothing in a row depends on a question: a window's counts per department and month are +1 at
 * each run's first month in the window and -1 after its last (candidates.sql.ts).
 * `away_run_source(person_ids)` computes the given people's rows from the base tables;
 * `away_run_refresh(person_ids)` replaces them under one transaction-scoped advisory lock, so
 * that concurrent writers take turns; statement-level triggers on person_history and rotation
 * call it with the people their old and new rows name (person's own columns do not enter).
 * `analytics_rebuild_away()` recomputes it all.
 */
export class AddedAwayRunRollup1764400013000 implements MigrationInterface {
  name = 'AddedAwayRunRollup1764400013000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE away_run (
        person_id     uuid NOT NULL,
        lo            int NOT NULL,
        hi            int NOT NULL,
        department_id uuid NOT NULL,
        PRIMARY KEY (person_id, lo),
        CHECK (lo < hi)
      )`);
    // A window's runs: those ending after its first month (few start after its last).
    await queryRunner.query(
      `CREATE INDEX away_run_hi_idx ON away_run (hi) INCLUDE (lo, department_id)`,
    );

    await queryRunner.query(`
      CREATE FUNCTION away_run_source(person_ids uuid[])
      RETURNS SETOF away_run LANGUAGE sql STABLE AS $$
        WITH away AS (
          -- Each person's months touched by a non-cancelled rotation (two rotations can touch one month).
          SELECT r.person_id, range_agg(int4range(${monthNo('r.starts_on')}, ${monthNo('r.ends_on')} + 1)) AS months
            FROM rotation r
           WHERE r.cancelled_at IS NULL AND r.person_id = ANY(person_ids)
           GROUP BY r.person_id
        )
        SELECT x.person_id, lower(u.run), upper(u.run), x.department_id
          FROM (SELECT a.person_id, h.department_id,
                       range_agg(a.months * int4multirange(int4range(${monthNo('h.valid_from')}, ${monthNo('h.valid_to')}))) AS months
                  FROM away a JOIN person_history h ON h.person_id = a.person_id
                 GROUP BY a.person_id, h.department_id) x
         CROSS JOIN LATERAL unnest(x.months) AS u(run)
      $$`);

    await createPersonRollupRefresh(queryRunner, 'away_run', 'stint.away');

    await queryRunner.query(`
      CREATE FUNCTION analytics_rebuild_away() RETURNS void LANGUAGE sql AS $$
        SELECT pg_advisory_xact_lock(hashtext('stint.away'));
        DELETE FROM away_run;
        -- In the order a window reads them, so that its rows share heap pages.
        INSERT INTO away_run SELECT * FROM away_run_source(ARRAY(SELECT DISTINCT person_id FROM rotation)) ORDER BY hi;
      $$`);

    await createPersonRollupTriggers(
      queryRunner,
      'away_run',
      'away_run_refresh',
      AWAY_TRIGGER_TABLES,
    );

    await queryRunner.query(`SELECT analytics_rebuild_away()`);
    await queryRunner.query(`ANALYZE away_run`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await dropPersonRollupTriggers(queryRunner, 'away_run', AWAY_TRIGGER_TABLES);
    await queryRunner.query(`DROP FUNCTION analytics_rebuild_away()`);
    await queryRunner.query(`DROP FUNCTION away_run_refresh(uuid[])`);
    await queryRunner.query(`DROP FUNCTION away_run_source(uuid[])`);
    await queryRunner.query(`DROP TABLE away_run`);
  }
}
