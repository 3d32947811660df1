-- Generated from libs/api/analytics/src/lib/sql by queries.spec.ts; do not edit.
WITH hist AS (
    SELECT r.person_id,
           count(*)::int AS n,
           max(r.ends_on) FILTER (WHERE r.ends_on < $1::date OR r.ends_on < $1::date) AS anchor,
           bool_or(r.ends_on >= $1::date AND r.starts_on <= $2::date AND r.ends_on >= $1::date) AS overlaps,
           min(r.starts_on) AS first_start,
           bool_or(r.starts_on <= $1::date AND r.ends_on >= $1::date) AS on_now
      FROM rotation r WHERE r.cancelled_at IS NULL
     GROUP BY r.person_id
  )
SELECT p.id
  FROM person p LEFT JOIN hist h ON h.person_id = p.id
 WHERE (NOT p.on_leave
      AND p.hired_on <= $1::date
      AND (p.left_on IS NULL OR p.left_on > $2::date)
      AND p.career_level = ANY($3::text[])
      AND ($4::int = 0
           OR (p.pm_since + make_interval(months => $4::int))::date <= $1::date)
      AND NOT coalesce(h.overlaps, false)
      AND (h.anchor IS NULL
           OR $1::date >= greatest((h.anchor + make_interval(months => $5::int))::date, h.anchor + 1))
      AND coalesce(h.n, 0) < $6::int)
 ORDER BY p.id
