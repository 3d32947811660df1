-- Generated from libs/api/analytics/src/lib/sql by queries.spec.ts; do not edit.
WITH grid AS (
  SELECT i AS idx, b::date AS first_day, (b + span.step - interval '1 day')::date AS last_day,
         CASE WHEN $3::text = 'month' THEN to_char(b, 'YYYY-MM') ELSE to_char(b, 'YYYY-"Q"Q') END AS label
    FROM (SELECT CASE WHEN $3::text = 'month' THEN interval '1 month' ELSE interval '3 months' END AS step,
                 CASE WHEN $3::text = 'month' THEN 1 ELSE 3 END AS months,
                 date_trunc($3::text, $1::date::timestamp) AS b0,
                 date_trunc($3::text, $2::date::timestamp) AS b1) AS span
   CROSS JOIN LATERAL generate_series(0, ((extract(year FROM span.b1) - extract(year FROM span.b0)) * 12
                                          + extract(month FROM span.b1) - extract(month FROM span.b0))::int / span.months) AS i
   CROSS JOIN LATERAL (SELECT span.b0 + span.step * i AS b) AS bb
),
grid_meta AS (
  SELECT min(first_day) AS lo, max(last_day) AS hi, array_agg(last_day + 1 ORDER BY idx) AS th,
         array_agg(label ORDER BY idx) AS labels, array_agg(to_char(last_day, 'YYYY-MM-DD') ORDER BY idx) AS dates
    FROM grid
),
pmos AS (
  SELECT id, name, scope FROM pmo WHERE $4::uuid[] IS NULL OR cardinality($4::uuid[]) = 0 OR id = ANY($4::uuid[])
),
stored AS (
  SELECT f.pmo_id, width_bucket(f.month, gm.th) AS idx, sum(f.days_open) AS days_open, sum(f.days_filled) AS days_filled
    FROM grid_meta gm JOIN pmo_fill_month f ON f.month BETWEEN gm.lo AND gm.hi
   WHERE $4::uuid[] IS NULL OR cardinality($4::uuid[]) = 0 OR f.pmo_id = ANY($4::uuid[])
   GROUP BY f.pmo_id, 2
),
seat_counts AS (
  SELECT s.pmo_id, count(*)::int AS n FROM seat s
   WHERE $4::uuid[] IS NULL OR cardinality($4::uuid[]) = 0 OR s.pmo_id = ANY($4::uuid[])
   GROUP BY s.pmo_id
),
cells AS (
  SELECT p.id,
         array_agg((coalesce(c.days_open, 0)
                    + coalesce(t.open_ended_seats
                               * greatest(0, g.last_day - greatest(g.first_day, (t.stored_through + interval '1 month')::date) + 1), 0))::int
                   ORDER BY g.idx) AS days_open,
         array_agg(coalesce(c.days_filled, 0)::int ORDER BY g.idx) AS days_filled
    FROM pmos p CROSS JOIN grid g
    LEFT JOIN pmo_fill_pmo t ON t.pmo_id = p.id
    LEFT JOIN stored c ON c.pmo_id = p.id AND c.idx = g.idx
   GROUP BY p.id
)
SELECT p.id AS "pmoId", p.name, p.scope, coalesce(sc.n, 0) AS "seatCount",
       c.days_open AS "daysOpen", c.days_filled AS "daysFilled", gm.labels, gm.dates
  FROM pmos p JOIN cells c ON c.id = p.id CROSS JOIN grid_meta gm
  LEFT JOIN seat_counts sc ON sc.pmo_id = p.id
 ORDER BY p.name, p.id
