-- Generated from libs/api/analytics/src/lib/sql by queries.spec.ts; do not edit.
WITH grid AS (
    SELECT (row_number() OVER (ORDER BY b) - 1)::int AS idx,
           b::date AS first_day,
           (b + CASE WHEN $3::text = 'month' THEN interval '1 month' ELSE interval '3 months' END - interval '1 day')::date AS last_day,
           CASE WHEN $3::text = 'month' THEN to_char(b, 'YYYY-MM') ELSE to_char(b, 'YYYY-"Q"Q') END AS label
      FROM generate_series(date_trunc($3::text, $1::date::timestamp),
                           date_trunc($3::text, $2::date::timestamp), CASE WHEN $3::text = 'month' THEN interval '1 month' ELSE interval '3 months' END) AS b
  ),
  grid_meta AS (
    SELECT count(*)::int AS n, array_agg(last_day + 1 ORDER BY idx) AS th FROM grid
  ),
policy AS (SELECT $6::date AS window_end, $7::text[] AS levels, $8::int AS e, $9::int AS c, $10::int AS maxr),
depts AS (
  SELECT id, code, name, coverage_target, away_cap FROM department WHERE ($4::uuid[] IS NULL OR cardinality($4::uuid[]) = 0 OR id = ANY($4::uuid[]))
),
cells_months AS (
  SELECT g.idx, least(date_trunc('month', g.last_day)::date, rg.hi) AS month
    FROM grid g CROSS JOIN (SELECT min(month) AS lo, max(month) AS hi FROM coverage_month) rg
   WHERE date_trunc('month', g.last_day)::date >= rg.lo
),
cells AS (
  SELECT c.department_id, b.idx, c.headcount, c.experienced, c.on_rotation, c.eligible
    FROM coverage_month c JOIN cells_months b ON b.month = c.month AND c.career_level = '*'
   -- An array, so that the few months are read as index ranges whatever the estimates.
   WHERE c.month = ANY(ARRAY(SELECT month FROM cells_months)) AND c.career_level = '*'
     AND ($4::uuid[] IS NULL OR cardinality($4::uuid[]) = 0 OR c.department_id = ANY($4::uuid[]))
),
-- Each department's series from its cells in bucket order. A department with a cell in every
-- bucket (all of them once the buckets are inside the rollup's range) takes its cells as they
-- are; the others (buckets before the range, or no rows at all) get zeros where a cell is
-- missing, from the grid. Crossing every department with the grid instead cost more than the
-- rest of the statement at `xl` (24,000 rows hashed and joined to find none missing).
-- The cells are sorted once and aggregated in that order: an aggregate's own ORDER BY sorts
-- each group once per aggregate before PostgreSQL 16 (4,000 small sorts at `xl`, ~12 ms).
-- Nothing between the sort and the aggregate can reorder the rows (no join at this level), so
-- each department's arrays are in bucket order, as the reference statement's are.
dept_cells AS (
  SELECT department_id, count(*) AS k,
         array_agg(headcount::int) AS headcount,
         array_agg(on_rotation::int) AS on_rotation,
         array_agg((experienced - on_rotation)::int) AS alumni,
         array_agg(eligible::int) AS eligible
    FROM (SELECT * FROM cells ORDER BY department_id, idx) c GROUP BY department_id
),
dept_series AS (
  SELECT department_id, headcount, on_rotation, alumni, eligible
    FROM dept_cells WHERE k = (SELECT count(*) FROM grid)
  UNION ALL
  SELECT d.id, array_agg(coalesce(c.headcount, 0)::int ORDER BY g.idx) AS headcount,
         array_agg(coalesce(c.on_rotation, 0)::int ORDER BY g.idx) AS on_rotation,
         array_agg((coalesce(c.experienced, 0) - coalesce(c.on_rotation, 0))::int ORDER BY g.idx) AS alumni,
         array_agg(coalesce(c.eligible, 0)::int ORDER BY g.idx) AS eligible
    FROM (SELECT id FROM depts x
           WHERE NOT EXISTS (SELECT 1 FROM dept_cells y
                              WHERE y.department_id = x.id AND y.k = (SELECT count(*) FROM grid))) d
    CROSS JOIN grid g
    LEFT JOIN cells c ON c.department_id = d.id AND c.idx = g.idx
   GROUP BY d.id
),
-- The selected departments together (no arrays when none is selected).
org_series AS (
  SELECT array_agg(coalesce(s.headcount, 0)::int ORDER BY g.idx) AS headcount,
         array_agg(coalesce(s.on_rotation, 0)::int ORDER BY g.idx) AS on_rotation,
         array_agg((coalesce(s.experienced, 0) - coalesce(s.on_rotation, 0))::int ORDER BY g.idx) AS alumni,
         array_agg(coalesce(s.eligible, 0)::int ORDER BY g.idx) AS eligible
    FROM grid g
    LEFT JOIN (SELECT idx, sum(headcount) AS headcount, sum(experienced) AS experienced,
                      sum(on_rotation) AS on_rotation, sum(eligible) AS eligible
                 FROM cells GROUP BY idx) s ON s.idx = g.idx
   WHERE EXISTS (SELECT 1 FROM depts)
),
on_day AS (
  SELECT z.department_id, z.career_level, sum(z.h) AS headcount, sum(z.x) AS experienced,
         sum(z.r) AS on_rotation, sum(z.e) AS eligible
    FROM (SELECT c.department_id, c.career_level, c.headcount AS h, c.experienced AS x, c.on_rotation AS r, c.eligible AS e
            FROM (SELECT min(month) AS lo, max(month) AS hi FROM coverage_month) rg JOIN coverage_month c ON c.month = least((date_trunc('month', $5::date) - interval '1 month')::date, rg.hi)
           WHERE (date_trunc('month', $5::date) - interval '1 month')::date >= rg.lo AND c.career_level = '*' AND ($4::uuid[] IS NULL OR cardinality($4::uuid[]) = 0 OR c.department_id = ANY($4::uuid[]))
          UNION ALL
          SELECT ev.department_id, '*', ev.dh, ev.dx, ev.dr, ev.de
            FROM coverage_person_event ev
           WHERE ev.day >= date_trunc('month', $5::date)::date AND ev.day <= $5::date
             AND ($4::uuid[] IS NULL OR cardinality($4::uuid[]) = 0 OR ev.department_id = ANY($4::uuid[]))) z
   GROUP BY z.department_id, z.career_level
),
snapshot AS (
  SELECT department_id, sum(headcount)::int AS headcount, sum(on_rotation)::int AS on_rotation,
         sum(experienced)::int AS experienced, sum(eligible)::int AS eligible
    FROM on_day GROUP BY department_id
)
SELECT 'department' AS kind, d.id, d.code, d.name,
       d.coverage_target::float8 AS "coverageTarget", d.away_cap::float8 AS "awayCap",
       coalesce(s.headcount, 0) AS headcount, coalesce(s.on_rotation, 0) AS "onRotation",
       coalesce(s.experienced - s.on_rotation, 0) AS alumni, coalesce(s.eligible, 0) AS eligible,
       ds.headcount AS "seriesHeadcount", ds.on_rotation AS "seriesOnRotation", ds.alumni AS "seriesAlumni", ds.eligible AS "seriesEligible",
       NULL::text[] AS labels, NULL::text[] AS dates, NULL::int AS "openSeats", NULL::int AS "pendingRequests"
  FROM depts d
  LEFT JOIN snapshot s ON s.department_id = d.id
  LEFT JOIN dept_series ds ON ds.department_id = d.id
UNION ALL
SELECT 'organisation', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
       o.headcount, o.on_rotation, o.alumni, o.eligible,
       (SELECT array_agg(label ORDER BY idx) FROM grid),
       (SELECT array_agg(to_char(last_day, 'YYYY-MM-DD') ORDER BY idx) FROM grid),
       (SELECT count(*)::int FROM seat st
         WHERE st.opens_on <= $5::date AND (st.closes_on IS NULL OR st.closes_on >= $5::date)
           AND NOT EXISTS (SELECT 1 FROM rotation r WHERE r.seat_id = st.id AND r.cancelled_at IS NULL
                              AND r.starts_on <= $5::date AND r.ends_on >= $5::date)),
       -- The person is read only when departments are selected (the submitted requests alone
       -- are a small partial index).
       (SELECT count(*)::int FROM rotation_request rq
         WHERE rq.status = 'SUBMITTED'
           AND ($4::uuid[] IS NULL OR cardinality($4::uuid[]) = 0
                OR EXISTS (SELECT 1 FROM person p WHERE p.id = rq.person_id AND p.department_id = ANY($4::uuid[]))))
  FROM org_series o
ORDER BY kind, name, id
