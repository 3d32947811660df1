-- Generated from libs/api/analytics/src/lib/sql by queries.spec.ts; do not edit.
WITH months AS (
  SELECT m::date AS first_day, (m + interval '1 month' - interval '1 day')::date AS last_day
    FROM generate_series(date_trunc('month', $3::date::timestamp), date_trunc('month', $4::date::timestamp), interval '1 month') AS m
),
home AS (SELECT id, hired_on, left_on FROM person WHERE department_id = $5::uuid),
first_start AS (
  SELECT r.person_id, min(r.starts_on) AS first_start
    FROM rotation r JOIN home q ON q.id = r.person_id
   WHERE r.cancelled_at IS NULL GROUP BY r.person_id
),
at_end AS (
  SELECT count(*)::int AS headcount,
         count(*) FILTER (WHERE f.first_start <= $4::date)::int AS experienced,
         bool_or(q.id = $1::uuid) AS person_employed,
         bool_or(q.id = $1::uuid AND f.first_start <= $4::date) AS person_experienced
    FROM home q LEFT JOIN first_start f ON f.person_id = q.id
   WHERE q.hired_on <= $4::date AND (q.left_on IS NULL OR q.left_on > $4::date)
),
the_seat AS (SELECT id, pmo_id, opens_on, closes_on FROM seat WHERE id = $2::uuid),
pmo_seats AS (SELECT s.id, s.opens_on, s.closes_on FROM seat s JOIN the_seat x ON x.pmo_id = s.pmo_id),
fill AS (
  SELECT coalesce((SELECT sum(least($4::date, coalesce(s.closes_on, $4::date)) - greatest($3::date, s.opens_on) + 1)
                     FROM pmo_seats s WHERE s.opens_on <= $4::date AND (s.closes_on IS NULL OR s.closes_on >= $3::date)), 0)::int AS days_open,
         coalesce((SELECT sum(least($4::date, r.ends_on) - greatest($3::date, r.starts_on) + 1)
                     FROM rotation r JOIN pmo_seats s ON s.id = r.seat_id
                    WHERE r.cancelled_at IS NULL AND r.starts_on <= $4::date AND r.ends_on >= $3::date), 0)::int AS days_filled,
         coalesce((SELECT greatest(0, least($4::date, coalesce(s.closes_on, $4::date)) - greatest($3::date, s.opens_on) + 1) FROM the_seat s), 0)::int
           - coalesce((SELECT sum(least($4::date, r.ends_on) - greatest($3::date, r.starts_on) + 1)
                         FROM rotation r WHERE r.seat_id = $2::uuid AND r.cancelled_at IS NULL
                          AND r.starts_on <= $4::date AND r.ends_on >= $3::date), 0)::int AS days_added
)
SELECT to_char(mo.first_day, 'YYYY-MM') AS month,
       (SELECT count(*) FROM home q WHERE q.hired_on <= mo.last_day AND (q.left_on IS NULL OR q.left_on > mo.last_day))::int AS headcount,
       (SELECT count(DISTINCT r.person_id) FROM rotation r JOIN home q ON q.id = r.person_id
         WHERE r.cancelled_at IS NULL AND r.starts_on <= mo.last_day AND r.ends_on >= mo.first_day)::int AS away,
       (SELECT count(DISTINCT r.person_id) FROM rotation r JOIN home q ON q.id = r.person_id
         WHERE r.cancelled_at IS NULL AND r.person_id <> $1::uuid AND r.starts_on <= mo.last_day AND r.ends_on >= mo.first_day)::int AS "awayOthers",
       e.headcount AS "endHeadcount", e.experienced AS "endExperienced",
       coalesce(e.person_employed, false) AS "personEmployedAtEnd", coalesce(e.person_experienced, false) AS "personExperiencedAtEnd",
       f.days_open AS "daysOpen", f.days_filled AS "daysFilled", f.days_added AS "daysAdded"
  FROM months mo CROSS JOIN at_end e CROSS JOIN fill f
 ORDER BY mo.first_day
