import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The career levels, lowest first, as of this migration. */
const LEVELS = `ARRAY['PROJECT_COORDINATOR', 'PROJECT_MANAGER', 'SENIOR_PROJECT_MANAGER', 'PROGRAM_MANAGER', 'PORTFOLIO_MANAGER']::text[]`;

/** outcome_span's columns as migration 1764400005000 left them. */
const SPAN_COLUMNS_BEFORE = `person_id, valid_from, valid_to, department_id, career_level, lo, hi,
               left_on, left_month, left_day, first_start, promoted_on, promoted_month, promoted_day`;
const SPAN_COLUMNS = `${SPAN_COLUMNS_BEFORE}, seats`;

const RETURN_COLUMNS = `rotation_id, person_id, seat_id, ends_on, goals, goals_achieved, department_id,
               career_level, left_on, left_month, left_day, promoted_on, promoted_month, promoted_day, in_seat3`;

/**
 * Each stretch's row from the base tables (filter it by person_id: the filter reaches
 * person_history's index); `seats` only when `withSeats`, as the last column.
 */
const spanSource = (withSeats: boolean) => `
      CREATE VIEW outcome_span_source AS
      SELECT x.*,
             extract(year FROM x.left_on)::int * 12 + extract(month FROM x.left_on)::int AS left_month,
             extract(day FROM x.left_on)::int AS left_day,
             extract(year FROM x.promoted_on)::int * 12 + extract(month FROM x.promoted_on)::int AS promoted_month,
             extract(day FROM x.promoted_on)::int AS promoted_day${withSeats ? ',\n             x.seats_held AS seats' : ''}
        FROM (
          SELECT h.person_id, h.valid_from, h.valid_to, h.department_id, h.career_level,
                 greatest(h.valid_from, p.hired_on) AS lo, least(h.valid_to, p.left_on, f.first_start) AS hi,
                 p.left_on, f.first_start, pr.promoted_on${withSeats ? ', f.seats_held' : ''}
            FROM person_history h
            JOIN person p ON p.id = h.person_id
            -- Joined laterally (not as scalar subqueries), so each is computed once per row.
            LEFT JOIN LATERAL (SELECT min(r.starts_on) AS first_start${
              withSeats
                ? `,
                                      coalesce(range_agg(daterange(r.starts_on, r.ends_on, '[]')), '{}') AS seats_held`
                : ''
            }
                                 FROM rotation r
                                WHERE r.person_id = h.person_id AND r.cancelled_at IS NULL) f ON true
            LEFT JOIN LATERAL (
              SELECT min(n.valid_from) AS promoted_on FROM person_history n
               WHERE n.person_id = h.person_id AND n.valid_from > h.valid_from
                 AND array_position(${LEVELS}, n.career_level) > array_position(${LEVELS}, h.career_level)
            ) pr ON true
        ) x`;

/** The returns of the rotations in `where` (on rotation r), from their people's spans. */
const RETURNS_OF = (where: string) => `
        INSERT INTO outcome_return (${RETURN_COLUMNS})
        SELECT r.id, r.person_id, r.seat_id, r.ends_on, r.goals, r.goals_achieved, h.department_id,
               h.career_level, h.left_on, h.left_month, h.left_day, h.promoted_on, h.promoted_month, h.promoted_day,
               h.seats @> (r.ends_on + 1 + interval '3 months')::date
          FROM rotation r
          JOIN outcome_span h ON h.person_id = r.person_id
           AND h.valid_from <= r.ends_on + 1 AND (h.valid_to IS NULL OR h.valid_to > r.ends_on + 1)
         WHERE r.cancelled_at IS NULL${where}`;

/** The non-empty spans of the groups in `k` (department_id, career_level), grouped, bounds sorted. */
const BOUNDS_OF = (k: string) => `
  SELECT s.department_id, s.career_level, array_agg(s.lo ORDER BY s.lo) AS los,
         coalesce(array_agg(s.hi ORDER BY s.hi) FILTER (WHERE s.hi IS NOT NULL), '{}') AS his
    FROM ${k}
    JOIN outcome_span s ON s.department_id = k.department_id AND s.career_level = k.career_level
     AND (s.hi IS NULL OR s.hi > s.lo)
   GROUP BY s.department_id, s.career_level`;

/** outcome_span_refresh: `returns` adds the people's returns (this migration). */
const refreshFunction = (columns: string, returns: boolean) => `
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
        INSERT INTO outcome_span (${columns})
        SELECT ${columns}
          FROM outcome_span_source WHERE person_id = ANY(person_ids);
        -- The groups of the people's old and new stretches: their bounds, recomputed.
        SELECT coalesce(deps, '{}') || array_agg(department_id), coalesce(levels, '{}') || array_agg(career_level)
          INTO deps, levels
          FROM outcome_span WHERE person_id = ANY(person_ids);
        DELETE FROM outcome_span_bounds b USING unnest(deps, levels) AS k(department_id, career_level)
         WHERE b.department_id = k.department_id AND b.career_level = k.career_level;
        INSERT INTO outcome_span_bounds (department_id, career_level, los, his)
        ${BOUNDS_OF('(SELECT DISTINCT * FROM unnest(deps, levels) AS u(department_id, career_level)) k')};${
          returns
            ? `
        -- Their returns, from the spans just written.
        DELETE FROM outcome_return WHERE person_id = ANY(person_ids);
        ${RETURNS_OF(' AND r.person_id = ANY(person_ids)')};`
            : ''
        }
      END $$`;

/** analytics_rebuild_outcomes: `returns` adds outcome_return (this migration). */
const rebuildFunction = (columns: string, returns: boolean) => `
      CREATE OR REPLACE FUNCTION analytics_rebuild_outcomes() RETURNS void LANGUAGE sql AS $$
        SELECT pg_advisory_xact_lock(hashtext('stint.outcomes'));
        DELETE FROM outcome_span;
        INSERT INTO outcome_span (${columns})
        SELECT ${columns}
          FROM outcome_span_source;
        DELETE FROM outcome_span_bounds;
        INSERT INTO outcome_span_bounds (department_id, career_level, los, his)
        ${BOUNDS_OF('(SELECT DISTINCT department_id, career_level FROM outcome_span) k')};${
          returns
            ? `
        DELETE FROM outcome_return;
        ${RETURNS_OF('')};`
            : ''
        }
      $$`;

/**
 * outcomes reads what depends only on the data from the rollup, for the alumni as for the
 * comparison group (docs/decisions.md, "Outcomes reads each return's facts"):
 * - `outcome_return`: one row per non-cancelled rotation whose return (`ends_on + 1`) falls in a
 *   stretch of its person: the rotation's end, seat and goals, the department and level held on
 *   the return, the person's leaving date and the first later promotion (from that stretch's
 *   `outcome_span` row, month numbers and days included), and `in_seat3`, whether one of the
 *   person's non-cancelled rotations holds the day three months after the return. The alumni
 *   are a range of its `ends_on` index instead of a join of the period's rotations with every
 *   stretch.
 * - `outcome_span.seats`: the days of the person's non-cancelled rotations (a multirange), so
 *   whether someone of the comparison group sits in a seat three months on is a containment
 *   test, not a join with rotation.
 * `outcome_span_refresh(person_ids)` recomputes the people's returns after their spans (same
 * advisory lock, same triggers on person, person_history and rotation: a rotation's goals, seat,
 * dates or cancellation are written through them); `analytics_rebuild_outcomes()` rebuilds all
 * three tables.
 */
export class AddedOutcomeReturns1764400011000 implements MigrationInterface {
  name = 'AddedOutcomeReturns1764400011000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE outcome_span ADD COLUMN seats datemultirange NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(`DROP VIEW outcome_span_source`);
    await queryRunner.query(spanSource(true));
    await queryRunner.query(`
      CREATE TABLE outcome_return (
        rotation_id    uuid PRIMARY KEY,
        person_id      uuid NOT NULL,
        seat_id        uuid NOT NULL,
        ends_on        date NOT NULL,
        goals          text[] NOT NULL,
        goals_achieved text[],
        department_id  uuid NOT NULL,
        career_level   text NOT NULL,
        left_on        date,
        left_month     integer,
        left_day       integer,
        promoted_on    date,
        promoted_month integer,
        promoted_day   integer,
        in_seat3       boolean NOT NULL
      )`);
    // The alumni of a period; a person's returns (the refresh).
    await queryRunner.query(`CREATE INDEX outcome_return_ends_idx ON outcome_return (ends_on)`);
    await queryRunner.query(`CREATE INDEX outcome_return_person_idx ON outcome_return (person_id)`);
    // The comparison's spans that can hold a date of a period (ended after its start, or not
    // ended), with everything the read takes from them: an index-only range scan reads the
    // period's part (a third of the spans at xl, ~10 MB) where a sequential scan read every
    // span (68 MB at xl, through a small ring buffer, so never cached). Index-only scans need
    // the visibility map: the rollup is vacuumed sooner than autovacuum's default 20 % of rows.
    await queryRunner.query(`
      CREATE INDEX outcome_span_period_idx ON outcome_span (hi)
        INCLUDE (lo, department_id, career_level, person_id, first_start, left_on, left_month, left_day,
                 promoted_on, promoted_month, promoted_day, seats)
        WHERE hi IS NULL OR hi > lo`);
    await queryRunner.query(
      `ALTER TABLE outcome_span SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02)`,
    );
    await queryRunner.query(refreshFunction(SPAN_COLUMNS, true));
    await queryRunner.query(rebuildFunction(SPAN_COLUMNS, true));
    await queryRunner.query(`SELECT analytics_rebuild_outcomes()`);
    await queryRunner.query(`ANALYZE outcome_span, outcome_span_bounds, outcome_return`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // The functions and view as migration 1764400005000 left them.
    await queryRunner.query(refreshFunction(SPAN_COLUMNS_BEFORE, false));
    await queryRunner.query(rebuildFunction(SPAN_COLUMNS_BEFORE, false));
    await queryRunner.query(`DROP TABLE outcome_return`);
    await queryRunner.query(`DROP INDEX outcome_span_period_idx`);
    await queryRunner.query(
      `ALTER TABLE outcome_span RESET (autovacuum_vacuum_scale_factor, autovacuum_vacuum_insert_scale_factor)`,
    );
    await queryRunner.query(`DROP VIEW outcome_span_source`);
    await queryRunner.query(spanSource(false));
    await queryRunner.query(`ALTER TABLE outcome_span DROP COLUMN seats`);
  }
}
