import { withJsonArrays } from './answer-json.sql';
import { gridCtes } from './buckets.sql';
import { bucketCellsCte, onDayCte } from './rollup.sql';

const SELECTED = (column: string) =>
  `($4::uuid[] IS NULL OR cardinality($4::uuid[]) = 0 OR ${column} = ANY($4::uuid[]))`;

/**
 * The four series arrays (headcount, on_rotation, alumni, eligible) in `order`, from a cell's
 * values as `value(column)` gives them (e.g. with coalesce for a missing cell). `order` null:
 * the rows arrive in bucket order from a sorted subquery (see dept_cells).
 */
const seriesArrays = (value: (column: string) => string, order: string | null) => {
  const by = order === null ? '' : ` ORDER BY ${order}`;
  return [
    `array_agg(${value('headcount')}::int${by}) AS headcount`,
    `array_agg(${value('on_rotation')}::int${by}) AS on_rotation`,
    `array_agg((${value('experienced')} - ${value('on_rotation')})::int${by}) AS alumni`,
    `array_agg(${value('eligible')}::int${by}) AS eligible`,
  ].join(',\n         ');
};

/**
 * coverage(filter) in one statement. Parameters (those of REFERENCE_COVERAGE_SQL):
 * $1 from, $2 to, $3 unit ('month' | 'quarter'), $4 department ids (uuid[], NULL = all),
 * $5 asOf, $6 the end of a window of the policy's minimum length starting asOf,
 * $7 eligible levels (text[]), $8 minExperienceMonths, $9 cooldownMonths, $10 maxRotations.
 * $6–$10 are the current policy's, which the rollup already applies; they are only typed here.
 *
 * Rows: one per selected department (kind 'department', by name) with its snapshot on asOf and
 * its series as arrays in bucket order, then one 'organisation' row with the series of the
 * selected departments together, the buckets' labels and last days, and the two totals that
 * are not sums (open seats, pending requests).
 *
 * Every number is read from the rollup (coverage_month, coverage_person_event), which counts
 * people in the department and at the level they held on the day in question (SPEC §8), and
 * eligible as the person rules for a window starting that day (SPEC §4) — on every bucket's
 * last day and on asOf. Pending requests are a count of today, by today's department.
 */
export const COVERAGE_SQL = `WITH ${gridCtes('$3', '$1', '$2')},
policy AS (SELECT $6::date AS window_end, $7::text[] AS levels, $8::int AS e, $9::int AS c, $10::int AS maxr),
depts AS (
  SELECT id, code, name, coverage_target, away_cap FROM department WHERE ${SELECTED('id')}
),
${bucketCellsCte('cells', SELECTED)},
-- Each department's series from its cells in bucket order. A department with a cell in every
-- bucket (all of them once the buckets are inside the rollup's range) takes its cells as they
-- are; the others (buckets before the range, or no rows at all) get zeros where a cell is
-- missing, from the grid. Crossing every department with the grid instead cost more than the
-- rest of the statement at \`xl\` (24,000 rows hashed and joined to find none missing).
-- The cells are sorted once and aggregated in that order: an aggregate's own ORDER BY sorts
-- each group once per aggregate before PostgreSQL 16 (4,000 small sorts at \`xl\`, ~12 ms).
-- Nothing between the sort and the aggregate can reorder the rows (no join at this level), so
-- each department's arrays are in bucket order, as the reference statement's are.
dept_cells AS (
  SELECT department_id, count(*) AS k,
         ${seriesArrays((column) => column, null)}
    FROM (SELECT * FROM cells ORDER BY department_id, idx) c GROUP BY department_id
),
dept_series AS (
  SELECT department_id, headcount, on_rotation, alumni, eligible
    FROM dept_cells WHERE k = (SELECT count(*) FROM grid)
  UNION ALL
  SELECT d.id, ${seriesArrays((column) => `coalesce(c.${column}, 0)`, 'g.idx')}
    FROM (SELECT id FROM depts x
           WHERE NOT EXISTS (SELECT 1 FROM dept_cells y
                              WHERE y.department_id = x.id AND y.k = (SELECT count(*) FROM grid))) d
    CROSS JOIN grid g
    LEFT JOIN cells c ON c.department_id = d.id AND c.idx = g.idx
   GROUP BY d.id
),
-- The selected departments together (no arrays when none is selected).
org_series AS (
  SELECT ${seriesArrays((column) => `coalesce(s.${column}, 0)`, 'g.idx')}
    FROM grid g
    LEFT JOIN (SELECT idx, sum(headcount) AS headcount, sum(experienced) AS experienced,
                      sum(on_rotation) AS on_rotation, sum(eligible) AS eligible
                 FROM cells GROUP BY idx) s ON s.idx = g.idx
   WHERE EXISTS (SELECT 1 FROM depts)
),
${onDayCte('on_day', '$5::date', SELECTED, true)},
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
ORDER BY kind, name, id`;

/** COVERAGE_SQL as the service reads it: the same rows, the arrays as json (answer-json.sql.ts). */
export const COVERAGE_JSON_SQL = withJsonArrays(
  COVERAGE_SQL,
  [
    'kind',
    'id',
    'code',
    'name',
    '"coverageTarget"',
    '"awayCap"',
    'headcount',
    '"onRotation"',
    'alumni',
    'eligible',
    '"openSeats"',
    '"pendingRequests"',
  ],
  [
    '"seriesHeadcount"',
    '"seriesOnRotation"',
    '"seriesAlumni"',
    '"seriesEligible"',
    'labels',
    'dates',
  ],
  'r.kind, r.name, r.id',
);
