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
req AS (
  SELECT f.person_id, true AS r_in, f.department_id AS r_dept, f.career_level AS r_level,
         f.department_id IS NOT NULL AND (f.group_until IS NULL OR f.group_until > $2::date) AS r_holds
    FROM fairness_fact f
   WHERE f.kind = 'request' AND f.day BETWEEN $1::date AND $2::date AND (f.prev_day IS NULL OR f.prev_day < $1::date)
     AND f.hired_on <= $2::date AND (f.left_on IS NULL OR f.left_on > $1::date)
),
start AS (
  SELECT f.person_id, true AS s_in, f.department_id AS s_dept, f.career_level AS s_level,
         f.department_id IS NOT NULL AND (f.group_until IS NULL OR f.group_until > $2::date) AS s_holds
    FROM fairness_fact f
   WHERE f.kind = 'start' AND f.day BETWEEN $1::date AND $2::date AND (f.prev_day IS NULL OR f.prev_day < $1::date)
     AND f.hired_on <= $2::date AND (f.left_on IS NULL OR f.left_on > $1::date)
),
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
