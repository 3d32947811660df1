import { stretchOnDay } from '@stint/api-data';
import { withJsonArrays } from './answer-json.sql';

/** A date's month as a number (year × 12 + month − 1). */
const MONTH_NO = (date: string) =>
  `(extract(year FROM ${date})::int * 12 + extract(month FROM ${date})::int - 1)`;

/**
 * pmoFill: $1 from, $2 to, $3 unit, $4 PMO ids (or NULL), one row per PMO by name with its
 * seat-days open and filled per bucket (whole calendar buckets), and the buckets' labels and
 * last days. Reads the rollup (migration 1764400002000, docs/decisions.md "Seat fill reads a
 * rollup"): by month, a slice of each PMO's stored series (pmo_fill_pmo.days_open/days_filled);
 * by quarter, the stored months (pmo_fill_month) summed per bucket; either way, months after
 * the PMO's last stored one are its open-ended seats × the days in them. Only one of the two
 * branches runs (the other's condition on $3 is false). REFERENCE_PMO_FILL_SQL
 * (reference-fill.sql.ts) computes the same answer from the base tables. The buckets come from
 * an integer series (its row count is planned exactly, unlike a series of timestamps), with the
 * same labels and last days as gridCtes.
 */
export const PMO_FILL_SQL = `WITH grid AS (
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
         ${MONTH_NO('min(first_day)')} AS lo_no, ${MONTH_NO('max(last_day)')} AS hi_no,
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
     SELECT least(gm.n, greatest(0, coalesce(${MONTH_NO('t.first_month')}, ${MONTH_NO('t.stored_through')} + 1, gm.hi_no + 1) - gm.lo_no)) AS before,
            least(gm.n, greatest(0, gm.hi_no - greatest(gm.lo_no, coalesce(${MONTH_NO('t.stored_through')}, gm.hi_no) + 1) + 1)) AS after,
            greatest(gm.lo_no, ${MONTH_NO('t.first_month')}) - ${MONTH_NO('t.first_month')} + 1 AS a,
            least(gm.hi_no, ${MONTH_NO('t.stored_through')}) - ${MONTH_NO('t.first_month')} + 1 AS b
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
 ORDER BY p.name, p.id`;

/** PMO_FILL_SQL as the service reads it: the same rows, the arrays as json (answer-json.sql.ts). */
export const PMO_FILL_JSON_SQL = withJsonArrays(
  PMO_FILL_SQL,
  ['"pmoId"', 'name', 'scope', '"seatCount"'],
  ['"daysOpen"', '"daysFilled"', 'labels', 'dates'],
  'r.name, r."pmoId"',
);

/**
 * $1 asOf. Non-cancelled rotations ending in [asOf, asOf + 90 days], soonest first. Walks
 * rotation_active_ends_idx in ends_on order and stops at 500.
 */
export const UPCOMING_RETURNS_SQL = `SELECT r.id AS "rotationId", p.id AS "personId", p.full_name AS "fullName", d.name AS "departmentName",
       pm.name AS "pmoName", s.title AS "seatTitle", to_char(r.ends_on, 'YYYY-MM-DD') AS "endsOn"
  FROM rotation r
  JOIN person p ON p.id = r.person_id
  JOIN department d ON d.id = p.department_id
  JOIN seat s ON s.id = r.seat_id
  JOIN pmo pm ON pm.id = s.pmo_id
 WHERE r.cancelled_at IS NULL AND r.ends_on >= $1::date AND r.ends_on <= $1::date + 90
 ORDER BY r.ends_on, p.full_name, r.id
 LIMIT 500`;

/**
 * $1 asOf. Seats open on asOf that no non-cancelled rotation holds on asOf. The rotations held
 * on asOf come from rotation_active_ends_idx (ends_on >= asOf), not from every rotation.
 */
export const OPEN_SEATS_SQL = `SELECT s.id AS "seatId", pm.id AS "pmoId", pm.name AS "pmoName", s.title, s.role,
       to_char(s.opens_on, 'YYYY-MM-DD') AS "opensOn", to_char(s.closes_on, 'YYYY-MM-DD') AS "closesOn"
  FROM seat s JOIN pmo pm ON pm.id = s.pmo_id
 WHERE s.opens_on <= $1::date AND (s.closes_on IS NULL OR s.closes_on >= $1::date)
   AND NOT EXISTS (SELECT 1 FROM rotation r WHERE r.seat_id = s.id AND r.cancelled_at IS NULL
                      AND r.starts_on <= $1::date AND r.ends_on >= $1::date)
 ORDER BY pm.name, s.title, s.id
 LIMIT 500`;

/**
 * $1 from (or NULL), $2 to (or NULL), $3 department ids (or NULL), $4 today. Requests submitted
 * in [from, to] (UTC days) by people of those departments — the department they were in on the
 * day they submitted (person_history; SPEC §8) — and how far they got.
 */
export const REQUEST_FUNNEL_SQL = `SELECT count(*)::int AS submitted,
       count(*) FILTER (WHERE rq.status = 'APPROVED')::int AS approved,
       count(*) FILTER (WHERE rq.status = 'DECLINED')::int AS declined,
       count(*) FILTER (WHERE rq.status = 'WITHDRAWN')::int AS withdrawn,
       count(*) FILTER (WHERE rq.status = 'APPROVED' AND r.starts_on <= $4::date)::int AS placed,
       count(*) FILTER (WHERE rq.status = 'APPROVED' AND r.ends_on < $4::date)::int AS completed
  FROM rotation_request rq
  LEFT JOIN rotation r ON r.request_id = rq.id AND r.cancelled_at IS NULL
 WHERE ($1::date IS NULL OR (rq.submitted_at AT TIME ZONE 'UTC')::date >= $1::date)
   AND ($2::date IS NULL OR (rq.submitted_at AT TIME ZONE 'UTC')::date <= $2::date)
   AND ($3::uuid[] IS NULL OR cardinality($3::uuid[]) = 0
        OR EXISTS (SELECT 1 FROM person_history h
                    WHERE ${stretchOnDay('h', 'rq.person_id', `(rq.submitted_at AT TIME ZONE 'UTC')::date`)}
                      AND h.department_id = ANY($3::uuid[])))`;
