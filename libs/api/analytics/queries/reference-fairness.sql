-- Generated from libs/api/analytics/src/lib/sql by queries.spec.ts; do not edit.
WITH employed AS (
  SELECT p.id, p.hired_on,
         (SELECT min((rq.submitted_at AT TIME ZONE 'UTC')::date) FROM rotation_request rq WHERE rq.person_id = p.id
             AND (rq.submitted_at AT TIME ZONE 'UTC')::date BETWEEN $1::date AND $2::date) AS first_request,
         least($2::date, p.left_on - 1) AS last_day,
         EXISTS (SELECT 1 FROM rotation r WHERE r.person_id = p.id AND r.cancelled_at IS NULL
                    AND r.starts_on BETWEEN $1::date AND $2::date) AS placed
    FROM person p
   WHERE p.hired_on <= $2::date AND (p.left_on IS NULL OR p.left_on > $1::date)
),
staff AS (
  SELECT h.department_id, h.career_level, 1 AS people, (e.first_request IS NOT NULL)::int AS requested, e.placed::int AS placed
    FROM employed e
    JOIN person_history h ON h.person_id = e.id
     AND h.valid_from <= greatest(e.hired_on, coalesce(e.first_request, e.last_day))
     AND (h.valid_to IS NULL OR h.valid_to > greatest(e.hired_on, coalesce(e.first_request, e.last_day)))
),
decisions AS (
  SELECT h.department_id, h.career_level, rq.status,
         extract(epoch FROM rq.decided_at - rq.submitted_at) / 86400 AS days
    FROM rotation_request rq
    JOIN employed e ON e.id = rq.person_id
    JOIN person_history h ON h.person_id = rq.person_id
     AND h.valid_from <= greatest(e.hired_on, (rq.submitted_at AT TIME ZONE 'UTC')::date)
     AND (h.valid_to IS NULL OR h.valid_to > greatest(e.hired_on, (rq.submitted_at AT TIME ZONE 'UTC')::date))
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
    FROM unnest(ARRAY['PROJECT_COORDINATOR', 'PROJECT_MANAGER', 'SENIOR_PROJECT_MANAGER', 'PROGRAM_MANAGER', 'PORTFOLIO_MANAGER']::text[]) WITH ORDINALITY AS l(level, ord)
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
 ORDER BY dim_order, sort_name, ord, key
