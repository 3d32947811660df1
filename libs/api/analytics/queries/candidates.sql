-- Generated from libs/api/analytics/src/lib/sql by queries.spec.ts; do not edit.
WITH months AS (
  SELECT (row_number() OVER (ORDER BY m) - 1)::int AS idx, m::date AS first_day,
         (m + interval '1 month' - interval '1 day')::date AS last_day
    FROM generate_series(date_trunc('month', $1::date::timestamp), date_trunc('month', $2::date::timestamp), interval '1 month') AS m
),
mg AS (
  SELECT min(first_day) AS first_day, max(last_day) AS last_day FROM months
),
hist AS (
    SELECT r.person_id,
           count(*)::int AS n,
           max(r.ends_on) FILTER (WHERE r.ends_on < $3::date OR r.ends_on < $1::date) AS anchor,
           bool_or(r.ends_on >= $3::date AND r.starts_on <= $2::date AND r.ends_on >= $1::date) AS overlaps,
           min(r.starts_on) AS first_start,
           bool_or(r.starts_on <= $3::date AND r.ends_on >= $3::date) AS on_now
      FROM rotation r WHERE r.cancelled_at IS NULL
     GROUP BY r.person_id
  ),
-- Every department's people on each month's last day, read from the coverage rollup.
hc_months AS (
  SELECT g.idx, least(date_trunc('month', g.last_day)::date, rg.hi) AS month
    FROM months g CROSS JOIN (SELECT min(month) AS lo, max(month) AS hi FROM coverage_month) rg
   WHERE date_trunc('month', g.last_day)::date >= rg.lo
),
hc AS (
  SELECT c.department_id, b.idx, c.headcount, c.experienced, c.on_rotation, c.eligible
    FROM coverage_month c JOIN hc_months b ON b.month = c.month AND c.career_level = '*'
   -- An array, so that the few months are read as index ranges whatever the estimates.
   WHERE c.month = ANY(ARRAY(SELECT month FROM hc_months)) AND c.career_level = '*'
     AND true
),
-- Who of each department (the one they are in on the month's last day) is away (a non-cancelled
-- rotation) on some day of each month, from the away runs.
away_deltas AS (
  SELECT a.department_id, v.idx, sum(v.d) AS d
    FROM away_run a
    CROSS JOIN LATERAL (VALUES (greatest(a.lo - (extract(year FROM $1::date)::int * 12 + extract(month FROM $1::date)::int), 0), 1), (a.hi - (extract(year FROM $1::date)::int * 12 + extract(month FROM $1::date)::int), -1)) AS v(idx, d)
   WHERE a.hi > (extract(year FROM $1::date)::int * 12 + extract(month FROM $1::date)::int) AND a.lo <= (extract(year FROM $2::date)::int * 12 + extract(month FROM $2::date)::int)
   GROUP BY a.department_id, v.idx
),
-- Every department and month of the window, with its headcount and away count: the three
-- sources summed per (department, month) rather than joined (a join's plan depended on the
-- server's row estimates, and one re-scanned every department's months for each month).
dept_month AS (
  SELECT x.department_id, d.away_cap::float8 AS cap, x.idx, x.headcount,
         sum(x.d) OVER (PARTITION BY x.department_id ORDER BY x.idx) AS away
    FROM (SELECT u.department_id, u.idx, sum(u.h)::int AS headcount, sum(u.d) AS d
            FROM (SELECT d.id AS department_id, mo.idx, 0 AS h, 0 AS d FROM department d CROSS JOIN months mo
                  UNION ALL
                  SELECT e.department_id, e.idx, e.headcount, 0 FROM hc e
                  UNION ALL
                  -- A run's end after the window's last month is no month of it.
                  SELECT a.department_id, a.idx, 0, a.d FROM away_deltas a WHERE a.idx < (SELECT count(*) FROM months)) u
           GROUP BY u.department_id, u.idx) x
    JOIN department d ON d.id = x.department_id
),
-- AWAY_CAP for someone in one department all window and not themselves away in the window's
-- months: (away + 1) / headcount within the cap in every month. Decided once per department.
dept_away AS (
  SELECT department_id,
         bool_and(CASE WHEN headcount > 0 THEN (away + 1)::float8 / headcount <= cap + 1e-9 ELSE false END) AS ok,
         max(CASE WHEN headcount > 0 THEN (away + 1)::float8 / headcount END) AS worst
    FROM dept_month GROUP BY department_id
),
-- The few judged month by month: those whose history changes after startsOn within the window's
-- months (a move, which may change their department), and those away in a month of the window
-- without overlapping it (a rotation ending just before it or starting just after it: they do
-- not count twice).
special AS (
  SELECT h.person_id FROM person_history h CROSS JOIN mg
   WHERE h.valid_from > $1::date AND h.valid_from <= mg.last_day
  UNION
  SELECT r.person_id FROM rotation r CROSS JOIN mg
   WHERE r.cancelled_at IS NULL AND r.starts_on <= mg.last_day AND r.ends_on >= mg.first_day
     AND (r.ends_on < $1::date OR r.starts_on > $2::date)
),
-- Their own away runs in the window, as month indices (a person's runs are in the departments
-- they hold on the months' last days: with a stretch on a month's last day, away in it or not).
self_runs AS (
  SELECT a.person_id, range_agg(int4range(a.lo - (extract(year FROM $1::date)::int * 12 + extract(month FROM $1::date)::int), a.hi - (extract(year FROM $1::date)::int * 12 + extract(month FROM $1::date)::int))) AS idx
    FROM away_run a
   WHERE a.person_id IN (SELECT person_id FROM special) AND a.hi > (extract(year FROM $1::date)::int * 12 + extract(month FROM $1::date)::int) AND a.lo <= (extract(year FROM $2::date)::int * 12 + extract(month FROM $2::date)::int)
   GROUP BY a.person_id
),
-- Each month, less the person when they are counted away in it themselves.
self_away AS (
  SELECT x.person_id,
         bool_and(CASE WHEN dm.headcount > 0 THEN (dm.away - s.away + 1)::float8 / dm.headcount <= dm.cap + 1e-9
                       ELSE false END) AS ok,
         max(CASE WHEN dm.headcount > 0 THEN (dm.away - s.away + 1)::float8 / dm.headcount END) AS worst
    -- Each person's department on each month's last day, probed per person and month (one
    -- stretch holds a day: LIMIT 1 keeps the probe from being flattened into a join) and fenced
    -- (OFFSET 0). As joins, the planner drove from the department months through every
    -- department's people (260,000 rows at `large` for 78 people, 0.3 s), or hashed all of
    -- person_history (283,000 rows at `xl` for 194 people, 0.17 s).
    FROM (SELECT x.person_id, mo.idx, q.department_id
            FROM special x
            CROSS JOIN months mo
            CROSS JOIN LATERAL (SELECT q.department_id FROM person_history q
                                 WHERE q.person_id = x.person_id AND q.valid_from <= mo.last_day AND (q.valid_to IS NULL OR q.valid_to > mo.last_day) LIMIT 1) q
          OFFSET 0) x
    JOIN dept_month dm ON dm.department_id = x.department_id AND dm.idx = x.idx
    LEFT JOIN self_runs a ON a.person_id = x.person_id
    CROSS JOIN LATERAL (SELECT coalesce(a.idx @> x.idx, false)::int AS away) s
   GROUP BY x.person_id
),
-- Each department's people on startsOn, and how many of them have PMO experience then (from
-- their first non-cancelled rotation's start), read from the coverage rollup.
home_share AS (
  SELECT z.department_id, z.career_level, sum(z.h) AS headcount, sum(z.x) AS experienced,
         sum(z.r) AS on_rotation, sum(z.e) AS eligible
    FROM (SELECT c.department_id, c.career_level, c.headcount AS h, c.experienced AS x, c.on_rotation AS r, c.eligible AS e
            FROM (SELECT min(month) AS lo, max(month) AS hi FROM coverage_month) rg JOIN coverage_month c ON c.month = least((date_trunc('month', $1::date) - interval '1 month')::date, rg.hi)
           WHERE (date_trunc('month', $1::date) - interval '1 month')::date >= rg.lo AND c.career_level = '*' AND true
          UNION ALL
          SELECT ev.department_id, '*', ev.dh, ev.dx, ev.dr, ev.de
            FROM coverage_person_event ev
           WHERE ev.day >= date_trunc('month', $1::date)::date AND ev.day <= $1::date
             AND true) z
   GROUP BY z.department_id, z.career_level
),
-- Per department, everything a candidate's home department contributes, in one row, with the
-- score parts that depend on the department alone (computed once per department, not per person).
dept AS MATERIALIZED (
  SELECT x.*, round(CASE WHEN x.target > 0 AND x.share < x.target THEN 20 * (x.target - x.share) / x.target ELSE 0 END::numeric, 2)::float8 AS p_below_target, round(CASE WHEN x.cap > 0 THEN 10 * greatest(0, x.cap - x.worst) / x.cap ELSE 0 END::numeric, 2)::float8 AS p_away_room
    FROM (SELECT d.id AS department_id, d.coverage_target::float8 AS target, d.away_cap::float8 AS cap,
                 da.ok, da.worst, hs.experienced::float8 / nullif(hs.headcount, 0) AS share
            FROM department d
            JOIN dept_away da ON da.department_id = d.id
            LEFT JOIN home_share hs ON hs.department_id = d.id) x
),
-- The ranking in passes. First everyone with an open request (a few thousand at most); the score
-- of the last place they fill ($13th) is then a bar the others must be able to reach: with no
-- request they score at most their department's BELOW_TARGET and AWAY_ROOM + 12 (WAITED) + 10
-- (FIRST_ROTATION), so only departments whose bound reaches it are ranked at all (everyone when
-- the requests fill fewer places). Those judged month by month (self_away) may have more
-- AWAY_ROOM than their department's and are always ranked, in a pass of their own. The answer is
-- the one ranking everyone gives. (NOT EXISTS rather than a left join's null test: the planner
-- estimates an anti-join, where it took the null test to keep one row.)
-- Everyone the pass considers, with what the rules and the score read from their history and
-- department: joined before the rules filter them (OFFSET 0 keeps the filter out of these joins).
-- Under the filter the planner expects a few dozen people where thousands pass, and loops over a
-- CTE once per candidate; here every join sees the pass's people as they are.
req_people AS (
  SELECT p.id, p.full_name, p.hired_on, p.left_on, p.pm_since, p.department_id, p.career_level,
         h.n, h.anchor, h."overlaps", dx.target, dx.cap, dx.share, dx.p_below_target,
         coalesce(sa.ok, dx.ok) AS away_ok, coalesce(sa.worst, dx.worst) AS worst,
         CASE WHEN sa.worst IS NULL THEN dx.p_away_room ELSE round(CASE WHEN dx.cap > 0 THEN 10 * greatest(0, dx.cap - sa.worst) / dx.cap ELSE 0 END::numeric, 2)::float8 END AS p_away_room,
         p.request_id, p.preferred_pmo_id, p.preferred_scope, p.goals
    FROM (
      SELECT p.id, p.full_name, p.hired_on, p.left_on, p.pm_since, ps.department_id, ps.career_level,
             rq.id AS request_id, rq.preferred_pmo_id, rq.preferred_scope, rq.goals
        FROM rotation_request rq JOIN person p ON p.id = rq.person_id
        JOIN person_history ps ON ps.person_id = p.id AND ps.valid_from <= $1::date AND (ps.valid_to IS NULL OR ps.valid_to > $1::date)
         AND ps.career_level = ANY($9::text[]) AND ps.career_level = ANY($4::text[])
       -- Rules read from one table's statistics, estimated well (the others are applied below).
       WHERE p.hired_on <= $1::date AND (p.left_on IS NULL OR p.left_on > $2::date)
         AND rq.status = 'SUBMITTED'
      OFFSET 0) p
    LEFT JOIN LATERAL (
    SELECT count(*)::int AS n,
           max(r.ends_on) FILTER (WHERE r.ends_on < $3::date OR r.ends_on < $1::date) AS anchor,
           bool_or(r.ends_on >= $3::date AND r.starts_on <= $2::date AND r.ends_on >= $1::date) AS overlaps,
           min(r.starts_on) AS first_start,
           bool_or(r.starts_on <= $3::date AND r.ends_on >= $3::date) AS on_now
      FROM rotation r WHERE r.person_id = p.id AND r.cancelled_at IS NULL) h ON true
    JOIN dept dx ON dx.department_id = p.department_id
    LEFT JOIN self_away sa ON sa.person_id = p.id
  OFFSET 0
),
req_facts AS (
  SELECT f.id, f.full_name, f.department_id, f.career_level, coalesce(f.n, 0) AS n, f.request_id,
         CASE WHEN f.request_id IS NULL THEN NULL
              WHEN f.preferred_pmo_id = $11::uuid THEN 'PMO'
              WHEN f.preferred_pmo_id IS NULL AND f.preferred_scope = $12::text THEN 'SCOPE'
              WHEN f.preferred_pmo_id IS NULL AND f.preferred_scope IS NULL THEN 'ANY'
              ELSE 'OTHER' END AS request_match,
         -- Asked only of the few with an open request (CASE evaluates the subquery only then).
         CASE WHEN f.request_id IS NULL THEN 0
              ELSE coalesce(cardinality(ARRAY(SELECT unnest(f.goals) INTERSECT SELECT unnest($10::text[]))), 0) END AS goals_matched,
         f.target, f.cap, f.share, f.worst, f.p_below_target, f.p_away_room,
         greatest(f.hired_on,
                  (f.pm_since + make_interval(months => $5::int))::date,
                  CASE WHEN f.anchor IS NULL THEN NULL
                       ELSE greatest((f.anchor + make_interval(months => $6::int))::date, f.anchor + 1) END) AS eligible_since
    FROM req_people f
   WHERE $8::boolean
     AND (f.hired_on <= $1::date
      AND (f.left_on IS NULL OR f.left_on > $2::date)
      AND f.career_level = ANY($4::text[])
      AND ($5::int = 0
           OR (f.pm_since + make_interval(months => $5::int))::date <= $1::date)
      AND NOT coalesce(f.overlaps, false)
      AND (f.anchor IS NULL
           OR $1::date >= greatest((f.anchor + make_interval(months => $6::int))::date, f.anchor + 1))
      AND coalesce(f.n, 0) < $7::int
      AND NOT f.id IN (SELECT lv.person_id FROM person_history lv WHERE lv.on_leave
                    AND lv.valid_from <= $2::date AND (lv.valid_to IS NULL OR lv.valid_to > $1::date)))
     AND f.away_ok
),
req_parts AS (
  SELECT f.*,
         CASE WHEN f.eligible_since < $3::date
              THEN (extract(year FROM age($3::date, f.eligible_since))::int * 12 + extract(month FROM age($3::date, f.eligible_since))::int)
              ELSE 0 END AS waited_months,
         CASE f.request_match WHEN 'PMO' THEN 30 WHEN 'SCOPE' THEN 20 WHEN 'ANY' THEN 10 ELSE 0 END::float8 AS p_open_request,
         (5 * f.goals_matched)::float8 AS p_goals_match,
         CASE WHEN f.n = 0 THEN 10 ELSE 0 END::float8 AS p_first_rotation
    FROM req_facts f
),
bar AS (
  SELECT (SELECT (p_open_request + p_goals_match + p_below_target + p_away_room + 0.5 * least(waited_months, 24) + p_first_rotation)::float8 FROM req_parts ORDER BY 1 DESC LIMIT 1 OFFSET $13::int - 1) AS score
),
-- Everyone the pass considers, with what the rules and the score read from their history and
-- department: joined before the rules filter them (OFFSET 0 keeps the filter out of these joins).
-- Under the filter the planner expects a few dozen people where thousands pass, and loops over a
-- CTE once per candidate; here every join sees the pass's people as they are.
special_people AS (
  SELECT p.id, p.full_name, p.hired_on, p.left_on, p.pm_since, p.department_id, p.career_level,
         h.n, h.anchor, h."overlaps", dx.target, dx.cap, dx.share, dx.p_below_target,
         coalesce(sa.ok, dx.ok) AS away_ok, coalesce(sa.worst, dx.worst) AS worst,
         CASE WHEN sa.worst IS NULL THEN dx.p_away_room ELSE round(CASE WHEN dx.cap > 0 THEN 10 * greatest(0, dx.cap - sa.worst) / dx.cap ELSE 0 END::numeric, 2)::float8 END AS p_away_room,
         p.request_id, p.preferred_pmo_id, p.preferred_scope, p.goals
    FROM (
      SELECT p.id, p.full_name, p.hired_on, p.left_on, p.pm_since, ps.department_id, ps.career_level,
             NULL::uuid AS request_id, NULL::uuid AS preferred_pmo_id, NULL::text AS preferred_scope, NULL::text[] AS goals
        FROM self_away sx JOIN person p ON p.id = sx.person_id
        JOIN person_history ps ON ps.person_id = p.id AND ps.valid_from <= $1::date AND (ps.valid_to IS NULL OR ps.valid_to > $1::date)
         AND ps.career_level = ANY($9::text[]) AND ps.career_level = ANY($4::text[])
       -- Rules read from one table's statistics, estimated well (the others are applied below).
       WHERE p.hired_on <= $1::date AND (p.left_on IS NULL OR p.left_on > $2::date)
         AND NOT EXISTS (SELECT 1 FROM rotation_request x WHERE x.person_id = p.id AND x.status = 'SUBMITTED')
      OFFSET 0) p
    LEFT JOIN LATERAL (
    SELECT count(*)::int AS n,
           max(r.ends_on) FILTER (WHERE r.ends_on < $3::date OR r.ends_on < $1::date) AS anchor,
           bool_or(r.ends_on >= $3::date AND r.starts_on <= $2::date AND r.ends_on >= $1::date) AS overlaps,
           min(r.starts_on) AS first_start,
           bool_or(r.starts_on <= $3::date AND r.ends_on >= $3::date) AS on_now
      FROM rotation r WHERE r.person_id = p.id AND r.cancelled_at IS NULL) h ON true
    JOIN dept dx ON dx.department_id = p.department_id
    LEFT JOIN self_away sa ON sa.person_id = p.id
  OFFSET 0
),
special_facts AS (
  SELECT f.id, f.full_name, f.department_id, f.career_level, coalesce(f.n, 0) AS n, f.request_id,
         CASE WHEN f.request_id IS NULL THEN NULL
              WHEN f.preferred_pmo_id = $11::uuid THEN 'PMO'
              WHEN f.preferred_pmo_id IS NULL AND f.preferred_scope = $12::text THEN 'SCOPE'
              WHEN f.preferred_pmo_id IS NULL AND f.preferred_scope IS NULL THEN 'ANY'
              ELSE 'OTHER' END AS request_match,
         -- Asked only of the few with an open request (CASE evaluates the subquery only then).
         CASE WHEN f.request_id IS NULL THEN 0
              ELSE coalesce(cardinality(ARRAY(SELECT unnest(f.goals) INTERSECT SELECT unnest($10::text[]))), 0) END AS goals_matched,
         f.target, f.cap, f.share, f.worst, f.p_below_target, f.p_away_room,
         greatest(f.hired_on,
                  (f.pm_since + make_interval(months => $5::int))::date,
                  CASE WHEN f.anchor IS NULL THEN NULL
                       ELSE greatest((f.anchor + make_interval(months => $6::int))::date, f.anchor + 1) END) AS eligible_since
    FROM special_people f
   WHERE $8::boolean
     AND (f.hired_on <= $1::date
      AND (f.left_on IS NULL OR f.left_on > $2::date)
      AND f.career_level = ANY($4::text[])
      AND ($5::int = 0
           OR (f.pm_since + make_interval(months => $5::int))::date <= $1::date)
      AND NOT coalesce(f.overlaps, false)
      AND (f.anchor IS NULL
           OR $1::date >= greatest((f.anchor + make_interval(months => $6::int))::date, f.anchor + 1))
      AND coalesce(f.n, 0) < $7::int
      AND NOT f.id IN (SELECT lv.person_id FROM person_history lv WHERE lv.on_leave
                    AND lv.valid_from <= $2::date AND (lv.valid_to IS NULL OR lv.valid_to > $1::date)))
     AND f.away_ok
),
special_parts AS (
  SELECT f.*,
         CASE WHEN f.eligible_since < $3::date
              THEN (extract(year FROM age($3::date, f.eligible_since))::int * 12 + extract(month FROM age($3::date, f.eligible_since))::int)
              ELSE 0 END AS waited_months,
         CASE f.request_match WHEN 'PMO' THEN 30 WHEN 'SCOPE' THEN 20 WHEN 'ANY' THEN 10 ELSE 0 END::float8 AS p_open_request,
         (5 * f.goals_matched)::float8 AS p_goals_match,
         CASE WHEN f.n = 0 THEN 10 ELSE 0 END::float8 AS p_first_rotation
    FROM special_facts f
),
-- Everyone the pass considers, with what the rules and the score read from their history and
-- department: joined before the rules filter them (OFFSET 0 keeps the filter out of these joins).
-- Under the filter the planner expects a few dozen people where thousands pass, and loops over a
-- CTE once per candidate; here every join sees the pass's people as they are.
other_people AS (
  SELECT p.id, p.full_name, p.hired_on, p.left_on, p.pm_since, p.department_id, p.career_level,
         h.n, h.anchor, h."overlaps", dx.target, dx.cap, dx.share, dx.p_below_target,
         coalesce(sa.ok, dx.ok) AS away_ok, coalesce(sa.worst, dx.worst) AS worst,
         CASE WHEN sa.worst IS NULL THEN dx.p_away_room ELSE round(CASE WHEN dx.cap > 0 THEN 10 * greatest(0, dx.cap - sa.worst) / dx.cap ELSE 0 END::numeric, 2)::float8 END AS p_away_room,
         p.request_id, p.preferred_pmo_id, p.preferred_scope, p.goals
    FROM (
      SELECT p.id, p.full_name, p.hired_on, p.left_on, p.pm_since, ps.department_id, ps.career_level,
             NULL::uuid AS request_id, NULL::uuid AS preferred_pmo_id, NULL::text AS preferred_scope, NULL::text[] AS goals
        FROM person p
        JOIN person_history ps ON ps.person_id = p.id AND ps.valid_from <= $1::date AND (ps.valid_to IS NULL OR ps.valid_to > $1::date)
         AND ps.career_level = ANY($9::text[]) AND ps.career_level = ANY($4::text[])
       -- Rules read from one table's statistics, estimated well (the others are applied below).
       WHERE p.hired_on <= $1::date AND (p.left_on IS NULL OR p.left_on > $2::date)
         AND NOT EXISTS (SELECT 1 FROM rotation_request x WHERE x.person_id = p.id AND x.status = 'SUBMITTED') AND NOT EXISTS (SELECT 1 FROM self_away y WHERE y.person_id = p.id)) p
    LEFT JOIN hist h ON h.person_id = p.id
    JOIN dept dx ON dx.department_id = p.department_id
    LEFT JOIN self_away sa ON sa.person_id = p.id
   WHERE dx.p_below_target + dx.p_away_room + 22 + 1e-9 >= coalesce((SELECT score FROM bar), '-infinity'::float8)
  OFFSET 0
),
other_facts AS (
  SELECT f.id, f.full_name, f.department_id, f.career_level, coalesce(f.n, 0) AS n, f.request_id,
         CASE WHEN f.request_id IS NULL THEN NULL
              WHEN f.preferred_pmo_id = $11::uuid THEN 'PMO'
              WHEN f.preferred_pmo_id IS NULL AND f.preferred_scope = $12::text THEN 'SCOPE'
              WHEN f.preferred_pmo_id IS NULL AND f.preferred_scope IS NULL THEN 'ANY'
              ELSE 'OTHER' END AS request_match,
         -- Asked only of the few with an open request (CASE evaluates the subquery only then).
         CASE WHEN f.request_id IS NULL THEN 0
              ELSE coalesce(cardinality(ARRAY(SELECT unnest(f.goals) INTERSECT SELECT unnest($10::text[]))), 0) END AS goals_matched,
         f.target, f.cap, f.share, f.worst, f.p_below_target, f.p_away_room,
         greatest(f.hired_on,
                  (f.pm_since + make_interval(months => $5::int))::date,
                  CASE WHEN f.anchor IS NULL THEN NULL
                       ELSE greatest((f.anchor + make_interval(months => $6::int))::date, f.anchor + 1) END) AS eligible_since
    FROM other_people f
   WHERE $8::boolean
     AND (f.hired_on <= $1::date
      AND (f.left_on IS NULL OR f.left_on > $2::date)
      AND f.career_level = ANY($4::text[])
      AND ($5::int = 0
           OR (f.pm_since + make_interval(months => $5::int))::date <= $1::date)
      AND NOT coalesce(f.overlaps, false)
      AND (f.anchor IS NULL
           OR $1::date >= greatest((f.anchor + make_interval(months => $6::int))::date, f.anchor + 1))
      AND coalesce(f.n, 0) < $7::int
      AND NOT f.id IN (SELECT lv.person_id FROM person_history lv WHERE lv.on_leave
                    AND lv.valid_from <= $2::date AND (lv.valid_to IS NULL OR lv.valid_to > $1::date)))
     AND f.away_ok
),
other_parts AS (
  SELECT f.*,
         CASE WHEN f.eligible_since < $3::date
              THEN (extract(year FROM age($3::date, f.eligible_since))::int * 12 + extract(month FROM age($3::date, f.eligible_since))::int)
              ELSE 0 END AS waited_months,
         CASE f.request_match WHEN 'PMO' THEN 30 WHEN 'SCOPE' THEN 20 WHEN 'ANY' THEN 10 ELSE 0 END::float8 AS p_open_request,
         (5 * f.goals_matched)::float8 AS p_goals_match,
         CASE WHEN f.n = 0 THEN 10 ELSE 0 END::float8 AS p_first_rotation
    FROM other_facts f
),
parts AS (
  SELECT * FROM req_parts UNION ALL SELECT * FROM special_parts UNION ALL SELECT * FROM other_parts
)
SELECT id AS "personId", full_name AS "fullName", department_id AS "departmentId",
       (SELECT d.name FROM department d WHERE d.id = department_id) AS "departmentName", career_level AS "careerLevel", request_id AS "requestId",
       request_match AS "requestMatch", goals_matched AS "goalsMatched", target, cap, share, worst,
       waited_months AS "waitedMonths", n AS "rotations",
       p_open_request AS "openRequest", p_goals_match AS "goalsMatch", p_below_target AS "belowTarget",
       p_away_room AS "awayRoom", (0.5 * least(waited_months, 24))::float8 AS waited, p_first_rotation AS "firstRotation",
       (p_open_request + p_goals_match + p_below_target + p_away_room + 0.5 * least(waited_months, 24) + p_first_rotation)::float8 AS score
  FROM parts
 ORDER BY score DESC, full_name, id
 LIMIT $13::int
