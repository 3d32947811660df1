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
  ),
on_day AS MATERIALIZED (
    SELECT st.person_id, st.career_level FROM person_history st
     WHERE st.valid_from <= $1::date AND (st.valid_to IS NULL OR st.valid_to > $1::date)
       AND st.career_level = ANY($3::text[])
  )
SELECT p.id
  FROM person p
  JOIN on_day s ON s.person_id = p.id
  LEFT JOIN hist h ON h.person_id = p.id
 WHERE (p.hired_on <= $1::date
      AND (p.left_on IS NULL OR p.left_on > $2::date)
      AND s.career_level = ANY($3::text[])
      AND ($4::int = 0
           OR (p.pm_since + make_interval(months => $4::int))::date <= $1::date)
      AND NOT coalesce(h.overlaps, false)
      AND (h.anchor IS NULL
           OR $1::date >= greatest((h.anchor + make_interval(months => $5::int))::date, h.anchor + 1))
      AND coalesce(h.n, 0) < $6::int
      AND NOT p.id IN (SELECT lv.person_id FROM person_history lv WHERE lv.on_leave
                    AND lv.valid_from <= $2::date AND (lv.valid_to IS NULL OR lv.valid_to > $1::date)))
 ORDER BY p.id
