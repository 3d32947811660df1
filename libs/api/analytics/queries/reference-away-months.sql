-- Generated from libs/api/analytics/src/lib/sql by queries.spec.ts; do not edit.
WITH months AS (
  SELECT (row_number() OVER (ORDER BY m) - 1)::int AS idx, m::date AS first_day,
         (m + interval '1 month' - interval '1 day')::date AS last_day
    FROM generate_series(date_trunc('month', $1::date::timestamp), date_trunc('month', $2::date::timestamp), interval '1 month') AS m
)
SELECT h.department_id, mo.idx, count(DISTINCT h.person_id)::int AS away
  FROM months mo
  JOIN person_history h ON h.valid_from <= mo.last_day AND (h.valid_to IS NULL OR h.valid_to > mo.last_day)
 WHERE EXISTS (SELECT 1 FROM rotation r
                WHERE r.person_id = h.person_id AND r.cancelled_at IS NULL
                  AND r.starts_on <= mo.last_day AND r.ends_on >= mo.first_day)
 GROUP BY 1, 2
 ORDER BY 1, 2
