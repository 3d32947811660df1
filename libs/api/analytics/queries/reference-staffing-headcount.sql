-- Generated from libs/api/analytics/src/lib/sql by queries.spec.ts; do not edit.
SELECT d.id AS "departmentId", d.code, d.name, h.career_level AS "careerLevel", count(*)::int AS headcount
  FROM person p
  JOIN person_history h ON h.person_id = p.id AND h.valid_from <= $1::date AND (h.valid_to IS NULL OR h.valid_to > $1::date)
  JOIN department d ON d.id = h.department_id
 WHERE p.hired_on <= $1::date AND (p.left_on IS NULL OR p.left_on > $1::date)
 GROUP BY d.id, d.code, d.name, h.career_level
 ORDER BY d.name, d.id, array_position(ARRAY['PROJECT_COORDINATOR', 'PROJECT_MANAGER', 'SENIOR_PROJECT_MANAGER', 'PROGRAM_MANAGER', 'PORTFOLIO_MANAGER']::text[], h.career_level)
