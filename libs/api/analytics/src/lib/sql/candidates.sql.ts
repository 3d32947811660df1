import { passesPersonRules, rotationHistoryCte, stretchOnDay } from '@stint/api-data';

/**
 * candidates(seatId, startsOn, months, first) in one statement: everyone passing every SPEC §3
 * rule for the seat and window (AWAY_CAP included, computed for each home department and
 * calendar month of the window exactly as EligibilityService builds its AwayContext), scored.
 *
 * $1 startsOn, $2 window end, $3 today, $4 eligible levels, $5 minExperienceMonths,
 * $6 cooldownMonths, $7 maxRotations, $8 DURATION passes (boolean), $9 levels the seat's role
 * admits (SEAT_LEVEL), $10 goals the PMO offers (text[]), $11 the PMO's id, $12 its scope,
 * $13 how many to return.
 *
 * Score parts (points): OPEN_REQUEST 30 when the open request prefers this PMO, 20 when it
 * prefers no PMO but this scope, 10 when it states no preference; GOALS_MATCH 5 per requested
 * goal the PMO offers; BELOW_TARGET up to 20, 20 × (target − share) / target for the home
 * department's experience share on startsOn; AWAY_ROOM up to 10, 10 × (cap − worst share with
 * the person away) / cap; WAITED 0.5 per whole month from becoming eligible to today (at most
 * 24 months); FIRST_ROTATION 10 with no earlier rotation. Each part is rounded to 2 decimals.
 *
 * History (SPEC §8): the level (LEVEL, SEAT_LEVEL) and the home department (shown, and scored by
 * BELOW_TARGET) are those held on startsOn; a department's people in a month are those in it on
 * the month's last day; AWAY_CAP judges each month in the department the person is in on its
 * last day. Almost everyone is in one department for the whole window and is judged once per
 * department; the few who move (or are away next to the window) are judged month by month.
 */
export const CANDIDATES_SQL = `WITH months AS (
  SELECT (row_number() OVER (ORDER BY m) - 1)::int AS idx, m::date AS first_day,
         (m + interval '1 month' - interval '1 day')::date AS last_day
    FROM generate_series(date_trunc('month', $1::date::timestamp), date_trunc('month', $2::date::timestamp), interval '1 month') AS m
),
mg AS (
  SELECT min(first_day) AS first_day, max(last_day) AS last_day, array_agg(last_day + 1 ORDER BY idx) AS th FROM months
),
${rotationHistoryCte('hist', '$3::date', '$1::date', '$2::date')},
-- Stays: in department_id from s to e (half-open; e NULL = still there), the person's stretches
-- cut to their employment. Only those that can count on startsOn or on some month's last day.
stays AS (
  SELECT h.person_id, h.department_id, greatest(h.valid_from, q.hired_on) AS s, least(h.valid_to, q.left_on) AS e
    FROM person_history h JOIN person q ON q.id = h.person_id CROSS JOIN mg
   WHERE greatest(h.valid_from, q.hired_on) <= mg.last_day
     AND (least(h.valid_to, q.left_on) IS NULL OR least(h.valid_to, q.left_on) > mg.first_day)
     AND greatest(h.valid_from, q.hired_on) < coalesce(least(h.valid_to, q.left_on), 'infinity')
     -- implied by the above, but each on one table, so both are cut before they are joined
     AND h.valid_from <= mg.last_day AND (h.valid_to IS NULL OR h.valid_to > mg.first_day)
     AND q.hired_on <= mg.last_day AND (q.left_on IS NULL OR q.left_on > mg.first_day)
),
-- Every department's people on each month's last day: stays as +1/-1 in the first month ending
-- on or after their start and end (width_bucket), summed in month order below.
hc_deltas AS (
  SELECT q.department_id, width_bucket(v.day, mg.th) AS idx, sum(v.d) AS d
    FROM stays q CROSS JOIN mg CROSS JOIN LATERAL (VALUES (q.s, 1), (q.e, -1)) AS v(day, d)
   WHERE v.day IS NOT NULL
   GROUP BY 1, 2
),
-- Who of each department (the one they are in on the month's last day) is away (a non-cancelled
-- rotation) on some day of each month.
away_people AS (
  SELECT DISTINCT q.department_id, r.person_id, mo.idx
    FROM rotation r
    CROSS JOIN mg
    JOIN months mo ON r.starts_on <= mo.last_day AND r.ends_on >= mo.first_day
    JOIN person_history q ON ${stretchOnDay('q', 'r.person_id', 'mo.last_day')}
   WHERE r.cancelled_at IS NULL AND r.starts_on <= mg.last_day AND r.ends_on >= mg.first_day
     AND q.valid_from <= mg.last_day AND (q.valid_to IS NULL OR q.valid_to > mg.first_day)
),
away_counts AS (SELECT department_id, idx, count(*) AS away FROM away_people GROUP BY department_id, idx),
dept_month AS (
  SELECT d.id AS department_id, d.away_cap::float8 AS cap, mo.idx,
         sum(coalesce(e.d, 0)) OVER (PARTITION BY d.id ORDER BY mo.idx) AS headcount,
         coalesce(a.away, 0) AS away
    FROM department d CROSS JOIN months mo
    LEFT JOIN hc_deltas e ON e.department_id = d.id AND e.idx = mo.idx
    LEFT JOIN away_counts a ON a.department_id = d.id AND a.idx = mo.idx
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
self_away AS (
  SELECT x.person_id,
         bool_and(CASE WHEN dm.headcount > 0
                       THEN (dm.away - (a.person_id IS NOT NULL)::int + 1)::float8 / dm.headcount <= dm.cap + 1e-9
                       ELSE false END) AS ok,
         max(CASE WHEN dm.headcount > 0 THEN (dm.away - (a.person_id IS NOT NULL)::int + 1)::float8 / dm.headcount END) AS worst
    FROM special x
    CROSS JOIN months mo
    JOIN person_history q ON ${stretchOnDay('q', 'x.person_id', 'mo.last_day')}
    JOIN dept_month dm ON dm.department_id = q.department_id AND dm.idx = mo.idx
    LEFT JOIN away_people a ON a.person_id = x.person_id AND a.idx = mo.idx AND a.department_id = q.department_id
   GROUP BY x.person_id
),
-- Each department's people on startsOn, and how many of them have PMO experience then.
home_share AS (
  SELECT q.department_id, count(*) AS headcount, count(*) FILTER (WHERE h.first_start <= $1::date) AS experienced
    FROM stays q LEFT JOIN hist h ON h.person_id = q.person_id
   WHERE q.s <= $1::date AND (q.e IS NULL OR q.e > $1::date)
   GROUP BY q.department_id
),
-- Per department, everything a candidate's home department contributes, in one row: joined to
-- the candidates once (a join per department-level CTE lets the planner, which expects a few
-- candidates, loop over a materialised CTE for each of thousands).
dept AS MATERIALIZED (
  SELECT d.id AS department_id, d.name, d.coverage_target::float8 AS target, d.away_cap::float8 AS cap,
         da.ok, da.worst, hs.experienced::float8 / nullif(hs.headcount, 0) AS share
    FROM department d
    JOIN dept_away da ON da.department_id = d.id
    LEFT JOIN home_share hs ON hs.department_id = d.id
),
facts AS (
  SELECT p.id, p.full_name, ps.department_id, dx.name AS department_name, ps.career_level, coalesce(h.n, 0) AS n,
         rq.id AS request_id,
         CASE WHEN rq.id IS NULL THEN NULL
              WHEN rq.preferred_pmo_id = $11::uuid THEN 'PMO'
              WHEN rq.preferred_pmo_id IS NULL AND rq.preferred_scope = $12::text THEN 'SCOPE'
              WHEN rq.preferred_pmo_id IS NULL AND rq.preferred_scope IS NULL THEN 'ANY'
              ELSE 'OTHER' END AS request_match,
         -- Asked only of the few with an open request (CASE evaluates the subquery only then).
         CASE WHEN rq.id IS NULL THEN 0
              ELSE coalesce(cardinality(ARRAY(SELECT unnest(rq.goals) INTERSECT SELECT unnest($10::text[]))), 0) END AS goals_matched,
         dx.target, dx.cap, dx.share,
         coalesce(sa.worst, dx.worst) AS worst,
         greatest(p.hired_on,
                  (p.pm_since + make_interval(months => $5::int))::date,
                  CASE WHEN h.anchor IS NULL THEN NULL
                       ELSE greatest((h.anchor + make_interval(months => $6::int))::date, h.anchor + 1) END) AS eligible_since
    FROM person p
    JOIN person_history ps ON ${stretchOnDay('ps', 'p.id', '$1::date')}
    LEFT JOIN hist h ON h.person_id = p.id
    JOIN dept dx ON dx.department_id = ps.department_id
    LEFT JOIN self_away sa ON sa.person_id = p.id
    LEFT JOIN rotation_request rq ON rq.person_id = p.id AND rq.status = 'SUBMITTED'
   WHERE $8::boolean
     AND ps.career_level = ANY($9::text[])
     AND ${passesPersonRules('p', 'h', 'ps.career_level', '$1::date', '$2::date', {
       levels: '$4',
       minExperienceMonths: '$5',
       cooldownMonths: '$6',
       maxRotations: '$7',
     })}
     AND coalesce(sa.ok, dx.ok)
),
parts AS (
  SELECT f.*,
         CASE WHEN f.eligible_since < $3::date
              THEN (extract(year FROM age($3::date, f.eligible_since))::int * 12 + extract(month FROM age($3::date, f.eligible_since))::int)
              ELSE 0 END AS waited_months,
         CASE f.request_match WHEN 'PMO' THEN 30 WHEN 'SCOPE' THEN 20 WHEN 'ANY' THEN 10 ELSE 0 END::float8 AS p_open_request,
         (5 * f.goals_matched)::float8 AS p_goals_match,
         round(CASE WHEN f.target > 0 AND f.share < f.target THEN 20 * (f.target - f.share) / f.target ELSE 0 END::numeric, 2)::float8 AS p_below_target,
         round(CASE WHEN f.cap > 0 THEN 10 * greatest(0, f.cap - f.worst) / f.cap ELSE 0 END::numeric, 2)::float8 AS p_away_room,
         CASE WHEN f.n = 0 THEN 10 ELSE 0 END::float8 AS p_first_rotation
    FROM facts f
)
SELECT id AS "personId", full_name AS "fullName", department_id AS "departmentId",
       department_name AS "departmentName", career_level AS "careerLevel", request_id AS "requestId",
       request_match AS "requestMatch", goals_matched AS "goalsMatched", target, cap, share, worst,
       waited_months AS "waitedMonths", n AS "rotations",
       p_open_request AS "openRequest", p_goals_match AS "goalsMatch", p_below_target AS "belowTarget",
       p_away_room AS "awayRoom", (0.5 * least(waited_months, 24))::float8 AS waited, p_first_rotation AS "firstRotation",
       (p_open_request + p_goals_match + p_below_target + p_away_room + 0.5 * least(waited_months, 24) + p_first_rotation)::float8 AS score
  FROM parts
 ORDER BY score DESC, full_name, id
 LIMIT $13::int`;
