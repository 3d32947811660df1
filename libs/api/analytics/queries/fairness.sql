-- Generated from libs/api/analytics/src/lib/sql by queries.spec.ts; do not edit.
WITH staff AS (
  SELECT department_id, career_level, sum(people) AS people, sum(requested) AS requested, sum(placed) AS placed
    FROM (
      -- the cells on $2
      SELECT c.department_id, c.career_level, c.h AS people, 0 AS requested, 0 AS placed FROM (SELECT c.department_id, c.career_level, c.headcount AS h, c.experienced AS x, c.on_rotation AS r, c.eligible AS e
            FROM (SELECT min(month) AS lo, max(month) AS hi FROM coverage_month) rg JOIN coverage_month c ON c.month = least((date_trunc('month', $2::date) - interval '1 month')::date, rg.hi)
           WHERE (date_trunc('month', $2::date) - interval '1 month')::date >= rg.lo AND c.career_level <> '*' AND true
          UNION ALL
          SELECT ev.department_id, ev.career_level, ev.dh, ev.dx, ev.dr, ev.de
            FROM coverage_person_event ev
           WHERE ev.day >= date_trunc('month', $2::date)::date AND ev.day <= $2::date
             AND true) c
      UNION ALL
      -- first requests: the person counted in the group held on its day (requested, and placed
      -- when they started a rotation in the period) — and taken out of the cell they hold on $2
      -- when still employed then: netting to 0 people when that is the same group ...
      SELECT f.department_id, f.career_level, CASE WHEN f.hired_on <= $2::date AND (f.left_on IS NULL OR f.left_on > $2::date) AND f.department_id IS NOT NULL AND (f.group_until IS NULL OR f.group_until > $2::date) THEN 0 ELSE 1 END,
             1, ((f.start_le >= $1::date OR f.start_gt <= $2::date) IS TRUE)::int
        FROM fairness_fact f
       WHERE f.kind = 'request' AND f.day BETWEEN $1::date AND $2::date AND (f.prev_day IS NULL OR f.prev_day < $1::date) AND f.hired_on <= $2::date AND (f.left_on IS NULL OR f.left_on > $1::date)
      UNION ALL
      -- ... else out of the cell held on $2, known from the fact or looked up
      SELECT CASE WHEN f.department_id IS NOT NULL
         AND (f.next_from IS NULL OR f.next_from > $2::date OR f.next_until IS NULL OR f.next_until > $2::date) THEN CASE WHEN f.group_until IS NULL OR f.group_until > $2::date THEN f.department_id
                  WHEN f.next_from <= $2::date THEN f.next_department_id END ELSE h.department_id END,
             CASE WHEN f.department_id IS NOT NULL
         AND (f.next_from IS NULL OR f.next_from > $2::date OR f.next_until IS NULL OR f.next_until > $2::date) THEN CASE WHEN f.group_until IS NULL OR f.group_until > $2::date THEN f.career_level ELSE f.next_career_level END ELSE h.career_level END, -1, 0, 0
        FROM fairness_fact f
        LEFT JOIN LATERAL (
          SELECT h.department_id, h.career_level, h.valid_to FROM person_history h
           WHERE NOT (f.department_id IS NOT NULL
         AND (f.next_from IS NULL OR f.next_from > $2::date OR f.next_until IS NULL OR f.next_until > $2::date)) AND h.person_id = f.person_id AND h.valid_from <= $2::date
           ORDER BY h.valid_from DESC LIMIT 1
        ) h ON h.valid_to IS NULL OR h.valid_to > $2::date
       WHERE f.kind = 'request' AND f.day BETWEEN $1::date AND $2::date AND (f.prev_day IS NULL OR f.prev_day < $1::date) AND f.hired_on <= $2::date AND (f.left_on IS NULL OR f.left_on > $2::date) AND NOT (f.department_id IS NOT NULL AND (f.group_until IS NULL OR f.group_until > $2::date))
      UNION ALL
      -- leavings in (from, to] of people who did not ask in the period: their last day's group
      SELECT f.department_id, f.career_level, 1, 0, ((f.start_le >= $1::date OR f.start_gt <= $2::date) IS TRUE)::int
        FROM fairness_fact f
       WHERE f.kind = 'leave' AND f.day > $1::date AND f.day <= $2::date AND f.hired_on <= $2::date
         AND NOT (f.request_le >= $1::date OR f.request_gt <= $2::date) IS TRUE
      UNION ALL
      -- first starts of people still employed on $2 who did not ask in the period: placed in
      -- the cell they hold on $2 (where they are counted already), known from the fact ...
      SELECT CASE WHEN f.group_until IS NULL OR f.group_until > $2::date THEN f.department_id
                  WHEN f.next_from <= $2::date THEN f.next_department_id END, CASE WHEN f.group_until IS NULL OR f.group_until > $2::date THEN f.career_level ELSE f.next_career_level END, 0, 0, 1
        FROM fairness_fact f
       WHERE f.kind = 'start' AND f.day BETWEEN $1::date AND $2::date AND (f.prev_day IS NULL OR f.prev_day < $1::date) AND f.hired_on <= $2::date AND (f.left_on IS NULL OR f.left_on > $2::date) AND NOT (f.request_le >= $1::date OR f.request_gt <= $2::date) IS TRUE
         AND (f.department_id IS NOT NULL AND (f.group_until IS NULL OR f.group_until > $2::date) OR f.department_id IS NOT NULL
         AND (f.next_from IS NULL OR f.next_from > $2::date OR f.next_until IS NULL OR f.next_until > $2::date))
      UNION ALL
      -- ... or looked up
      SELECT h.department_id, h.career_level, 0, 0, 1
        FROM fairness_fact f
        JOIN LATERAL (
          SELECT h.department_id, h.career_level, h.valid_to FROM person_history h
           WHERE true AND h.person_id = f.person_id AND h.valid_from <= $2::date
           ORDER BY h.valid_from DESC LIMIT 1
        ) h ON h.valid_to IS NULL OR h.valid_to > $2::date
       WHERE f.kind = 'start' AND f.day BETWEEN $1::date AND $2::date AND (f.prev_day IS NULL OR f.prev_day < $1::date) AND f.hired_on <= $2::date AND (f.left_on IS NULL OR f.left_on > $2::date) AND NOT (f.request_le >= $1::date OR f.request_gt <= $2::date) IS TRUE
         AND NOT (f.department_id IS NOT NULL AND (f.group_until IS NULL OR f.group_until > $2::date) OR f.department_id IS NOT NULL
         AND (f.next_from IS NULL OR f.next_from > $2::date OR f.next_until IS NULL OR f.next_until > $2::date))
    ) z
   WHERE department_id IS NOT NULL
   GROUP BY department_id, career_level
),
decisions AS (
  SELECT f.department_id, f.career_level, f.status, f.days
    FROM fairness_fact f
   WHERE f.decided_day BETWEEN $1::date AND $2::date AND f.department_id IS NOT NULL AND f.hired_on <= $2::date AND (f.left_on IS NULL OR f.left_on > $1::date)
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
