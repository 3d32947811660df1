-- Generated from libs/api/analytics/src/lib/sql by queries.spec.ts; do not edit.
WITH hist AS (
  SELECT r.person_id, min(r.starts_on) AS first_start,
         bool_or(r.starts_on <= $1::date AND r.ends_on >= $1::date) AS on_now
    FROM rotation r WHERE r.cancelled_at IS NULL GROUP BY r.person_id
),
staff AS (
  SELECT s.career_level, coalesce(h.on_now, false) AS on_now, coalesce(h.first_start <= $1::date, false) AS experienced
    FROM person p
    JOIN person_history s ON s.person_id = p.id AND s.valid_from <= $1::date AND (s.valid_to IS NULL OR s.valid_to > $1::date)
    LEFT JOIN hist h ON h.person_id = p.id
   WHERE p.hired_on <= $1::date AND (p.left_on IS NULL OR p.left_on > $1::date)
)
SELECT l.level AS "careerLevel", count(s.career_level)::int AS headcount,
       count(*) FILTER (WHERE s.on_now)::int AS "onRotation",
       count(*) FILTER (WHERE s.experienced AND NOT s.on_now)::int AS alumni
  FROM unnest(ARRAY['PROJECT_COORDINATOR', 'PROJECT_MANAGER', 'SENIOR_PROJECT_MANAGER', 'PROGRAM_MANAGER', 'PORTFOLIO_MANAGER']::text[]) WITH ORDINALITY AS l(level, ord)
  LEFT JOIN staff s ON s.career_level = l.level
 GROUP BY l.level, l.ord
 ORDER BY l.ord
