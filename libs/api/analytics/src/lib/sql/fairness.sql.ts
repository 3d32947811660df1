import { CAREER_LEVELS } from '@stint/domain';
import { onDayCte } from './rollup.sql';

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

/** fairness_fact rows (alias f) of people employed at some time in [$1, $2]. */
const EMPLOYED = `f.hired_on <= $2::date AND (f.left_on IS NULL OR f.left_on > $1::date)`;

/**
 * A CTE `name` (person_id, `${p}_in`, `${p}_dept`, `${p}_level`, `${p}_holds`): each person's
 * first fact of `kind` in [$1, $2] (the previous one, if any, was before it), with the group held
 * on its day and whether that group still holds on $2 (its run of stretches reaches past $2).
 */
function firstInPeriod(name: string, kind: string, p: string): string {
  return `${name} AS (
  SELECT f.person_id, true AS ${p}_in, f.department_id AS ${p}_dept, f.career_level AS ${p}_level,
         f.department_id IS NOT NULL AND (f.group_until IS NULL OR f.group_until > $2::date) AS ${p}_holds
    FROM fairness_fact f
   WHERE f.kind = '${kind}' AND f.day BETWEEN $1::date AND $2::date AND (f.prev_day IS NULL OR f.prev_day < $1::date)
     AND ${EMPLOYED}
)`;
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
 * placed people and leavers, with the groups they held, from the fairness rollup
 * (fairness_fact: docs/decisions.md, "Fairness reads a rollup of person facts"), so the
 * statement reads index ranges of the period and looks up in person_history only the group on
 * $2 of those whose group changed after their first request or placement in the period
 * (REFERENCE_FAIRNESS_SQL computes the same from every person).
 */
export const FAIRNESS_SQL = `WITH ${onDayCte('on_to', '$2::date')},
${firstInPeriod('req', 'request', 'r')},
${firstInPeriod('start', 'start', 's')},
leavers AS (
  SELECT f.person_id, true AS l_in, f.department_id AS l_dept, f.career_level AS l_level
    FROM fairness_fact f
   WHERE f.kind = 'leave' AND f.day > $1::date AND f.day <= $2::date AND f.hired_on <= $2::date
),
-- The people whose group is not simply the one they are in on $2 (the rollup's cells): those
-- who asked for a rotation in the period, started one in it, or left within it. Everyone else
-- employed at some time in [from, to] is employed on to and counts in the cell they hold then.
special AS (
  SELECT person_id, r_in IS NOT NULL AS requested, s_in IS NOT NULL AS placed, l_in IS NOT NULL AS left_in,
         r_dept, r_level, l_dept, l_level,
         CASE WHEN r_holds THEN r_dept WHEN s_holds THEN s_dept END AS known_dept,
         CASE WHEN r_holds THEN r_level WHEN s_holds THEN s_level END AS known_level
    FROM req FULL JOIN start USING (person_id) FULL JOIN leavers USING (person_id)
),
-- Their group on $2 when still employed then (the cell they are taken out of): known from a
-- fact whose group holds through $2, else looked up (an index probe, only for those).
on_to_group AS (
  SELECT sp.*, coalesce(sp.known_dept, h.department_id) AS to_dept, coalesce(sp.known_level, h.career_level) AS to_level
    FROM special sp
    LEFT JOIN LATERAL (
      -- The last stretch to start by $2, if it still holds then (stretches do not overlap): a
      -- backward probe of person_history_person_idx, made only for the rows that need it.
      SELECT h.department_id, h.career_level
        FROM (SELECT h.department_id, h.career_level, h.valid_to FROM person_history h
               WHERE sp.known_dept IS NULL AND NOT sp.left_in AND h.person_id = sp.person_id AND h.valid_from <= $2::date
               ORDER BY h.valid_from DESC LIMIT 1) h
       WHERE h.valid_to IS NULL OR h.valid_to > $2::date
    ) h ON true
),
-- Taken out of the cell they hold on $2 (those still employed then), and counted in the one held
-- on their first request's date, else their last day.
staff AS (
  SELECT department_id, career_level, headcount AS people, 0 AS requested, 0 AS placed FROM on_to
  UNION ALL
  SELECT to_dept, to_level, -1, 0, 0 FROM on_to_group WHERE NOT left_in AND to_dept IS NOT NULL
  UNION ALL
  SELECT g.department_id, g.career_level, 1, requested::int, placed::int
    FROM on_to_group o
   CROSS JOIN LATERAL (SELECT CASE WHEN o.requested THEN o.r_dept WHEN o.left_in THEN o.l_dept ELSE o.to_dept END AS department_id,
                              CASE WHEN o.requested THEN o.r_level WHEN o.left_in THEN o.l_level ELSE o.to_level END AS career_level) g
   WHERE g.department_id IS NOT NULL
),
decisions AS (
  SELECT f.department_id, f.career_level, f.status, f.days
    FROM fairness_fact f
   WHERE f.decided_day BETWEEN $1::date AND $2::date AND f.department_id IS NOT NULL AND ${EMPLOYED}
),
${FAIRNESS_GROUPS_TAIL}`;
