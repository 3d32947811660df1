import { CAREER_LEVELS } from '@stint/domain';
import { stretchOnDay } from '@stint/api-data';
import { onDayCte } from './rollup.sql';

const LEVELS = `ARRAY[${CAREER_LEVELS.map((l) => `'${l}'`).join(', ')}]::text[]`;

/**
 * $1 asOf. Department × level cells of people employed on asOf, in the department and at the
 * level they held on asOf (person_history; SPEC §8), empty cells left out. Read from the
 * coverage rollup (as REFERENCE_HEADCOUNT_CELLS_SQL computes it from scratch).
 */
export const HEADCOUNT_CELLS_SQL = `WITH ${onDayCte('on_day', '$1::date')}
SELECT d.id AS "departmentId", d.code, d.name, c.career_level AS "careerLevel", c.headcount::int AS headcount
  FROM on_day c JOIN department d ON d.id = c.department_id
 WHERE c.headcount > 0
 ORDER BY d.name, d.id, array_position(${LEVELS}, c.career_level)`;

/**
 * $1 asOf. One row per career level (the level held on asOf), in career order: employed, on
 * rotation, alumni on asOf. Read from the coverage rollup.
 */
export const PARTICIPATION_SQL = `WITH ${onDayCte('on_day', '$1::date')}
SELECT l.level AS "careerLevel", coalesce(sum(c.headcount), 0)::int AS headcount,
       coalesce(sum(c.on_rotation), 0)::int AS "onRotation",
       coalesce(sum(c.experienced - c.on_rotation), 0)::int AS alumni
  FROM unnest(${LEVELS}) WITH ORDINALITY AS l(level, ord)
  LEFT JOIN on_day c ON c.career_level = l.level
 GROUP BY l.level, l.ord
 ORDER BY l.ord`;

/**
 * $1 from, $2 to, $3 the smallest group or denominator shown. Per department (by name) and per
 * level (career order): people employed at some time in [from, to], and their request, approval
 * and placement rates, median days to a decision, and the impact ratio (placement rate ÷ the
 * highest shown group's of the same dimension; under 0.8 fails the four-fifths rule).
 * Each person counts in the department and level held (person_history) on their first request's
 * date in the period, else on the last day they were employed in it; each decided request in
 * those held on its submission date. Groups under $3 people come back with every number NULL,
 * and approval rate and median days NULL when fewer than $3 requests were decided — suppressed
 * here, so the numbers never leave the database. The people employed on $2 come from the coverage
 * rollup's cells, so the statement reads only the period's leavers, requests and placements
 * (REFERENCE_FAIRNESS_SQL computes the same from every person).
 */
export const FAIRNESS_SQL = `WITH ${onDayCte('on_to', '$2::date')},
-- The people whose group is not simply the one they are in on $2 (the rollup's cells): those
-- who left within the period, asked for a rotation in it, or started one in it. Everyone else
-- employed at some time in [from, to] is employed on to and counts in the cell they hold then.
special_ids AS (
  SELECT p.id FROM person p WHERE p.left_on > $1::date AND p.left_on <= $2::date
  UNION
  SELECT rq.person_id FROM rotation_request rq
   WHERE (rq.submitted_at AT TIME ZONE 'UTC')::date BETWEEN $1::date AND $2::date
  UNION
  SELECT r.person_id FROM rotation r
   WHERE r.cancelled_at IS NULL AND r.starts_on BETWEEN $1::date AND $2::date
),
employed AS (
  SELECT p.id, p.hired_on, p.left_on,
         (SELECT min((rq.submitted_at AT TIME ZONE 'UTC')::date) FROM rotation_request rq WHERE rq.person_id = p.id
             AND (rq.submitted_at AT TIME ZONE 'UTC')::date BETWEEN $1::date AND $2::date) AS first_request,
         least($2::date, p.left_on - 1) AS last_day,
         EXISTS (SELECT 1 FROM rotation r WHERE r.person_id = p.id AND r.cancelled_at IS NULL
                    AND r.starts_on BETWEEN $1::date AND $2::date) AS placed
    FROM special_ids s JOIN person p ON p.id = s.id
   WHERE p.hired_on <= $2::date AND (p.left_on IS NULL OR p.left_on > $1::date)
),
-- Taken out of the cell they hold on $2 (those still employed then) ...
moved_out AS (
  SELECT h.department_id, h.career_level, count(*) AS n
    FROM employed e JOIN person_history h ON ${stretchOnDay('h', 'e.id', '$2::date')}
   WHERE e.left_on IS NULL OR e.left_on > $2::date
   GROUP BY h.department_id, h.career_level
),
-- ... and counted in the one held on their first request's date, else their last day.
moved_in AS (
  SELECT h.department_id, h.career_level, e.first_request IS NOT NULL AS requested, e.placed
    FROM employed e
    JOIN person_history h ON h.person_id = e.id
     AND h.valid_from <= greatest(e.hired_on, coalesce(e.first_request, e.last_day))
     AND (h.valid_to IS NULL OR h.valid_to > greatest(e.hired_on, coalesce(e.first_request, e.last_day)))
),
staff AS (
  SELECT department_id, career_level, sum(n) AS people, sum(requested) AS requested, sum(placed) AS placed
    FROM (SELECT department_id, career_level, headcount AS n, 0 AS requested, 0 AS placed FROM on_to
          UNION ALL
          SELECT department_id, career_level, -n, 0, 0 FROM moved_out
          UNION ALL
          SELECT department_id, career_level, 1, requested::int, placed::int FROM moved_in) x
   GROUP BY department_id, career_level
),
decisions AS (
  SELECT h.department_id, h.career_level, rq.status,
         extract(epoch FROM rq.decided_at - rq.submitted_at) / 86400 AS days
    FROM rotation_request rq
    JOIN person p ON p.id = rq.person_id AND p.hired_on <= $2::date AND (p.left_on IS NULL OR p.left_on > $1::date)
    JOIN person_history h ON h.person_id = rq.person_id
     AND h.valid_from <= greatest(p.hired_on, (rq.submitted_at AT TIME ZONE 'UTC')::date)
     AND (h.valid_to IS NULL OR h.valid_to > greatest(p.hired_on, (rq.submitted_at AT TIME ZONE 'UTC')::date))
   WHERE rq.status IN ('APPROVED', 'DECLINED')
     AND (rq.decided_at AT TIME ZONE 'UTC')::date BETWEEN $1::date AND $2::date
),
by_people AS (
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
