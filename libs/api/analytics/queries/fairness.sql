-- Generated from libs/api/analytics/src/lib/sql by queries.spec.ts; do not edit.
WITH on_to AS (
  SELECT z.department_id, z.career_level, sum(z.h) AS headcount, sum(z.x) AS experienced,
         sum(z.r) AS on_rotation, sum(z.e) AS eligible
    FROM (SELECT c.department_id, c.career_level, c.headcount AS h, c.experienced AS x, c.on_rotation AS r, c.eligible AS e
            FROM (SELECT min(month) AS lo, max(month) AS hi FROM coverage_month) rg JOIN coverage_month c ON c.month = least((date_trunc('month', $2::date) - interval '1 month')::date, rg.hi)
           WHERE (date_trunc('month', $2::date) - interval '1 month')::date >= rg.lo AND c.career_level <> '*' AND true
          UNION ALL
          SELECT ev.department_id, ev.career_level, ev.dh, ev.dx, ev.dr, ev.de
            FROM coverage_person_event ev
           WHERE ev.day >= date_trunc('month', $2::date)::date AND ev.day <= $2::date
             AND true) z
   GROUP BY z.department_id, z.career_level
),
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
    FROM employed e JOIN person_history h ON h.person_id = e.id AND h.valid_from <= $2::date AND (h.valid_to IS NULL OR h.valid_to > $2::date)
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
