import { bucketOf, gridCtes } from './buckets.sql';
import { passesPersonRules, rotationHistoryCte } from '@stint/api-data';

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
 * People count in their current department (person.department_id): there is no department
 * history, so a PM who moves takes their whole past with them.
 */
export const COVERAGE_SQL = `WITH ${gridCtes('$3', '$1', '$2')},
depts AS (
  SELECT id, code, name, coverage_target, away_cap FROM department
   WHERE $4::uuid[] IS NULL OR cardinality($4::uuid[]) = 0 OR id = ANY($4::uuid[])
),
${rotationHistoryCte(
  'hist',
  '$5::date',
  '$5::date',
  '$6::date',
  `rotation r WHERE ($4::uuid[] IS NULL OR cardinality($4::uuid[]) = 0 OR r.person_id IN (SELECT id FROM person WHERE department_id = ANY($4::uuid[]))) AND`,
)},
-- Each person with their rotation history; experienced (on a rotation or alumni) from
-- \`since\`, the first rotation's start or the hire if later.
pf AS (
  SELECT p.id, p.department_id, p.career_level, p.pm_since, p.hired_on, p.left_on, p.on_leave,
         h.first_start, h.n, h.anchor, h.overlaps, h.on_now,
         CASE WHEN h.first_start IS NOT NULL THEN greatest(h.first_start, p.hired_on) END AS since
    FROM person p LEFT JOIN hist h ON h.person_id = p.id
   WHERE $4::uuid[] IS NULL OR cardinality($4::uuid[]) = 0 OR p.department_id = ANY($4::uuid[])
),
-- Half-open ranges as +1/-1 events in buckets: employed [hired_on, left_on) (dh); experienced
-- [since, left_on) (dx); on rotation for each rotation's days while employed (dr).
events AS (
  SELECT department_id, ${bucketOf('hired_on')} AS idx, 1 AS dh, 0 AS dx, 0 AS dr FROM pf, grid_meta gm
  UNION ALL
  SELECT department_id, ${bucketOf('left_on')}, -1, 0, 0 FROM pf, grid_meta gm WHERE left_on IS NOT NULL
  UNION ALL
  SELECT department_id, ${bucketOf('since')}, 0, 1, 0 FROM pf, grid_meta gm
   WHERE since IS NOT NULL AND (left_on IS NULL OR since < left_on)
  UNION ALL
  SELECT department_id, ${bucketOf('left_on')}, 0, -1, 0 FROM pf, grid_meta gm WHERE since < left_on
  UNION ALL
  SELECT p.department_id, ${bucketOf('greatest(r.starts_on, p.hired_on)')}, 0, 0, 1
    FROM rotation r JOIN pf p ON p.id = r.person_id, grid_meta gm
   WHERE r.cancelled_at IS NULL AND greatest(r.starts_on, p.hired_on) < least(r.ends_on + 1, p.left_on)
  UNION ALL
  SELECT p.department_id, ${bucketOf('least(r.ends_on + 1, p.left_on)')}, 0, 0, -1
    FROM rotation r JOIN pf p ON p.id = r.person_id, grid_meta gm
   WHERE r.cancelled_at IS NULL AND greatest(r.starts_on, p.hired_on) < least(r.ends_on + 1, p.left_on)
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
dept_series AS (
  SELECT department_id,
         array_agg(headcount::int ORDER BY idx) AS headcount,
         array_agg(on_rotation::int ORDER BY idx) AS on_rotation,
         array_agg((experienced - on_rotation)::int ORDER BY idx) AS alumni
    FROM series GROUP BY department_id
),
org_series AS (
  SELECT array_agg(headcount::int ORDER BY idx) AS headcount,
         array_agg(on_rotation::int ORDER BY idx) AS on_rotation,
         array_agg((experienced - on_rotation)::int ORDER BY idx) AS alumni
    FROM (SELECT idx, sum(headcount) AS headcount, sum(experienced) AS experienced, sum(on_rotation) AS on_rotation
            FROM series GROUP BY idx) s
),
snapshot AS (
  SELECT p.department_id,
         count(*)::int AS headcount,
         count(*) FILTER (WHERE p.on_now)::int AS on_rotation,
         count(*) FILTER (WHERE p.first_start <= $5::date)::int AS experienced,
         count(*) FILTER (WHERE ${passesPersonRules('p', 'p', '$5::date', '$6::date', {
           levels: '$7',
           minExperienceMonths: '$8',
           cooldownMonths: '$9',
           maxRotations: '$10',
         })})::int AS eligible
    FROM pf p
   WHERE p.hired_on <= $5::date AND (p.left_on IS NULL OR p.left_on > $5::date)
   GROUP BY p.department_id
)
SELECT 'department' AS kind, d.id, d.code, d.name,
       d.coverage_target::float8 AS "coverageTarget", d.away_cap::float8 AS "awayCap",
       coalesce(s.headcount, 0) AS headcount, coalesce(s.on_rotation, 0) AS "onRotation",
       coalesce(s.experienced - s.on_rotation, 0) AS alumni, coalesce(s.eligible, 0) AS eligible,
       ds.headcount AS "seriesHeadcount", ds.on_rotation AS "seriesOnRotation", ds.alumni AS "seriesAlumni",
       NULL::text[] AS labels, NULL::text[] AS dates, NULL::int AS "openSeats", NULL::int AS "pendingRequests"
  FROM depts d
  LEFT JOIN snapshot s ON s.department_id = d.id
  LEFT JOIN dept_series ds ON ds.department_id = d.id
UNION ALL
SELECT 'organisation', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
       o.headcount, o.on_rotation, o.alumni,
       (SELECT array_agg(label ORDER BY idx) FROM grid),
       (SELECT array_agg(to_char(last_day, 'YYYY-MM-DD') ORDER BY idx) FROM grid),
       (SELECT count(*)::int FROM seat st
         WHERE st.opens_on <= $5::date AND (st.closes_on IS NULL OR st.closes_on >= $5::date)
           AND NOT EXISTS (SELECT 1 FROM rotation r WHERE r.seat_id = st.id AND r.cancelled_at IS NULL
                              AND r.starts_on <= $5::date AND r.ends_on >= $5::date)),
       (SELECT count(*)::int FROM rotation_request rq JOIN pf p ON p.id = rq.person_id WHERE rq.status = 'SUBMITTED')
  FROM org_series o
ORDER BY kind, name, id`;
