import type { MigrationInterface, QueryRunner } from 'typeorm';

const SPAN_COLUMNS = `person_id, valid_from, valid_to, department_id, career_level, lo, hi,
               left_on, left_month, left_day, first_start, promoted_on, promoted_month, promoted_day`;

/** Every span recomputed from the base tables (as migration 1764400004000 left the rebuild). */
const REBUILD_SPANS = `
        SELECT pg_advisory_xact_lock(hashtext('stint.outcomes'));
        DELETE FROM outcome_span;
        INSERT INTO outcome_span (${SPAN_COLUMNS})
        SELECT ${SPAN_COLUMNS}
          FROM outcome_span_source;`;

/** The non-empty spans of the groups in `k` (department_id, career_level), grouped, bounds sorted. */
const BOUNDS_OF = (k: string) => `
  SELECT s.department_id, s.career_level, array_agg(s.lo ORDER BY s.lo) AS los,
         coalesce(array_agg(s.hi ORDER BY s.hi) FILTER (WHERE s.hi IS NOT NULL), '{}') AS his
    FROM ${k}
    JOIN outcome_span s ON s.department_id = k.department_id AND s.career_level = k.career_level
     AND (s.hi IS NULL OR s.hi > s.lo)
   GROUP BY s.department_id, s.career_level`;

/**
 * outcomes counts how many comparison spans of a (department, level) hold a return date by two
 * binary searches over the group's sorted span starts and ends (docs/decisions.md, "Outcomes
 * reads a rollup of comparison spans", "Outcomes keeps each group's sorted span bounds"). They do
 * not depend on the question, so `outcome_span_bounds` keeps them: one row per (department,
 * level) with a non-empty span, `los` its spans' starts and `his` their ends (NULL ends left
 * out), both sorted. `outcome_span_refresh(person_ids)` recomputes, under the same advisory lock,
 * the bounds of every group the people's old and new stretches are in; `analytics_rebuild_outcomes()`
 * rebuilds both tables.
 */
export class AddedOutcomeSpanBounds1764400005000 implements MigrationInterface {
  name = 'AddedOutcomeSpanBounds1764400005000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE outcome_span_bounds (
        department_id uuid NOT NULL,
        career_level  text NOT NULL,
        los           date[] NOT NULL,
        his           date[] NOT NULL,
        PRIMARY KEY (department_id, career_level)
      )`);

    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION outcome_span_refresh(person_ids uuid[]) RETURNS void LANGUAGE plpgsql
      SET jit = off AS $$
      DECLARE
        deps uuid[];
        levels text[];
      BEGIN
        IF person_ids IS NULL OR cardinality(person_ids) = 0 THEN
          RETURN;
        END IF;
        -- One writer at a time: every statement below reads a snapshot taken after this lock,
        -- so it sees the rollup and the base rows of every writer that held it before.
        PERFORM pg_advisory_xact_lock(hashtext('stint.outcomes'));
        WITH gone AS (DELETE FROM outcome_span WHERE person_id = ANY(person_ids) RETURNING department_id, career_level)
        SELECT array_agg(department_id), array_agg(career_level) INTO deps, levels FROM gone;
        INSERT INTO outcome_span (${SPAN_COLUMNS})
        SELECT ${SPAN_COLUMNS}
          FROM outcome_span_source WHERE person_id = ANY(person_ids);
        -- The groups of the people's old and new stretches: their bounds, recomputed.
        SELECT coalesce(deps, '{}') || array_agg(department_id), coalesce(levels, '{}') || array_agg(career_level)
          INTO deps, levels
          FROM outcome_span WHERE person_id = ANY(person_ids);
        DELETE FROM outcome_span_bounds b USING unnest(deps, levels) AS k(department_id, career_level)
         WHERE b.department_id = k.department_id AND b.career_level = k.career_level;
        INSERT INTO outcome_span_bounds (department_id, career_level, los, his)
        ${BOUNDS_OF('(SELECT DISTINCT * FROM unnest(deps, levels) AS u(department_id, career_level)) k')};
      END $$`);

    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION analytics_rebuild_outcomes() RETURNS void LANGUAGE sql AS $$${REBUILD_SPANS}
        DELETE FROM outcome_span_bounds;
        INSERT INTO outcome_span_bounds (department_id, career_level, los, his)
        ${BOUNDS_OF('(SELECT DISTINCT department_id, career_level FROM outcome_span) k')};
      $$`);

    await queryRunner.query(`SELECT analytics_rebuild_outcomes()`);
    await queryRunner.query(`ANALYZE outcome_span, outcome_span_bounds`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // The functions as migration 1764400004000 left them.
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION outcome_span_refresh(person_ids uuid[]) RETURNS void LANGUAGE plpgsql
      SET jit = off AS $$
      BEGIN
        IF person_ids IS NULL OR cardinality(person_ids) = 0 THEN
          RETURN;
        END IF;
        PERFORM pg_advisory_xact_lock(hashtext('stint.outcomes'));
        DELETE FROM outcome_span WHERE person_id = ANY(person_ids);
        INSERT INTO outcome_span (${SPAN_COLUMNS})
        SELECT ${SPAN_COLUMNS}
          FROM outcome_span_source WHERE person_id = ANY(person_ids);
      END $$`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION analytics_rebuild_outcomes() RETURNS void LANGUAGE sql AS $$${REBUILD_SPANS}
      $$`);
    await queryRunner.query(`DROP TABLE outcome_span_bounds`);
  }
}
