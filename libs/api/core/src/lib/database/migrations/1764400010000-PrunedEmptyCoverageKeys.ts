import type { MigrationInterface, QueryRunner } from 'typeorm';
import { COVERAGE_ROLLUP_LOCK } from './1764400001000-AddedCoverageRollup';

/**
 * Deletes the coverage_month rows of those (department, level) keys among `keys` (a query of
 * department_id, career_level) whose every month is zero.
 */
function pruneSql(keys: string): string {
  return `DELETE FROM coverage_month c
     USING (SELECT DISTINCT q.department_id, q.career_level FROM (${keys}) q) k
     WHERE c.department_id = k.department_id AND c.career_level = k.career_level
       AND NOT EXISTS (SELECT 1 FROM coverage_month z
                        WHERE z.department_id = k.department_id AND z.career_level = k.career_level
                          AND (z.headcount, z.experienced, z.on_rotation, z.eligible) <> (0, 0, 0, 0))`;
}

/**
 * One canonical coverage_month (docs/decisions.md, "Coverage reads a history-aware rollup"): a
 * (department, level) whose values are zero in every month has no rows, however it got there, and
 * the months run from the first event's month to the last's (the range used to only grow: a
 * cancelled last rotation left months a rebuild does not write).
 * Before, the triggers kept a key once seen — a person moved out of the only stretch at their
 * level in a department left that key's rows at zero — while a rebuild wrote keys only for
 * departments and levels with events (even events that net to zero within a month). Reads were
 * the same either way (a missing key reads as zero), but the maintained table and a rebuild
 * differed, which the property test rightly reported. Now the refresh prunes the keys of the
 * people's events before and after it, and the rebuild prunes every all-zero key.
 *
 * The original functions keep their bodies under new names; the public names wrap them, so the
 * triggers (which call coverage_refresh and analytics_rebuild_coverage by name) are unchanged.
 */
export class PrunedEmptyCoverageKeys1764400010000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER FUNCTION coverage_refresh(uuid[]) RENAME TO coverage_refresh_events`,
    );
    await queryRunner.query(
      `ALTER FUNCTION analytics_rebuild_coverage() RENAME TO coverage_rebuild_all`,
    );
    await queryRunner.query(`
      CREATE FUNCTION coverage_refresh(person_ids uuid[]) RETURNS void
      LANGUAGE plpgsql SET jit = off AS $$
      DECLARE
        depts uuid[];
        levels text[];
      BEGIN
        -- The lock coverage_refresh_events takes (again there, a no-op), first: the events read
        -- here are the ones it replaces.
        PERFORM pg_advisory_xact_lock(${COVERAGE_ROLLUP_LOCK});
        SELECT array_agg(department_id), array_agg(career_level) INTO depts, levels
          FROM (SELECT DISTINCT department_id, career_level FROM coverage_person_event
                 WHERE person_id = ANY(person_ids)) x;
        PERFORM coverage_refresh_events(person_ids);
        -- The keys of their events before and after, and those departments' totals ('*').
        ${pruneSql(`SELECT a.department_id, l.career_level
                      FROM (SELECT u.department_id, u.career_level FROM unnest(depts, levels) AS u(department_id, career_level)
                            UNION
                            SELECT e.department_id, e.career_level FROM coverage_person_event e
                             WHERE e.person_id = ANY(person_ids)) a
                     CROSS JOIN LATERAL (VALUES (a.career_level), ('*')) AS l(career_level)`)};
        -- And the months from the first event's to the last's, as a rebuild writes them: months
        -- before hold zeros and months after the last month's values, which is what reads take
        -- outside the range anyway.
        DELETE FROM coverage_month
         WHERE month < (SELECT date_trunc('month', min(day))::date FROM coverage_person_event)
            OR month > (SELECT date_trunc('month', max(day))::date FROM coverage_person_event);
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION analytics_rebuild_coverage() RETURNS void
      LANGUAGE plpgsql SET work_mem = '256MB' SET jit = off AS $$
      BEGIN
        PERFORM coverage_rebuild_all();
        ${pruneSql('SELECT department_id, career_level FROM coverage_month')};
      END $$`);
    await queryRunner.query(`SELECT analytics_rebuild_coverage()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION analytics_rebuild_coverage()`);
    await queryRunner.query(`DROP FUNCTION coverage_refresh(uuid[])`);
    await queryRunner.query(
      `ALTER FUNCTION coverage_rebuild_all() RENAME TO analytics_rebuild_coverage`,
    );
    await queryRunner.query(
      `ALTER FUNCTION coverage_refresh_events(uuid[]) RENAME TO coverage_refresh`,
    );
  }
}
