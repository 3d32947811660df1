-- Generated from libs/api/analytics/src/lib/sql by queries.spec.ts; do not edit.
WITH grid AS (
    SELECT (row_number() OVER (ORDER BY b) - 1)::int AS idx,
           b::date AS first_day,
           (b + CASE WHEN $3::text = 'month' THEN interval '1 month' ELSE interval '3 months' END - interval '1 day')::date AS last_day,
           CASE WHEN $3::text = 'month' THEN to_char(b, 'YYYY-MM') ELSE to_char(b, 'YYYY-"Q"Q') END AS label
      FROM generate_series(date_trunc($3::text, $1::date::timestamp),
                           date_trunc($3::text, $2::date::timestamp), CASE WHEN $3::text = 'month' THEN interval '1 month' ELSE interval '3 months' END) AS b
  ),
  grid_meta AS (
    SELECT count(*)::int AS n, array_agg(last_day + 1 ORDER BY idx) AS th FROM grid
  ),
pmos AS (
  SELECT id, name, scope FROM pmo WHERE $4::uuid[] IS NULL OR cardinality($4::uuid[]) = 0 OR id = ANY($4::uuid[])
),
seats AS (SELECT s.id, s.pmo_id, s.opens_on, s.closes_on FROM seat s JOIN pmos p ON p.id = s.pmo_id),
open_days AS (
  SELECT s.pmo_id, g.idx, sum(least(g.last_day, coalesce(s.closes_on, g.last_day)) - greatest(g.first_day, s.opens_on) + 1) AS days
    FROM seats s JOIN grid g ON s.opens_on <= g.last_day AND (s.closes_on IS NULL OR s.closes_on >= g.first_day)
   GROUP BY s.pmo_id, g.idx
),
filled_days AS (
  SELECT s.pmo_id, g.idx, sum(least(g.last_day, r.ends_on) - greatest(g.first_day, r.starts_on) + 1) AS days
    FROM rotation r JOIN seats s ON s.id = r.seat_id
    JOIN grid g ON r.starts_on <= g.last_day AND r.ends_on >= g.first_day
   WHERE r.cancelled_at IS NULL
   GROUP BY s.pmo_id, g.idx
)
SELECT p.id AS "pmoId", p.name, p.scope,
       (SELECT count(*)::int FROM seats s WHERE s.pmo_id = p.id) AS "seatCount",
       array_agg(coalesce(o.days, 0)::int ORDER BY g.idx) AS "daysOpen",
       array_agg(coalesce(f.days, 0)::int ORDER BY g.idx) AS "daysFilled",
       array_agg(g.label ORDER BY g.idx) AS labels,
       array_agg(to_char(g.last_day, 'YYYY-MM-DD') ORDER BY g.idx) AS dates
  FROM pmos p CROSS JOIN grid g
  LEFT JOIN open_days o ON o.pmo_id = p.id AND o.idx = g.idx
  LEFT JOIN filled_days f ON f.pmo_id = p.id AND f.idx = g.idx
 GROUP BY p.id, p.name, p.scope
 ORDER BY p.name, p.id
