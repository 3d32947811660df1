import { CAREER_LEVELS } from '@stint/domain';
import { onDayRows } from './rollup.sql';

const LEVELS = `ARRAY[${CAREER_LEVELS.map((l) => `'${l}'`).join(', ')}]::text[]`;

/**
 * The end of a fairness statement, shared by FAIRNESS_SQL and REFERENCE_FAIRNESS_SQL: from the
 * CTEs `staff` (department_id, career_level, people, requested, placed: counts to add up per
 * department and level) and `decisions` (department_id, career_level, status, days: one row per
 * decided request), the groups per department (by name) and per level (career order) with their
 * rates, impact ratios and suppression ($3 the smallest group or denominator shown).
 */
export const FAIRNESS_GROUPS_TAIL = `by_people AS (
  SELECT department_id, career_level, GROUPING(department_id) AS by_level,
         sum(people) AS people, sum(requested) AS requested, sum(placed) AS placed
    FROM staff GROUP BY GROUPING SETS ((department_id), (career_level))
),
by_decision AS (
  SELECT department_id, career_level, GROUPING(department_id) AS by_level,
         count(*) AS decided, count(*) FILTER (WHERE status = 'APPROVED') AS approved,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY days) AS median_days
    FROM decisions GROUP BY GROUPING SETS ((department_id), (career_level))
),
groups AS (
  SELECT 'DEPARTMENT' AS dimension, 0 AS dim_order, d.id::text AS key, d.name AS label, d.name AS sort_name, 0::bigint AS ord,
         coalesce(bp.people, 0) AS people, bp.requested, bp.placed, coalesce(bd.decided, 0) AS decided, bd.approved, bd.median_days
    FROM department d
    LEFT JOIN by_people bp ON bp.by_level = 0 AND bp.department_id = d.id
    LEFT JOIN by_decision bd ON bd.by_level = 0 AND bd.department_id = d.id
  UNION ALL
  SELECT 'LEVEL', 1, l.level, l.level, '', l.ord,
         coalesce(bp.people, 0), bp.requested, bp.placed, coalesce(bd.decided, 0), bd.approved, bd.median_days
    FROM unnest(${LEVELS}) WITH ORDINALITY AS l(level, ord)
    LEFT JOIN by_people bp ON bp.by_level = 1 AND bp.career_level = l.level
    LEFT JOIN by_decision bd ON bd.by_level = 1 AND bd.career_level = l.level
),
rated AS (
  SELECT g.*, CASE WHEN people >= $3::int THEN round(placed::numeric / people, 4) END AS placement_rate
    FROM groups g
),
ratioed AS (
  SELECT r.*, max(placement_rate) OVER (PARTITION BY dimension) AS best_rate FROM rated r
)
SELECT dimension, key, label, people < $3::int AS suppressed,
       CASE WHEN people >= $3::int THEN people::int END AS people,
       CASE WHEN people >= $3::int THEN round(requested::numeric / people, 4)::float8 END AS "requestRate",
       people < $3::int OR decided < $3::int AS "approvalSuppressed",
       CASE WHEN people >= $3::int AND decided >= $3::int THEN decided::int END AS decided,
       CASE WHEN people >= $3::int AND decided >= $3::int THEN round(approved::numeric / decided, 4)::float8 END AS "approvalRate",
       placement_rate::float8 AS "placementRate",
       CASE WHEN people >= $3::int AND decided >= $3::int THEN round(median_days::numeric, 1)::float8 END AS "medianDaysToDecision",
       CASE WHEN placement_rate IS NOT NULL AND best_rate > 0 THEN round(placement_rate / best_rate, 4)::float8 END AS "impactRatio",
       CASE WHEN placement_rate IS NOT NULL AND best_rate > 0 THEN placement_rate / best_rate < 0.8 END AS "belowFourFifths"
  FROM ratioed
 ORDER BY dim_order, sort_name, ord, key`;

/** The first fact of `kind` (alias f) in [$1, $2]: the person's previous one, if any, was before it. */
function firstInPeriod(kind: string): string {
  return `f.kind = '${kind}' AND f.day BETWEEN $1::date AND $2::date AND (f.prev_day IS NULL OR f.prev_day < $1::date)`;
}

/** The person of fact f was employed at some time in [$1, $2]. */
const EMPLOYED = `f.hired_on <= $2::date AND (f.left_on IS NULL OR f.left_on > $1::date)`;

/** The person of fact f is employed on $2 (and counted in the coverage rollup's cells then). */
const EMPLOYED_ON_TO = `f.hired_on <= $2::date AND (f.left_on IS NULL OR f.left_on > $2::date)`;

/**
 * The person of fact f (whose day is in [$1, $2]) has a request (`which` 'request') or a start
 * ('start') in [$1, $2]: their latest on or before f's day is on or after $1, or their earliest
 * after it is on or before $2. As an int (1/0), or as a condition (`as` 'condition').
 */
function hasInPeriod(which: 'request' | 'start', as: 'int' | 'condition'): string {
  const has = `(f.${which}_le >= $1::date OR f.${which}_gt <= $2::date) IS TRUE`;
  return as === 'int' ? `(${has})::int` : has;
}

/** Fact f's own run of stretches (its department and level) still holds on $2. */
const OWN_HOLDS = `f.department_id IS NOT NULL AND (f.group_until IS NULL OR f.group_until > $2::date)`;

/**
 * Where not OWN_HOLDS, the group on $2 follows from fact f without a lookup: no stretch holds on
 * $2 (after its run ends and before the next starts: department NULL), or the next run does.
 */
const NEXT_KNOWN = `f.department_id IS NOT NULL
         AND (f.next_from IS NULL OR f.next_from > $2::date OR f.next_until IS NULL OR f.next_until > $2::date)`;

/** Where OWN_HOLDS or NEXT_KNOWN, the department held on $2 (NULL: none) ... */
const TO_GROUP_DEPT = `CASE WHEN f.group_until IS NULL OR f.group_until > $2::date THEN f.department_id
                  WHEN f.next_from <= $2::date THEN f.next_department_id END`;

/** ... and the level. */
const TO_GROUP_LEVEL = `CASE WHEN f.group_until IS NULL OR f.group_until > $2::date THEN f.career_level ELSE f.next_career_level END`;

/**
 * A join to the stretch of fact f's person that holds on $2, if one does: a backward probe of
 * person_history_person_idx for the last stretch to start by $2, kept if it still holds then
 * (stretches do not overlap); made only for the rows where `when` holds.
 */
function stretchOnTo(when = 'true'): string {
  return `JOIN LATERAL (
          SELECT h.department_id, h.career_level, h.valid_to FROM person_history h
           WHERE ${when} AND h.person_id = f.person_id AND h.valid_from <= $2::date
           ORDER BY h.valid_from DESC LIMIT 1
        ) h ON h.valid_to IS NULL OR h.valid_to > $2::date`;
}

/**
 * $1 from, $2 to, $3 the smallest group or denominator shown. Per department (by name) and per
 * level (career order): people employed at some time in [from, to], and their request, approval
 * and placement rates, median days to a decision, and the impact ratio (placement rate ÷ the
 * highest shown group's of the same dimension; under 0.8 fails the four-fifths rule).
 * Each person counts in the department and level held (person_history) on their first request's
 * date in the period, else on the last day they were employed in it; each decided request in
 * those held on its submission date. Groups under $3 people come back with every number NULL,
 * and approval rate and median days NULL when fewer than $3 requests were decided — suppressed
 * here, so the numbers never leave the database.
 * The people employed on $2 come from the coverage rollup's cells; the period's requesters,
 * placed people and leavers from the fairness rollup (fairness_fact: docs/decisions.md,
 * "Fairness reads a rollup of person facts"), each fact counted on its own, with no join by
 * person: a first request in the period adds the person (requested, and placed when they started
 * a rotation in it) to the group held on its day and takes them out of the cell they hold on $2
 * if still employed then; a leaving in the period adds someone who did not ask in it to the group
 * of their last day; a first start adds a placement to the cell on $2 of someone still employed
 * then who did not ask in the period. Whether the person asked or started in the period, and
 * their group on $2, come with each fact (the neighbouring request and start days, the run of
 * stretches after the fact's); person_history is probed only for those whose group changed twice
 * after their fact by $2. Each part reads an index range of its kind (REFERENCE_FAIRNESS_SQL
 * computes the same from every person).
 */
export const FAIRNESS_SQL = `WITH staff AS (
  SELECT department_id, career_level, sum(people) AS people, sum(requested) AS requested, sum(placed) AS placed
    FROM (
      -- the cells on $2
      SELECT c.department_id, c.career_level, c.h AS people, 0 AS requested, 0 AS placed FROM (${onDayRows('$2::date')}) c
      UNION ALL
      -- first requests: the person counted in the group held on its day (requested, and placed
      -- when they started a rotation in the period) — and taken out of the cell they hold on $2
      -- when still employed then: netting to 0 people when that is the same group ...
      SELECT f.department_id, f.career_level, CASE WHEN ${EMPLOYED_ON_TO} AND ${OWN_HOLDS} THEN 0 ELSE 1 END,
             1, ${hasInPeriod('start', 'int')}
        FROM fairness_fact f
       WHERE ${firstInPeriod('request')} AND ${EMPLOYED}
      UNION ALL
      -- ... else out of the cell held on $2, known from the fact or looked up
      SELECT CASE WHEN ${NEXT_KNOWN} THEN ${TO_GROUP_DEPT} ELSE h.department_id END,
             CASE WHEN ${NEXT_KNOWN} THEN ${TO_GROUP_LEVEL} ELSE h.career_level END, -1, 0, 0
        FROM fairness_fact f
        LEFT ${stretchOnTo(`NOT (${NEXT_KNOWN})`)}
       WHERE ${firstInPeriod('request')} AND ${EMPLOYED_ON_TO} AND NOT (${OWN_HOLDS})
      UNION ALL
      -- leavings in (from, to] of people who did not ask in the period: their last day's group
      SELECT f.department_id, f.career_level, 1, 0, ${hasInPeriod('start', 'int')}
        FROM fairness_fact f
       WHERE f.kind = 'leave' AND f.day > $1::date AND f.day <= $2::date AND f.hired_on <= $2::date
         AND NOT ${hasInPeriod('request', 'condition')}
      UNION ALL
      -- first starts of people still employed on $2 who did not ask in the period: placed in
      -- the cell they hold on $2 (where they are counted already), known from the fact ...
      SELECT ${TO_GROUP_DEPT}, ${TO_GROUP_LEVEL}, 0, 0, 1
        FROM fairness_fact f
       WHERE ${firstInPeriod('start')} AND ${EMPLOYED_ON_TO} AND NOT ${hasInPeriod('request', 'condition')}
         AND (${OWN_HOLDS} OR ${NEXT_KNOWN})
      UNION ALL
      -- ... or looked up
      SELECT h.department_id, h.career_level, 0, 0, 1
        FROM fairness_fact f
        ${stretchOnTo()}
       WHERE ${firstInPeriod('start')} AND ${EMPLOYED_ON_TO} AND NOT ${hasInPeriod('request', 'condition')}
         AND NOT (${OWN_HOLDS} OR ${NEXT_KNOWN})
    ) z
   WHERE department_id IS NOT NULL
   GROUP BY department_id, career_level
),
decisions AS (
  SELECT f.department_id, f.career_level, f.status, f.days
    FROM fairness_fact f
   WHERE f.decided_day BETWEEN $1::date AND $2::date AND f.department_id IS NOT NULL AND ${EMPLOYED}
),
${FAIRNESS_GROUPS_TAIL}`;
