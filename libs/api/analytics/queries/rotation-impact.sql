-- Generated from libs/api/analytics/src/lib/sql by queries.spec.ts; do not edit.
WITH am_months AS (
    SELECT m::date AS first_day, (m + interval '1 month' - interval '1 day')::date AS last_day
      FROM generate_series(date_trunc('month', $3::date::timestamp), date_trunc('month', $4::date::timestamp), interval '1 month') AS m
  ),
  am AS (
    SELECT mo.first_day, mo.last_day, to_char(mo.first_day, 'YYYY-MM') AS month,
           d.id AS department_id, d.away_cap::float8 AS away_cap,
           (SELECT count(*) FROM person_history h JOIN person q ON q.id = h.person_id
             WHERE h.department_id = d.id AND h.valid_from <= mo.last_day
               AND (h.valid_to IS NULL OR h.valid_to > mo.last_day)
               AND q.hired_on <= mo.last_day AND (q.left_on IS NULL OR q.left_on > mo.last_day))::int AS headcount,
           (SELECT count(DISTINCT r.person_id) FROM person_history h JOIN rotation r ON r.person_id = h.person_id
             WHERE h.department_id = d.id AND h.valid_from <= mo.last_day
               AND (h.valid_to IS NULL OR h.valid_to > mo.last_day)
               AND r.cancelled_at IS NULL AND r.starts_on <= mo.last_day AND r.ends_on >= mo.first_day)::int AS away,
           (SELECT count(DISTINCT r.person_id) FROM person_history h JOIN rotation r ON r.person_id = h.person_id
             WHERE h.department_id = d.id AND h.valid_from <= mo.last_day
               AND (h.valid_to IS NULL OR h.valid_to > mo.last_day) AND r.person_id <> $1::uuid
               AND r.cancelled_at IS NULL AND r.starts_on <= mo.last_day AND r.ends_on >= mo.first_day)::int AS away_others
      FROM am_months mo
      LEFT JOIN person_history ph ON ph.person_id = $1::uuid AND ph.valid_from <= mo.last_day AND (ph.valid_to IS NULL OR ph.valid_to > mo.last_day)
      JOIN department d ON d.id = coalesce(ph.department_id, $5::uuid)
  ),
at_end AS (
  SELECT count(*)::int AS headcount,
         count(*) FILTER (WHERE f.first_start <= $4::date)::int AS experienced,
         bool_or(q.id = $1::uuid) AS person_employed,
         bool_or(q.id = $1::uuid AND f.first_start <= $4::date) AS person_experienced
    FROM person_history h
    JOIN person q ON q.id = h.person_id
    LEFT JOIN LATERAL (SELECT min(r.starts_on) AS first_start FROM rotation r
                        WHERE r.person_id = q.id AND r.cancelled_at IS NULL) f ON true
   WHERE h.department_id = $5::uuid AND h.valid_from <= $4::date AND (h.valid_to IS NULL OR h.valid_to > $4::date)
     AND q.hired_on <= $4::date AND (q.left_on IS NULL OR q.left_on > $4::date)
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
SELECT am.month, am.department_id AS "departmentId", am.away_cap AS "awayCap",
       am.headcount, am.away, am.away_others AS "awayOthers",
       e.headcount AS "endHeadcount", e.experienced AS "endExperienced",
       coalesce(e.person_employed, false) AS "personEmployedAtEnd", coalesce(e.person_experienced, false) AS "personExperiencedAtEnd",
       f.days_open AS "daysOpen", f.days_filled AS "daysFilled", f.days_added AS "daysAdded"
  FROM am CROSS JOIN at_end e CROSS JOIN fill f
 ORDER BY am.first_day
