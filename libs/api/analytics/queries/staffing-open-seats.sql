-- Generated from libs/api/analytics/src/lib/sql by queries.spec.ts; do not edit.
SELECT s.id AS "seatId", pm.id AS "pmoId", pm.name AS "pmoName", s.title, s.role,
       to_char(s.opens_on, 'YYYY-MM-DD') AS "opensOn", to_char(s.closes_on, 'YYYY-MM-DD') AS "closesOn"
  FROM seat s JOIN pmo pm ON pm.id = s.pmo_id
 WHERE s.opens_on <= $1::date AND (s.closes_on IS NULL OR s.closes_on >= $1::date)
   AND NOT EXISTS (SELECT 1 FROM rotation r WHERE r.seat_id = s.id AND r.cancelled_at IS NULL
                      AND r.starts_on <= $1::date AND r.ends_on >= $1::date)
 ORDER BY pm.name, s.title, s.id
 LIMIT 500
