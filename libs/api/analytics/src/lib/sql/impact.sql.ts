import { awayMonthsCte } from '@stint/api-data';

/**
 * The numbers behind rotationImpact in one statement, one row per calendar month of the window
 * [$3, $4] for person $1 (home department $5: the one they are in on $3) and seat $2:
 * - the department the person is in on the month's last day and its away cap (SPEC §8: AWAY_CAP
 *   judges each month in that department; for almost everyone it is $5 throughout);
 * - headcount: that department's people employed on the month's last day;
 * - away: its people away on a non-cancelled rotation touching the month;
 * - awayOthers: the same without the person (what AWAY_CAP adds the person to);
 * and, repeated on every row, the home department's headcount and experienced people (on a
 * rotation or alumni) on the window's last day — people counted where they are on that day —
 * whether the person is employed there and already experienced then, and the seat's PMO's
 * seat-days open and filled over the window plus the days this rotation would add to the seat.
 */
export const IMPACT_SQL = `WITH ${awayMonthsCte('am', '$1::uuid', '$3::date', '$4::date', '$5::uuid')},
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
 ORDER BY am.first_day`;
