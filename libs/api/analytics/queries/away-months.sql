-- Generated from libs/api/analytics/src/lib/sql by queries.spec.ts; do not edit.
WITH months AS (
  SELECT (row_number() OVER (ORDER BY m) - 1)::int AS idx, m::date AS first_day,
         (m + interval '1 month' - interval '1 day')::date AS last_day
    FROM generate_series(date_trunc('month', $1::date::timestamp), date_trunc('month', $2::date::timestamp), interval '1 month') AS m
),
away_deltas AS (
  SELECT a.department_id, v.idx, sum(v.d) AS d
    FROM away_run a
    CROSS JOIN LATERAL (VALUES (greatest(a.lo - (extract(year FROM $1::date)::int * 12 + extract(month FROM $1::date)::int), 0), 1), (a.hi - (extract(year FROM $1::date)::int * 12 + extract(month FROM $1::date)::int), -1)) AS v(idx, d)
   WHERE a.hi > (extract(year FROM $1::date)::int * 12 + extract(month FROM $1::date)::int) AND a.lo <= (extract(year FROM $2::date)::int * 12 + extract(month FROM $2::date)::int)
   GROUP BY a.department_id, v.idx
)
SELECT department_id, idx, away
  FROM (SELECT d.department_id, mo.idx,
               (sum(coalesce(a.d, 0)) OVER (PARTITION BY d.department_id ORDER BY mo.idx))::int AS away
          FROM (SELECT DISTINCT department_id FROM away_deltas) d CROSS JOIN months mo
          LEFT JOIN away_deltas a ON a.department_id = d.department_id AND a.idx = mo.idx) x
 WHERE away > 0
 ORDER BY 1, 2
