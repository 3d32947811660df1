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
  SELECT count(*)::int AS n, min(first_day) AS lo, max(last_day) AS hi, array_agg(last_day + 1 ORDER BY idx) AS th,
         (extract(year FROM min(first_day))::int * 12 + extract(month FROM min(first_day))::int - 1) AS lo_no, (extract(year FROM max(last_day))::int * 12 + extract(month FROM max(last_day))::int - 1) AS hi_no,
         array_agg(last_day - first_day + 1 ORDER BY idx) AS widths,
         array_agg(label ORDER BY idx) AS labels, array_agg(to_char(last_day, 'YYYY-MM-DD') ORDER BY idx) AS dates
    FROM grid
),
pmos AS (
  SELECT id, name, scope FROM pmo WHERE $4::uuid[] IS NULL OR cardinality($4::uuid[]) = 0 OR id = ANY($4::uuid[])
),
seat_counts AS (
  SELECT s.pmo_id, count(*)::int AS n FROM seat s
   WHERE $4::uuid[] IS NULL OR cardinality($4::uuid[]) = 0 OR s.pmo_id = ANY($4::uuid[])
   GROUP BY s.pmo_id
),
-- By month: each PMO's stored series (pmo_fill_pmo.days_open/days_filled, one element per month
-- from first_month to stored_through) sliced to the period, zeros before it, and after it the
-- open-ended seats × the days of each month (tails: one array per count of open-ended seats).
tails AS (
  SELECT d.k, ARRAY(SELECT d.k * w FROM unnest(gm.widths) WITH ORDINALITY AS u(w, o) ORDER BY o) AS days
    FROM (SELECT DISTINCT open_ended_seats AS k FROM pmo_fill_pmo) AS d CROSS JOIN grid_meta gm
   WHERE $3::text = 'month'
),
by_month AS (
  SELECT p.id,
         array_fill(0, ARRAY[x.before]) || coalesce(t.days_open[x.a:x.b], '{}') || coalesce(tl.days[gm.n - x.after + 1:gm.n], '{}') AS days_open,
         array_fill(0, ARRAY[x.before]) || coalesce(t.days_filled[x.a:x.b], '{}') || array_fill(0, ARRAY[x.after]) AS days_filled
    FROM pmos p CROSS JOIN grid_meta gm
    LEFT JOIN pmo_fill_pmo t ON t.pmo_id = p.id
    LEFT JOIN tails tl ON tl.k = t.open_ended_seats
   CROSS JOIN LATERAL (
     SELECT least(gm.n, greatest(0, coalesce((extract(year FROM t.first_month)::int * 12 + extract(month FROM t.first_month)::int - 1), (extract(year FROM t.stored_through)::int * 12 + extract(month FROM t.stored_through)::int - 1) + 1, gm.hi_no + 1) - gm.lo_no)) AS before,
            least(gm.n, greatest(0, gm.hi_no - greatest(gm.lo_no, coalesce((extract(year FROM t.stored_through)::int * 12 + extract(month FROM t.stored_through)::int - 1), gm.hi_no) + 1) + 1)) AS after,
            greatest(gm.lo_no, (extract(year FROM t.first_month)::int * 12 + extract(month FROM t.first_month)::int - 1)) - (extract(year FROM t.first_month)::int * 12 + extract(month FROM t.first_month)::int - 1) + 1 AS a,
            least(gm.hi_no, (extract(year FROM t.stored_through)::int * 12 + extract(month FROM t.stored_through)::int - 1)) - (extract(year FROM t.first_month)::int * 12 + extract(month FROM t.first_month)::int - 1) + 1 AS b
   ) AS x
   WHERE $3::text = 'month'
),
-- By quarter: the stored months summed per bucket, plus the open-ended seats × the bucket's days
-- after the last stored month.
stored AS (
  SELECT f.pmo_id, width_bucket(f.month, gm.th) AS idx, sum(f.days_open) AS days_open, sum(f.days_filled) AS days_filled
    FROM grid_meta gm JOIN pmo_fill_month f ON f.month BETWEEN gm.lo AND gm.hi
   WHERE $3::text <> 'month' AND ($4::uuid[] IS NULL OR cardinality($4::uuid[]) = 0 OR f.pmo_id = ANY($4::uuid[]))
   GROUP BY f.pmo_id, 2
),
by_bucket AS (
  SELECT p.id,
         array_agg((coalesce(c.days_open, 0)
                    + coalesce(t.open_ended_seats
                               * greatest(0, g.last_day - greatest(g.first_day, (t.stored_through + interval '1 month')::date) + 1), 0))::int
                   ORDER BY g.idx) AS days_open,
         array_agg(coalesce(c.days_filled, 0)::int ORDER BY g.idx) AS days_filled
    FROM pmos p CROSS JOIN grid g
    LEFT JOIN pmo_fill_pmo t ON t.pmo_id = p.id
    LEFT JOIN stored c ON c.pmo_id = p.id AND c.idx = g.idx
   WHERE $3::text <> 'month'
   GROUP BY p.id
),
cells AS (SELECT * FROM by_month UNION ALL SELECT * FROM by_bucket)
SELECT p.id AS "pmoId", p.name, p.scope, coalesce(sc.n, 0) AS "seatCount",
       c.days_open AS "daysOpen", c.days_filled AS "daysFilled", gm.labels, gm.dates
  FROM pmos p JOIN cells c ON c.id = p.id CROSS JOIN grid_meta gm
  LEFT JOIN seat_counts sc ON sc.pmo_id = p.id
 ORDER BY p.name, p.id
