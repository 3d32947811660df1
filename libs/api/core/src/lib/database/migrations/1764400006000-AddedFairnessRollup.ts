import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  createPersonRollupRefresh,
  createPersonRollupTriggers,
  dropPersonRollupTriggers,
} from './person-rollup-triggers';

/** The tables whose writes change facts, and the column naming the person. */
const FAIRNESS_TRIGGER_TABLES = [
  ['person', 'id'],
  ['person_history', 'person_id'],
  ['rotation', 'person_id'],
  ['rotation_request', 'person_id'],
] as const;

/**
 * The CTE `runs`: the given people's person_history rows (`person_ids`), each with the number of
 * its run (a new one wherever the department or level changes or a gap opens).
 */
export const FAIRNESS_RUNS_CTE = `runs AS (
        -- person_history with a new run number wherever the department or level changes or a
        -- gap opens
        SELECT b.*, sum(b.brk) OVER (PARTITION BY b.person_id ORDER BY b.valid_from) AS run_no
          FROM (SELECT h.person_id, h.valid_from, h.valid_to, h.department_id, h.career_level,
                       CASE WHEN lag(h.valid_to) OVER w = h.valid_from AND lag(h.department_id) OVER w = h.department_id
                                 AND lag(h.career_level) OVER w = h.career_level THEN 0 ELSE 1 END AS brk
                  FROM person_history h WHERE h.person_id = ANY(person_ids)
                WINDOW w AS (PARTITION BY h.person_id ORDER BY h.valid_from)) b
      )`;

/**
 * The CTE `facts`: the given people's requests, non-cancelled starts and leavings (kind, source_id,
 * person_id, day, prev_day, status, decided_day, days), `days` the SQL for a decided request's days.
 */
export function fairnessFactsCte(days: string): string {
  return `facts AS (
        SELECT 'request' AS kind, rq.id AS source_id, rq.person_id, (rq.submitted_at AT TIME ZONE 'UTC')::date AS day,
               lag((rq.submitted_at AT TIME ZONE 'UTC')::date) OVER (PARTITION BY rq.person_id ORDER BY rq.submitted_at, rq.id) AS prev_day,
               rq.status,
               CASE WHEN rq.status IN ('APPROVED', 'DECLINED') THEN (rq.decided_at AT TIME ZONE 'UTC')::date END AS decided_day,
               CASE WHEN rq.status IN ('APPROVED', 'DECLINED') THEN ${days} END AS days
          FROM rotation_request rq WHERE rq.person_id = ANY(person_ids)
        UNION ALL
        SELECT 'start', r.id, r.person_id, r.starts_on,
               lag(r.starts_on) OVER (PARTITION BY r.person_id ORDER BY r.starts_on, r.id), NULL, NULL, NULL
          FROM rotation r WHERE r.cancelled_at IS NULL AND r.person_id = ANY(person_ids)
        UNION ALL
        SELECT 'leave', p.id, p.id, p.left_on, NULL, NULL, NULL, NULL
          FROM person p WHERE p.left_on IS NOT NULL AND p.id = ANY(person_ids)
      )`;
}

/**
 * `fairness_fact_source(person_ids)` as this migration made it (a later one replaces it and
 * restores this one on the way down).
 */
export const FAIRNESS_FACT_SOURCE_SQL = `
      CREATE FUNCTION fairness_fact_source(person_ids uuid[])
      RETURNS SETOF fairness_fact LANGUAGE sql STABLE AS $$
      WITH ${FAIRNESS_RUNS_CTE},
      stretch AS (
        SELECT person_id, valid_from, valid_to, department_id, career_level,
               CASE WHEN bool_or(valid_to IS NULL) OVER run THEN NULL ELSE max(valid_to) OVER run END AS group_until
          FROM runs WINDOW run AS (PARTITION BY person_id, run_no)
      ),
      ${fairnessFactsCte('extract(epoch FROM rq.decided_at - rq.submitted_at) / 86400')}
      SELECT f.kind, f.source_id, f.person_id, f.day, f.prev_day, s.department_id, s.career_level, s.group_until,
             f.status, f.decided_day, f.days, p.hired_on, p.left_on
        FROM facts f
        JOIN person p ON p.id = f.person_id
        CROSS JOIN LATERAL (SELECT greatest(p.hired_on, CASE WHEN f.kind = 'leave' THEN f.day - 1 ELSE f.day END) AS on_day) a
        LEFT JOIN stretch s ON s.person_id = f.person_id
         AND s.valid_from <= a.on_day AND (s.valid_to IS NULL OR s.valid_to > a.on_day)
      $$`;

/**
 * fairness reads a rollup of per-person facts (docs/decisions.md, "Fairness reads a rollup of
 * person facts") instead of resolving the period's requesters, leavers and placed people against
 * person_history on every request. `fairness_fact` has one row per
 * - rotation request (`kind` 'request', `source_id` the request): `day` its submission's UTC
 *   date, `prev_day` the person's previous request's (by submitted_at, id; NULL: the first), its
 *   status, and when APPROVED or DECLINED its decision's UTC date and the days it took;
 * - non-cancelled rotation (`kind` 'start', `source_id` the rotation): `day` its start,
 *   `prev_day` the person's previous one's (by starts_on, id);
 * - person who left (`kind` 'leave', `source_id` the person): `day` left_on;
 * each with the department and level the person held (person_history) on the row's day —
 * left_on - 1 for a leave —, or hired_on when that is later, NULL when no stretch holds it, and
 * `group_until`: the end of the gapless run of stretches in that department and level (NULL =
 * open), so that the group on a later day before it is known without a lookup; and the person's
 * hired_on and left_on. Nothing in a row depends on the period asked about.
 * `fairness_fact_source(person_ids)` computes the given people's rows from the base tables;
 * `fairness_fact_refresh(person_ids)` replaces them, under one transaction-scoped advisory lock
 * so that concurrent writers take turns; statement-level triggers on person, person_history,
 * rotation and rotation_request call it with the people their old and new rows name.
 * `analytics_rebuild_fairness()` recomputes it all.
 */
export class AddedFairnessRollup1764400006000 implements MigrationInterface {
  name = 'AddedFairnessRollup1764400006000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE fairness_fact (
        kind          text NOT NULL,
        source_id     uuid NOT NULL,
        person_id     uuid NOT NULL,
        day           date NOT NULL,
        prev_day      date,
        department_id uuid,
        career_level  text,
        group_until   date,
        status        text,
        decided_day   date,
        days          numeric,
        hired_on      date NOT NULL,
        left_on       date,
        PRIMARY KEY (kind, source_id)
      )`);
    // A period's requests, starts and leaves: index range scans.
    await queryRunner.query(
      `CREATE INDEX fairness_fact_day_idx ON fairness_fact (kind, day)
         INCLUDE (person_id, prev_day, department_id, career_level, group_until, hired_on, left_on)`,
    );
    // A period's decisions.
    await queryRunner.query(
      `CREATE INDEX fairness_fact_decided_idx ON fairness_fact (decided_day)
         INCLUDE (department_id, career_level, status, days, hired_on, left_on) WHERE decided_day IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX fairness_fact_person_idx ON fairness_fact (person_id)`);

    await queryRunner.query(FAIRNESS_FACT_SOURCE_SQL);

    await createPersonRollupRefresh(queryRunner, 'fairness_fact', 'stint.fairness');

    await queryRunner.query(`
      CREATE FUNCTION analytics_rebuild_fairness() RETURNS void LANGUAGE sql AS $$
        SELECT pg_advisory_xact_lock(hashtext('stint.fairness'));
        DELETE FROM fairness_fact;
        -- In the order the statement reads ranges in, so that a period's rows share heap pages.
        INSERT INTO fairness_fact SELECT * FROM fairness_fact_source(ARRAY(SELECT id FROM person)) ORDER BY kind, day;
      $$`);

    // The people a statement's old and new rows name (`id` on person, `person_id` elsewhere).
    await createPersonRollupTriggers(
      queryRunner,
      'fairness_fact',
      'fairness_fact_refresh',
      FAIRNESS_TRIGGER_TABLES,
    );

    await queryRunner.query(`SELECT analytics_rebuild_fairness()`);
    await queryRunner.query(`ANALYZE fairness_fact`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await dropPersonRollupTriggers(queryRunner, 'fairness_fact', FAIRNESS_TRIGGER_TABLES);
    await queryRunner.query(`DROP FUNCTION analytics_rebuild_fairness()`);
    await queryRunner.query(`DROP FUNCTION fairness_fact_refresh(uuid[])`);
    await queryRunner.query(`DROP FUNCTION fairness_fact_source(uuid[])`);
    await queryRunner.query(`DROP TABLE fairness_fact`);
  }
}
