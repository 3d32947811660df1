import {
  passesPersonRules,
  rotationHistoryCte,
  rotationHistoryOf,
  stretchOnDay,
} from '@stint/api-data';
import { awayDeltasCte, monthNo, windowMonthsCte } from './away.sql';
import { bucketCellsCte, onDayCte } from './rollup.sql';

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
 *
 * Department headcounts (each month's last day; people and experienced on startsOn) are read from
 * the coverage rollup, which counts the same stays; away counts from the away runs (`away_run`,
 * kept by triggers: docs/decisions.md, "Candidates read a rollup of away runs").
 */
/** BELOW_TARGET's points for a department's target and experience share (float8 expressions). */
const belowTarget = (target: string, share: string) =>
  `round(CASE WHEN ${target} > 0 AND ${share} < ${target} THEN 20 * (${target} - ${share}) / ${target} ELSE 0 END::numeric, 2)::float8`;

/** AWAY_ROOM's points for a department's away cap and the worst month's share with the person away. */
const awayRoom = (cap: string, worst: string) =>
  `round(CASE WHEN ${cap} > 0 THEN 10 * greatest(0, ${cap} - ${worst}) / ${cap} ELSE 0 END::numeric, 2)::float8`;

/** The window's first month's number. */
const MONTH_1 = monthNo('$1::date');

/** Admits a person (`p`) without an open request. */
const NO_REQUEST = `NOT EXISTS (SELECT 1 FROM rotation_request x WHERE x.person_id = p.id AND x.status = 'SUBMITTED')`;

/** WAITED: points a whole month waited, counted up to this many months. */
const WAITED_POINTS = 0.5;
const WAITED_MONTHS = 24;
const WAITED = `${WAITED_POINTS} * least(waited_months, ${WAITED_MONTHS})`;
const FIRST_ROTATION_POINTS = 10;
/**
 * The most someone without an open request gains beyond their department's BELOW_TARGET and
 * AWAY_ROOM (no OPEN_REQUEST or GOALS_MATCH): the bound of the ranking's passes.
 */
const BEST_WITHOUT_REQUEST = WAITED_POINTS * WAITED_MONTHS + FIRST_ROTATION_POINTS;

/** A candidate's score: the sum of its parts. */
const SCORE = `(p_open_request + p_goals_match + p_below_target + p_away_room + ${WAITED} + p_first_rotation)::float8`;

/**
 * Whom a pass of the ranking considers, as a subquery `p`: everyone holding a stretch on startsOn
 * at a level the seat admits and employed over the window, with the department and level of that
 * stretch and their open request's columns (NULL without one). `from` joins `p` (person) and
 * `ps` (the stretch) to whatever drives the pass; `where` narrows them.
 */
const passPeople = (from: string, where: string, request: 'rq' | 'none') => `
      SELECT p.id, p.full_name, p.hired_on, p.left_on, p.pm_since, ps.department_id, ps.career_level,
             ${
               request === 'rq'
                 ? 'rq.id AS request_id, rq.preferred_pmo_id, rq.preferred_scope, rq.goals'
                 : 'NULL::uuid AS request_id, NULL::uuid AS preferred_pmo_id, NULL::text AS preferred_scope, NULL::text[] AS goals'
             }
        FROM ${from}
        JOIN person_history ps ON ${stretchOnDay('ps', 'p.id', '$1::date')}
         AND ps.career_level = ANY($9::text[]) AND ps.career_level = ANY($4::text[])
       -- Rules read from one table's statistics, estimated well (the others are applied below).
       WHERE p.hired_on <= $1::date AND (p.left_on IS NULL OR p.left_on > $2::date)
         AND ${where}`;

/**
 * One pass of the ranking, as three CTEs: `<name>_people` (whom it considers: `people`, a
 * subquery from passPeople, and `admit`, over the columns of `p` and `dx`), `<name>_facts` (those
 * of them passing every rule) and `<name>_parts` (their score parts). `history` is how their
 * rotations are summarised: per person through an index (a pass over a few thousand people), or
 * the `hist` CTE, hashed (a pass that may take most of the organisation).
 */
const rankingPass = (
  name: string,
  people: string,
  history: 'per person' | 'hashed',
  admit?: string,
) => `-- Everyone the pass considers, with what the rules and the score read from their history and
-- department: joined before the rules filter them (OFFSET 0 keeps the filter out of these joins).
-- Under the filter the planner expects a few dozen people where thousands pass, and loops over a
-- CTE once per candidate; here every join sees the pass's people as they are.
${name}_people AS (
  SELECT p.id, p.full_name, p.hired_on, p.left_on, p.pm_since, p.department_id, p.career_level,
         h.n, h.anchor, h."overlaps", dx.target, dx.cap, dx.share, dx.p_below_target,
         coalesce(sa.ok, dx.ok) AS away_ok, coalesce(sa.worst, dx.worst) AS worst,
         CASE WHEN sa.worst IS NULL THEN dx.p_away_room ELSE ${awayRoom('dx.cap', 'sa.worst')} END AS p_away_room,
         p.request_id, p.preferred_pmo_id, p.preferred_scope, p.goals
    FROM (${people}) p
    ${history === 'hashed' ? 'LEFT JOIN hist h ON h.person_id = p.id' : rotationHistoryOf('h', 'p.id', '$3::date', '$1::date', '$2::date')}
    JOIN dept dx ON dx.department_id = p.department_id
    LEFT JOIN self_away sa ON sa.person_id = p.id${admit ? `\n   WHERE ${admit}` : ''}
  OFFSET 0
),
${name}_facts AS (
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
    FROM ${name}_people f
   WHERE $8::boolean
     AND ${passesPersonRules('f', 'f', 'f.career_level', '$1::date', '$2::date', {
       levels: '$4',
       minExperienceMonths: '$5',
       cooldownMonths: '$6',
       maxRotations: '$7',
     })}
     AND f.away_ok
),
${name}_parts AS (
  SELECT f.*,
         CASE WHEN f.eligible_since < $3::date
              THEN (extract(year FROM age($3::date, f.eligible_since))::int * 12 + extract(month FROM age($3::date, f.eligible_since))::int)
              ELSE 0 END AS waited_months,
         CASE f.request_match WHEN 'PMO' THEN 30 WHEN 'SCOPE' THEN 20 WHEN 'ANY' THEN 10 ELSE 0 END::float8 AS p_open_request,
         (5 * f.goals_matched)::float8 AS p_goals_match,
         CASE WHEN f.n = 0 THEN ${FIRST_ROTATION_POINTS} ELSE 0 END::float8 AS p_first_rotation
    FROM ${name}_facts f
)`;

export const CANDIDATES_SQL = `WITH ${windowMonthsCte('$1::date', '$2::date')},
mg AS (
  SELECT min(first_day) AS first_day, max(last_day) AS last_day FROM months
),
${rotationHistoryCte('hist', '$3::date', '$1::date', '$2::date')},
-- Every department's people on each month's last day, read from the coverage rollup.
${bucketCellsCte('hc', undefined, 'months')},
-- Who of each department (the one they are in on the month's last day) is away (a non-cancelled
-- rotation) on some day of each month, from the away runs.
${awayDeltasCte('$1::date', '$2::date')},
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
  SELECT a.person_id, range_agg(int4range(a.lo - ${MONTH_1}, a.hi - ${MONTH_1})) AS idx
    FROM away_run a
   WHERE a.person_id IN (SELECT person_id FROM special) AND a.hi > ${MONTH_1} AND a.lo <= ${monthNo('$2::date')}
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
    -- department's people (260,000 rows at \`large\` for 78 people, 0.3 s), or hashed all of
    -- person_history (283,000 rows at \`xl\` for 194 people, 0.17 s).
    FROM (SELECT x.person_id, mo.idx, q.department_id
            FROM special x
            CROSS JOIN months mo
            CROSS JOIN LATERAL (SELECT q.department_id FROM person_history q
                                 WHERE ${stretchOnDay('q', 'x.person_id', 'mo.last_day')} LIMIT 1) q
          OFFSET 0) x
    JOIN dept_month dm ON dm.department_id = x.department_id AND dm.idx = x.idx
    LEFT JOIN self_runs a ON a.person_id = x.person_id
    CROSS JOIN LATERAL (SELECT coalesce(a.idx @> x.idx, false)::int AS away) s
   GROUP BY x.person_id
),
-- Each department's people on startsOn, and how many of them have PMO experience then (from
-- their first non-cancelled rotation's start), read from the coverage rollup.
${onDayCte('home_share', '$1::date', undefined, true)},
-- Per department, everything a candidate's home department contributes, in one row, with the
-- score parts that depend on the department alone (computed once per department, not per person).
dept AS MATERIALIZED (
  SELECT x.*, ${belowTarget('x.target', 'x.share')} AS p_below_target, ${awayRoom('x.cap', 'x.worst')} AS p_away_room
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
${rankingPass(
  'req',
  // Driven by the open requests (OFFSET 0: not by the departments, which the planner guesses few).
  `${passPeople(`rotation_request rq JOIN person p ON p.id = rq.person_id`, `rq.status = 'SUBMITTED'`, 'rq')}\n      OFFSET 0`,
  'per person',
)},
bar AS (
  SELECT (SELECT ${SCORE} FROM req_parts ORDER BY 1 DESC LIMIT 1 OFFSET $13::int - 1) AS score
),
${rankingPass(
  'special',
  `${passPeople(`self_away sx JOIN person p ON p.id = sx.person_id`, NO_REQUEST, 'none')}\n      OFFSET 0`,
  'per person',
)},
${rankingPass(
  'other',
  // Not fenced: the planner joins it with the departments whose bound reaches the bar first.
  passPeople(
    'person p',
    `${NO_REQUEST} AND NOT EXISTS (SELECT 1 FROM self_away y WHERE y.person_id = p.id)`,
    'none',
  ),
  'hashed',
  `dx.p_below_target + dx.p_away_room + ${BEST_WITHOUT_REQUEST} + 1e-9 >= coalesce((SELECT score FROM bar), '-infinity'::float8)`,
)},
parts AS (
  SELECT * FROM req_parts UNION ALL SELECT * FROM special_parts UNION ALL SELECT * FROM other_parts
)
SELECT id AS "personId", full_name AS "fullName", department_id AS "departmentId",
       (SELECT d.name FROM department d WHERE d.id = department_id) AS "departmentName", career_level AS "careerLevel", request_id AS "requestId",
       request_match AS "requestMatch", goals_matched AS "goalsMatched", target, cap, share, worst,
       waited_months AS "waitedMonths", n AS "rotations",
       p_open_request AS "openRequest", p_goals_match AS "goalsMatch", p_below_target AS "belowTarget",
       p_away_room AS "awayRoom", (${WAITED})::float8 AS waited, p_first_rotation AS "firstRotation",
       ${SCORE} AS score
  FROM parts
 ORDER BY score DESC, full_name, id
 LIMIT $13::int`;
