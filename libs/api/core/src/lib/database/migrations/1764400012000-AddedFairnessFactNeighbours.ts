import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  FAIRNESS_FACT_SOURCE_SQL,
  FAIRNESS_RUNS_CTE,
  fairnessFactsCte,
} from './1764400006000-AddedFairnessRollup';

/**
 * fairness counts each fact on its own (docs/decisions.md, "Fairness reads a rollup of person
 * facts"): instead of joining a period's requesters, placed people and leavers by person and
 * probing person_history for the group of most of those whose group changed, each fact row now
 * also carries what those joins and probes found, none of it depending on the period:
 * - on start and leave rows, the person's latest request day on or before the row's day
 *   (`request_le`) and earliest after it (`request_gt`): with the row's day in [from, to], the
 *   person asked in the period exactly when request_le >= from or request_gt <= to;
 * - on request and leave rows, the same for the person's non-cancelled starts (`start_le`,
 *   `start_gt`): placed in the period;
 * - on request and start rows, the run of stretches after the row's (`next_department_id`,
 *   `next_career_level`, from `next_from` to `next_until`, NULL = open; all NULL when there is
 *   none or no stretch holds the row's day): the group on a day past `group_until` is known
 *   without a lookup unless a third run starts by then.
 * Columns that a kind does not need stay NULL. `days` becomes double precision: the median
 * (percentile_cont) takes double precision, and casting each decision's numeric days on every
 * read cost more than the sorting (the same value: the cast is now made once, when written). fairness_fact_source computes them from the same
 * base rows as before (the person's requests, starts and history), so the triggers, refresh and
 * rebuild keep them right unchanged. The (kind, day) index gives way to one covering index per
 * kind, each holding what the statement reads of that kind (index-only scans); every row is in
 * exactly one of them, as it was in the one before.
 */
export class AddedFairnessFactNeighbours1764400012000 implements MigrationInterface {
  name = 'AddedFairnessFactNeighbours1764400012000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE fairness_fact
        ADD COLUMN request_le date, ADD COLUMN request_gt date,
        ADD COLUMN start_le date, ADD COLUMN start_gt date,
        ADD COLUMN next_department_id uuid, ADD COLUMN next_career_level text,
        ADD COLUMN next_from date, ADD COLUMN next_until date,
        ALTER COLUMN days TYPE double precision`);

    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION fairness_fact_source(person_ids uuid[])
      RETURNS SETOF fairness_fact LANGUAGE sql STABLE AS $$
      WITH ${FAIRNESS_RUNS_CTE},
      run AS (
        -- each run (until NULL = open) with the one after it
        SELECT r.*, lead(r.department_id) OVER w AS next_department_id, lead(r.career_level) OVER w AS next_career_level,
               lead(r.run_from) OVER w AS next_from, lead(r.group_until) OVER w AS next_until
          FROM (SELECT person_id, run_no, department_id, career_level, min(valid_from) AS run_from,
                       CASE WHEN bool_or(valid_to IS NULL) THEN NULL ELSE max(valid_to) END AS group_until
                  FROM runs GROUP BY person_id, run_no, department_id, career_level) r
        WINDOW w AS (PARTITION BY r.person_id ORDER BY r.run_no)
      ),
      stretch AS (
        SELECT s.person_id, s.valid_from, s.valid_to, r.department_id, r.career_level, r.group_until,
               r.next_department_id, r.next_career_level, r.next_from, r.next_until
          FROM runs s JOIN run r ON r.person_id = s.person_id AND r.run_no = s.run_no
      ),
      ${fairnessFactsCte('(extract(epoch FROM rq.decided_at - rq.submitted_at) / 86400)::float8')},
      around AS (
        -- The person's latest request (start) on or before each fact's day — those of the same
        -- day sort first — and the earliest after it.
        SELECT f.*,
               max(f.day) FILTER (WHERE f.kind = 'request') OVER (PARTITION BY f.person_id ORDER BY f.day, f.kind = 'request' DESC
                                                                   ROWS UNBOUNDED PRECEDING) AS request_le,
               min(f.day) FILTER (WHERE f.kind = 'request') OVER (PARTITION BY f.person_id ORDER BY f.day, f.kind = 'request' DESC
                                                                   ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS request_gt,
               max(f.day) FILTER (WHERE f.kind = 'start') OVER (PARTITION BY f.person_id ORDER BY f.day, f.kind = 'start' DESC
                                                                 ROWS UNBOUNDED PRECEDING) AS start_le,
               min(f.day) FILTER (WHERE f.kind = 'start') OVER (PARTITION BY f.person_id ORDER BY f.day, f.kind = 'start' DESC
                                                                 ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS start_gt
          FROM facts f
      )
      SELECT f.kind, f.source_id, f.person_id, f.day, f.prev_day, s.department_id, s.career_level, s.group_until,
             f.status, f.decided_day, f.days, p.hired_on, p.left_on,
             CASE WHEN f.kind <> 'request' THEN f.request_le END, CASE WHEN f.kind <> 'request' THEN f.request_gt END,
             CASE WHEN f.kind <> 'start' THEN f.start_le END, CASE WHEN f.kind <> 'start' THEN f.start_gt END,
             CASE WHEN f.kind <> 'leave' THEN s.next_department_id END, CASE WHEN f.kind <> 'leave' THEN s.next_career_level END,
             CASE WHEN f.kind <> 'leave' THEN s.next_from END, CASE WHEN f.kind <> 'leave' THEN s.next_until END
        FROM around f
        JOIN person p ON p.id = f.person_id
        CROSS JOIN LATERAL (SELECT greatest(p.hired_on, CASE WHEN f.kind = 'leave' THEN f.day - 1 ELSE f.day END) AS on_day) a
        LEFT JOIN stretch s ON s.person_id = f.person_id
         AND s.valid_from <= a.on_day AND (s.valid_to IS NULL OR s.valid_to > a.on_day)
      $$`);

    // What FAIRNESS_SQL reads of each kind, so that its ranges are index-only scans.
    await queryRunner.query(`DROP INDEX fairness_fact_day_idx`);
    await queryRunner.query(
      `CREATE INDEX fairness_fact_request_idx ON fairness_fact (day)
         INCLUDE (prev_day, hired_on, left_on, department_id, career_level, group_until,
                  next_department_id, next_career_level, next_from, next_until, start_le, start_gt, person_id)
         WHERE kind = 'request'`,
    );
    await queryRunner.query(
      `CREATE INDEX fairness_fact_start_idx ON fairness_fact (day)
         INCLUDE (prev_day, hired_on, left_on, department_id, career_level, group_until,
                  next_department_id, next_career_level, next_from, next_until, request_le, request_gt, person_id)
         WHERE kind = 'start'`,
    );
    await queryRunner.query(
      `CREATE INDEX fairness_fact_leave_idx ON fairness_fact (day)
         INCLUDE (hired_on, department_id, career_level, request_le, request_gt, start_le, start_gt)
         WHERE kind = 'leave'`,
    );

    await queryRunner.query(`SELECT analytics_rebuild_fairness()`);
    await queryRunner.query(`ANALYZE fairness_fact`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION fairness_fact_source(uuid[])`);
    for (const kind of ['request', 'start', 'leave']) {
      await queryRunner.query(`DROP INDEX fairness_fact_${kind}_idx`);
    }
    await queryRunner.query(`
      ALTER TABLE fairness_fact
        DROP COLUMN request_le, DROP COLUMN request_gt, DROP COLUMN start_le, DROP COLUMN start_gt,
        DROP COLUMN next_department_id, DROP COLUMN next_career_level, DROP COLUMN next_from, DROP COLUMN next_until,
        ALTER COLUMN days TYPE numeric`);
    await queryRunner.query(FAIRNESS_FACT_SOURCE_SQL);
    await queryRunner.query(
      `CREATE INDEX fairness_fact_day_idx ON fairness_fact (kind, day)
         INCLUDE (person_id, prev_day, department_id, career_level, group_until, hired_on, left_on)`,
    );
    await queryRunner.query(`SELECT analytics_rebuild_fairness()`);
    await queryRunner.query(`ANALYZE fairness_fact`);
  }
}
