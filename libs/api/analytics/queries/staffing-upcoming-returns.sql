-- Generated from libs/api/analytics/src/lib/sql by queries.spec.ts; do not edit.
SELECT r.id AS "rotationId", p.id AS "personId", p.full_name AS "fullName", d.name AS "departmentName",
       pm.name AS "pmoName", s.title AS "seatTitle", to_char(r.ends_on, 'YYYY-MM-DD') AS "endsOn"
  FROM rotation r
  JOIN person p ON p.id = r.person_id
  JOIN department d ON d.id = p.department_id
  JOIN seat s ON s.id = r.seat_id
  JOIN pmo pm ON pm.id = s.pmo_id
 WHERE r.cancelled_at IS NULL AND r.ends_on >= $1::date AND r.ends_on <= $1::date + 90
 ORDER BY r.ends_on, p.full_name, r.id
 LIMIT 500
