// The direct statements coverage and staffing ran before the rollup (docs/decisions.md, "Coverage
// reads a history-aware rollup"): each computes its numbers from scratch over person_history ×
// rotations, with the same parameters and rows as the statement the service runs. They are the
// reference the property test compares the rollup with; slow is fine here.
import { CAREER_LEVELS } from '@stint/domain';
import { passesPersonRules, rotationHistoryCte, stretchOnDay } from '@stint/api-data';
import { bucketOf, gridCtes } from './buckets.sql';
import { FAIRNESS_GROUPS_TAIL } from './fairness.sql';

const LEVELS = `ARRAY[${CAREER_LEVELS.map((l) => `'${l}'`).join(', ')}]::text[]`;

/**
 * coverage(filter) in one statement. Parameters:
 * $1 from, $2 to, $3 unit ('month' | 'quarter'), $4 department ids (uuid[], NULL = all),
 * $5 asOf, $6 the end of a window of the policy's minimum length starting asOf,
 * $7 eligible levels (text[]), $8 minExperienceMonths, $9 cooldownMonths, $10 maxRotations.
 *
 * Rows: one per selected department (kind 'department', by name) with its snapshot on asOf and
 * its series as arrays in bucket order, then one 'organisation' row with the series of the
 * selected departments together, the buckets' labels and last days, and the two totals that
 * are not sums (open seats, pending requests).
 *
 * People count in the department they were in on the date in question (SPEC §8): each stretch
 * of person_history, cut to the person's employment, is a stay in one department, and every
 * count below is made of stays. A PM who moves today leaves every past bucket of both
 * departments exactly as it was; the snapshot's `eligible` uses the level held on asOf and any
 * leave over the window. Pending requests are a count of today, by today's department.
 */
export const REFERENCE_COVERAGE_SQL = `WITH ${gridCtes('$3', '$1', '$2')},
depts AS (
  SELECT id, code, name, coverage_target, away_cap FROM department
   WHERE $4::uuid[] IS NULL OR cardinality($4::uuid[]) = 0 OR id = ANY($4::uuid[])
),
${rotationHistoryCte(
  'hist',
  '$5::date',
  '$5::date',
  '$6::date',
  `rotation r WHERE ($4::uuid[] IS NULL OR cardinality($4::uuid[]) = 0
                     OR r.person_id IN (SELECT person_id FROM person_history WHERE department_id = ANY($4::uuid[]))) AND`,
)},
-- Stays: in department_id from s to e (half-open; e NULL = still there), the person's stretches
-- cut to their employment [hired_on, left_on) (least/greatest skip NULLs), with the person's
-- rotation history; experienced (on a rotation or alumni) there from xs: the first rotation's
-- start or the stay's start if later (NULL: not within the stay). A stay over before the first
-- bucket and before asOf adds +1 and -1 to the same bucket and is left out, so a long history
-- costs what its recent part costs.
sf AS (
  SELECT st.*, h.first_start, h.n, h.anchor, h.overlaps, h.on_now,
         CASE WHEN h.first_start IS NOT NULL AND (st.e IS NULL OR greatest(h.first_start, st.s) < st.e)
              THEN greatest(h.first_start, st.s) END AS xs
    FROM (SELECT h.person_id, h.department_id, h.career_level, p.pm_since, p.hired_on, p.left_on,
                 greatest(h.valid_from, p.hired_on) AS s, least(h.valid_to, p.left_on) AS e
            FROM person_history h JOIN person p ON p.id = h.person_id
           WHERE ($4::uuid[] IS NULL OR cardinality($4::uuid[]) = 0 OR h.department_id = ANY($4::uuid[]))
             AND (h.valid_to IS NULL OR h.valid_to > p.hired_on)
             AND (p.left_on IS NULL OR h.valid_from < p.left_on)
             AND (least(h.valid_to, p.left_on) IS NULL
                  OR least(h.valid_to, p.left_on) > least($5::date, date_trunc($3::text, $1::date::timestamp)::date))
             -- implied by the above, but each on one table, so both are cut before they are joined
             AND (h.valid_to IS NULL OR h.valid_to > least($5::date, date_trunc($3::text, $1::date::timestamp)::date))
             AND (p.left_on IS NULL OR p.left_on > least($5::date, date_trunc($3::text, $1::date::timestamp)::date))) st
    LEFT JOIN hist h ON h.person_id = st.person_id
),
-- Half-open ranges as +1/-1 events in buckets, each row read once: in the department [s, e)
-- (dh); experienced there [xs, e) (dx); on rotation for each rotation's days within the stay
-- (dr; rotations over before the first bucket add nothing).
events AS (
  SELECT sf.department_id, ${bucketOf('v.day')} AS idx, v.dh, v.dx, 0 AS dr
    FROM sf CROSS JOIN grid_meta gm
    CROSS JOIN LATERAL (VALUES (sf.s, 1, 0), (sf.e, -1, 0), (sf.xs, 0, 1),
                               (CASE WHEN sf.xs IS NOT NULL THEN sf.e END, 0, -1)) AS v(day, dh, dx)
   WHERE v.day IS NOT NULL
  UNION ALL
  SELECT sf.department_id, ${bucketOf('v.day')}, 0, 0, v.dr
    FROM rotation r JOIN sf ON sf.person_id = r.person_id CROSS JOIN grid_meta gm
    CROSS JOIN LATERAL (VALUES (greatest(r.starts_on, sf.s), 1), (least(r.ends_on + 1, sf.e), -1)) AS v(day, dr)
   WHERE r.cancelled_at IS NULL AND greatest(r.starts_on, sf.s) < least(r.ends_on + 1, sf.e)
     AND r.ends_on >= date_trunc($3::text, $1::date::timestamp)::date
),
deltas AS (
  SELECT e.department_id, e.idx, sum(e.dh) AS dh, sum(e.dx) AS dx, sum(e.dr) AS dr
    FROM events e, grid_meta gm WHERE e.idx < gm.n
   GROUP BY e.department_id, e.idx
),
series AS (
  SELECT d.id AS department_id, g.idx,
         sum(coalesce(e.dh, 0)) OVER w AS headcount,
         sum(coalesce(e.dx, 0)) OVER w AS experienced,
         sum(coalesce(e.dr, 0)) OVER w AS on_rotation
    FROM depts d CROSS JOIN grid g
    LEFT JOIN deltas e ON e.department_id = d.id AND e.idx = g.idx
  WINDOW w AS (PARTITION BY d.id ORDER BY g.idx)
),
-- Eligible on each bucket's last day d, for a window [d, windowEnd(d, minDurationMonths)]: the
-- person rules evaluated afresh per bucket (the rotation history as seen on d).
pol AS (
  SELECT (rules->>'minDurationMonths')::int AS m FROM eligibility_policy ORDER BY version DESC LIMIT 1
),
bucket_eligible AS (
  SELECT h.department_id, g.idx, count(*) AS eligible
    FROM grid g CROSS JOIN pol
   CROSS JOIN LATERAL (SELECT ((g.last_day + make_interval(months => pol.m))::date - 1) AS wend) w
    JOIN person_history h ON h.valid_from <= g.last_day AND (h.valid_to IS NULL OR h.valid_to > g.last_day)
    JOIN depts dd ON dd.id = h.department_id
    JOIN person p ON p.id = h.person_id
    LEFT JOIN LATERAL (
      SELECT count(*)::int AS n,
             max(r.ends_on) FILTER (WHERE r.ends_on < g.last_day) AS anchor,
             bool_or(r.ends_on >= g.last_day AND r.starts_on <= w.wend) AS overlaps
        FROM rotation r WHERE r.person_id = p.id AND r.cancelled_at IS NULL
    ) hr ON true
   WHERE ${passesPersonRules('p', 'hr', 'h.career_level', 'g.last_day', 'w.wend', {
     levels: '$7',
     minExperienceMonths: '$8',
     cooldownMonths: '$9',
     maxRotations: '$10',
   })}
   GROUP BY h.department_id, g.idx
),
series_eligible AS (
  SELECT d.id AS department_id, g.idx, coalesce(be.eligible, 0) AS eligible
    FROM depts d CROSS JOIN grid g
    LEFT JOIN bucket_eligible be ON be.department_id = d.id AND be.idx = g.idx
),
dept_series AS (
  SELECT department_id,
         (SELECT array_agg(se.eligible::int ORDER BY se.idx) FROM series_eligible se
           WHERE se.department_id = series.department_id) AS eligible,
         array_agg(headcount::int ORDER BY idx) AS headcount,
         array_agg(on_rotation::int ORDER BY idx) AS on_rotation,
         array_agg((experienced - on_rotation)::int ORDER BY idx) AS alumni
    FROM series GROUP BY department_id
),
org_series AS (
  SELECT array_agg(headcount::int ORDER BY idx) AS headcount,
         (SELECT array_agg(e::int ORDER BY idx) FROM (SELECT idx, sum(eligible) AS e FROM series_eligible GROUP BY idx) x) AS eligible,
         array_agg(on_rotation::int ORDER BY idx) AS on_rotation,
         array_agg((experienced - on_rotation)::int ORDER BY idx) AS alumni
    FROM (SELECT idx, sum(headcount) AS headcount, sum(experienced) AS experienced, sum(on_rotation) AS on_rotation
            FROM series GROUP BY idx) s
),
-- On asOf: the stay covering it (so employed then), at the level held then.
snapshot AS (
  SELECT p.department_id,
         count(*)::int AS headcount,
         count(*) FILTER (WHERE p.on_now)::int AS on_rotation,
         count(*) FILTER (WHERE p.first_start <= $5::date)::int AS experienced,
         count(*) FILTER (WHERE ${passesPersonRules(
           'p',
           'p',
           'p.career_level',
           '$5::date',
           '$6::date',
           {
             levels: '$7',
             minExperienceMonths: '$8',
             cooldownMonths: '$9',
             maxRotations: '$10',
           },
           'p.person_id',
         )})::int AS eligible
    FROM sf p
   WHERE p.s <= $5::date AND (p.e IS NULL OR p.e > $5::date)
   GROUP BY p.department_id
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
       (SELECT count(*)::int FROM rotation_request rq JOIN person p ON p.id = rq.person_id
         WHERE rq.status = 'SUBMITTED'
           AND ($4::uuid[] IS NULL OR cardinality($4::uuid[]) = 0 OR p.department_id = ANY($4::uuid[])))
  FROM org_series o
ORDER BY kind, name, id`;

/**
 * $1 asOf. Department × level cells of people employed on asOf, in the department and at the
 * level they held on asOf (person_history; SPEC §8), empty cells left out.
 */
export const REFERENCE_HEADCOUNT_CELLS_SQL = `SELECT d.id AS "departmentId", d.code, d.name, h.career_level AS "careerLevel", count(*)::int AS headcount
  FROM person p
  JOIN person_history h ON ${stretchOnDay('h', 'p.id', '$1::date')}
  JOIN department d ON d.id = h.department_id
 WHERE p.hired_on <= $1::date AND (p.left_on IS NULL OR p.left_on > $1::date)
 GROUP BY d.id, d.code, d.name, h.career_level
 ORDER BY d.name, d.id, array_position(${LEVELS}, h.career_level)`;

/**
 * $1 asOf. One row per career level (the level held on asOf), in career order: employed, on
 * rotation, alumni on asOf.
 */
export const REFERENCE_PARTICIPATION_SQL = `WITH hist AS (
  SELECT r.person_id, min(r.starts_on) AS first_start,
         bool_or(r.starts_on <= $1::date AND r.ends_on >= $1::date) AS on_now
    FROM rotation r WHERE r.cancelled_at IS NULL GROUP BY r.person_id
),
staff AS (
  SELECT s.career_level, coalesce(h.on_now, false) AS on_now, coalesce(h.first_start <= $1::date, false) AS experienced
    FROM person p
    JOIN person_history s ON ${stretchOnDay('s', 'p.id', '$1::date')}
    LEFT JOIN hist h ON h.person_id = p.id
   WHERE p.hired_on <= $1::date AND (p.left_on IS NULL OR p.left_on > $1::date)
)
SELECT l.level AS "careerLevel", count(s.career_level)::int AS headcount,
       count(*) FILTER (WHERE s.on_now)::int AS "onRotation",
       count(*) FILTER (WHERE s.experienced AND NOT s.on_now)::int AS alumni
  FROM unnest(${LEVELS}) WITH ORDINALITY AS l(level, ord)
  LEFT JOIN staff s ON s.career_level = l.level
 GROUP BY l.level, l.ord
 ORDER BY l.ord`;

/**
 * $1 from, $2 to, $3 the smallest group or denominator shown. Per department (by name) and per
 * level (career order): people employed at some time in [from, to], and their request, approval
 * and placement rates, median days to a decision, and the impact ratio (placement rate ÷ the
 * highest shown group's of the same dimension; under 0.8 fails the four-fifths rule).
 * Each person counts in the department and level held (person_history) on their first request's
 * date in the period, else on the last day they were employed in it; each decided request in
 * those held on its submission date. Groups under $3 people come back with every number NULL,
 * and approval rate and median days NULL when fewer than $3 requests were decided — suppressed
 * here, so the numbers never leave the database.
 */
export const REFERENCE_FAIRNESS_SQL = `WITH employed AS (
  SELECT p.id, p.hired_on,
         (SELECT min((rq.submitted_at AT TIME ZONE 'UTC')::date) FROM rotation_request rq WHERE rq.person_id = p.id
             AND (rq.submitted_at AT TIME ZONE 'UTC')::date BETWEEN $1::date AND $2::date) AS first_request,
         least($2::date, p.left_on - 1) AS last_day,
         EXISTS (SELECT 1 FROM rotation r WHERE r.person_id = p.id AND r.cancelled_at IS NULL
                    AND r.starts_on BETWEEN $1::date AND $2::date) AS placed
    FROM person p
   WHERE p.hired_on <= $2::date AND (p.left_on IS NULL OR p.left_on > $1::date)
),
staff AS (
  SELECT h.department_id, h.career_level, 1 AS people, (e.first_request IS NOT NULL)::int AS requested, e.placed::int AS placed
    FROM employed e
    JOIN person_history h ON h.person_id = e.id
     AND h.valid_from <= greatest(e.hired_on, coalesce(e.first_request, e.last_day))
     AND (h.valid_to IS NULL OR h.valid_to > greatest(e.hired_on, coalesce(e.first_request, e.last_day)))
),
decisions AS (
  SELECT h.department_id, h.career_level, rq.status,
         extract(epoch FROM rq.decided_at - rq.submitted_at) / 86400 AS days
    FROM rotation_request rq
    JOIN employed e ON e.id = rq.person_id
    JOIN person_history h ON h.person_id = rq.person_id
     AND h.valid_from <= greatest(e.hired_on, (rq.submitted_at AT TIME ZONE 'UTC')::date)
     AND (h.valid_to IS NULL OR h.valid_to > greatest(e.hired_on, (rq.submitted_at AT TIME ZONE 'UTC')::date))
   WHERE rq.status IN ('APPROVED', 'DECLINED')
     AND (rq.decided_at AT TIME ZONE 'UTC')::date BETWEEN $1::date AND $2::date
),
${FAIRNESS_GROUPS_TAIL}`;
