import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createPersonRollupTriggers, dropPersonRollupTriggers } from './person-rollup-triggers';

/** The tables whose writes change spans, and the column naming the person. */
const OUTCOME_TRIGGER_TABLES = [
  ['person', 'id'],
  ['person_history', 'person_id'],
  ['rotation', 'person_id'],
] as const;

/** The career levels, lowest first, as of this migration. */
const LEVELS = `ARRAY['PROJECT_COORDINATOR', 'PROJECT_MANAGER', 'SENIOR_PROJECT_MANAGER', 'PROGRAM_MANAGER', 'PORTFOLIO_MANAGER']::text[]`;

/**
 * outcomes reads a rollup of comparison spans (docs/decisions.md, "Outcomes reads a rollup of
 * comparison spans") instead of deriving them from person, person_history and rotation on every
 * request. `outcome_span` has one row per person_history stretch:
 * - `lo`/`hi`: the half-open span in which the person can stand in the comparison group (holding
 *   the stretch while employed, until it ends, they leave or their first non-cancelled rotation
 *   starts; `hi` NULL = no end; empty when `hi <= lo`);
 * - `promoted_on`: the start of the first later stretch at a higher level (not bounded by any
 *   `asOf`: the read keeps it only when it is on or before its `asOf`), with its month number
 *   and day (`promoted_month`, `promoted_day`) precomputed, and likewise the person's `left_on`;
 * - `first_start`: the person's first non-cancelled rotation's start.
 * `outcome_span_refresh(person_ids)` recomputes the given people's rows from `outcome_span_source`
 * (a view over the base tables); statement-level triggers on person, person_history and rotation
 * call it with the people their old and new rows name, under one transaction-scoped advisory
 * lock so that concurrent writers take turns. `analytics_rebuild_outcomes()` recomputes it all.
 * Also an index of rotations by person and start.
 */
export class AddedOutcomesRollup1764400004000 implements MigrationInterface {
  name = 'AddedOutcomesRollup1764400004000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE outcome_span (
        person_id      uuid NOT NULL,
        valid_from     date NOT NULL,
        valid_to       date,
        department_id  uuid NOT NULL,
        career_level   text NOT NULL,
        lo             date NOT NULL,
        hi             date,
        left_on        date,
        left_month     integer,
        left_day       integer,
        first_start    date,
        promoted_on    date,
        promoted_month integer,
        promoted_day   integer,
        PRIMARY KEY (person_id, valid_from)
      )`);
    // The comparison group of a cohort: the non-empty spans of its department and level.
    await queryRunner.query(
      `CREATE INDEX outcome_span_group_idx ON outcome_span (department_id, career_level, lo) WHERE hi IS NULL OR hi > lo`,
    );

    // A person's non-cancelled rotations by start: the first one (for the rollup) and whether
    // one holds a day (outcomes' "in a seat three months on"), where the GiST index of the
    // no-overlap constraint took ~7 times as long per probe.
    await queryRunner.query(
      `CREATE INDEX rotation_person_starts_idx ON rotation (person_id, starts_on) INCLUDE (ends_on) WHERE cancelled_at IS NULL`,
    );

    // Each stretch's row, from the base tables (filter it by person_id: the filter reaches
    // person_history's index).
    await queryRunner.query(`
      CREATE VIEW outcome_span_source AS
      SELECT x.*,
             extract(year FROM x.left_on)::int * 12 + extract(month FROM x.left_on)::int AS left_month,
             extract(day FROM x.left_on)::int AS left_day,
             extract(year FROM x.promoted_on)::int * 12 + extract(month FROM x.promoted_on)::int AS promoted_month,
             extract(day FROM x.promoted_on)::int AS promoted_day
        FROM (
          SELECT h.person_id, h.valid_from, h.valid_to, h.department_id, h.career_level,
                 greatest(h.valid_from, p.hired_on) AS lo, least(h.valid_to, p.left_on, f.first_start) AS hi,
                 p.left_on, f.first_start, pr.promoted_on
            FROM person_history h
            JOIN person p ON p.id = h.person_id
            -- Joined laterally (not as scalar subqueries), so each is computed once per row.
            LEFT JOIN LATERAL (SELECT min(r.starts_on) AS first_start FROM rotation r
                                WHERE r.person_id = h.person_id AND r.cancelled_at IS NULL) f ON true
            LEFT JOIN LATERAL (
              SELECT min(n.valid_from) AS promoted_on FROM person_history n
               WHERE n.person_id = h.person_id AND n.valid_from > h.valid_from
                 AND array_position(${LEVELS}, n.career_level) > array_position(${LEVELS}, h.career_level)
            ) pr ON true
        ) x`);

    await queryRunner.query(`
      CREATE FUNCTION outcome_span_refresh(person_ids uuid[]) RETURNS void LANGUAGE plpgsql
      SET jit = off AS $$
      BEGIN
        IF person_ids IS NULL OR cardinality(person_ids) = 0 THEN
          RETURN;
        END IF;
        -- One writer at a time: every statement below reads a snapshot taken after this lock,
        -- so it sees the rollup and the base rows of every writer that held it before.
        PERFORM pg_advisory_xact_lock(hashtext('stint.outcomes'));
        DELETE FROM outcome_span WHERE person_id = ANY(person_ids);
        INSERT INTO outcome_span (person_id, valid_from, valid_to, department_id, career_level, lo, hi,
                                  left_on, left_month, left_day, first_start, promoted_on, promoted_month, promoted_day)
        SELECT person_id, valid_from, valid_to, department_id, career_level, lo, hi,
               left_on, left_month, left_day, first_start, promoted_on, promoted_month, promoted_day
          FROM outcome_span_source WHERE person_id = ANY(person_ids);
      END $$`);

    await queryRunner.query(`
      CREATE FUNCTION analytics_rebuild_outcomes() RETURNS void LANGUAGE sql AS $$
        SELECT pg_advisory_xact_lock(hashtext('stint.outcomes'));
        DELETE FROM outcome_span;
        INSERT INTO outcome_span (person_id, valid_from, valid_to, department_id, career_level, lo, hi,
                                  left_on, left_month, left_day, first_start, promoted_on, promoted_month, promoted_day)
        SELECT person_id, valid_from, valid_to, department_id, career_level, lo, hi,
               left_on, left_month, left_day, first_start, promoted_on, promoted_month, promoted_day
          FROM outcome_span_source;
      $$`);

    // The people a statement's old and new rows name (`id` on person, `person_id` elsewhere).
    await createPersonRollupTriggers(
      queryRunner,
      'outcome_span',
      'outcome_span_refresh',
      OUTCOME_TRIGGER_TABLES,
    );

    await queryRunner.query(`SELECT analytics_rebuild_outcomes()`);
    await queryRunner.query(`ANALYZE outcome_span`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await dropPersonRollupTriggers(queryRunner, 'outcome_span', OUTCOME_TRIGGER_TABLES);
    await queryRunner.query(`DROP FUNCTION analytics_rebuild_outcomes()`);
    await queryRunner.query(`DROP FUNCTION outcome_span_refresh(uuid[])`);
    await queryRunner.query(`DROP VIEW outcome_span_source`);
    await queryRunner.query(`DROP TABLE outcome_span`);
    await queryRunner.query(`DROP INDEX rotation_person_starts_idx`);
  }
}
