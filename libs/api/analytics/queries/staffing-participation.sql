-- Generated from libs/api/analytics/src/lib/sql by queries.spec.ts; do not edit.
WITH on_day AS (
  SELECT z.department_id, z.career_level, sum(z.h) AS headcount, sum(z.x) AS experienced,
         sum(z.r) AS on_rotation, sum(z.e) AS eligible
    FROM (SELECT c.department_id, c.career_level, c.headcount AS h, c.experienced AS x, c.on_rotation AS r, c.eligible AS e
            FROM (SELECT min(month) AS lo, max(month) AS hi FROM coverage_month) rg JOIN coverage_month c ON c.month = least((date_trunc('month', $1::date) - interval '1 month')::date, rg.hi)
           WHERE (date_trunc('month', $1::date) - interval '1 month')::date >= rg.lo AND c.career_level <> '*' AND true
          UNION ALL
          SELECT ev.department_id, ev.career_level, ev.dh, ev.dx, ev.dr, ev.de
            FROM coverage_person_event ev
           WHERE ev.day >= date_trunc('month', $1::date)::date AND ev.day <= $1::date
             AND true) z
   GROUP BY z.department_id, z.career_level
)
SELECT l.level AS "careerLevel", coalesce(sum(c.headcount), 0)::int AS headcount,
       coalesce(sum(c.on_rotation), 0)::int AS "onRotation",
       coalesce(sum(c.experienced - c.on_rotation), 0)::int AS alumni
  FROM unnest(ARRAY['PROJECT_COORDINATOR', 'PROJECT_MANAGER', 'SENIOR_PROJECT_MANAGER', 'PROGRAM_MANAGER', 'PORTFOLIO_MANAGER']::text[]) WITH ORDINALITY AS l(level, ord)
  LEFT JOIN on_day c ON c.career_level = l.level
 GROUP BY l.level, l.ord
 ORDER BY l.ord
