// Reading the coverage rollup (docs/decisions.md, "Coverage reads a history-aware rollup"):
// coverage_month holds, per (department, level), the cumulative headcount, experienced, on
// rotation and eligible on every month's last day, dense over one range of months (before it
// everything is 0; after it every value stays what it was in its last month);
// coverage_person_event holds the day events they are sums of. Level '*' rows are a department's
// totals over all levels (what coverage reads: a fifth of the rows).

/** The month whose last-day values hold on `monthStart`'s month end, clamped to the range. */
const RANGE = `(SELECT min(month) AS lo, max(month) AS hi FROM coverage_month)`;

/**
 * Rows (department_id, career_level, h, x, r, e) whose sums per department and level are the
 * headcount, experienced, on rotation and eligible on `day` (an SQL date expression): the month
 * before `day`'s month from coverage_month, and the events of `day`'s month up to `day`. `keep`
 * is a condition on a department id column reference to read only some departments; `totals`
 * reads the per-department totals (career_level '*') instead of the levels.
 */
export function onDayRows(day: string, keep = (_column: string) => 'true', totals = false): string {
  const prev = `(date_trunc('month', ${day}) - interval '1 month')::date`;
  const level = totals ? `'*'` : 'ev.career_level';
  return `SELECT c.department_id, c.career_level, c.headcount AS h, c.experienced AS x, c.on_rotation AS r, c.eligible AS e
            FROM ${RANGE} rg JOIN coverage_month c ON c.month = least(${prev}, rg.hi)
           WHERE ${prev} >= rg.lo AND c.career_level ${totals ? '=' : '<>'} '*' AND ${keep('c.department_id')}
          UNION ALL
          SELECT ev.department_id, ${level}, ev.dh, ev.dx, ev.dr, ev.de
            FROM coverage_person_event ev
           WHERE ev.day >= date_trunc('month', ${day})::date AND ev.day <= ${day}
             AND ${keep('ev.department_id')}`;
}

/**
 * A CTE `name` (department_id, career_level, headcount, experienced, on_rotation, eligible):
 * the values on `day` (an SQL date expression) per department and level (onDayRows summed).
 * `keep` is a condition on a department id column reference (`$d`) to read only some departments.
 */
export function onDayCte(
  name: string,
  day: string,
  keep = (_column: string) => 'true',
  /** Per department only (career_level '*'), rather than per department and level. */
  totals = false,
): string {
  return `${name} AS (
  SELECT z.department_id, z.career_level, sum(z.h) AS headcount, sum(z.x) AS experienced,
         sum(z.r) AS on_rotation, sum(z.e) AS eligible
    FROM (${onDayRows(day, keep, totals)}) z
   GROUP BY z.department_id, z.career_level
)`;
}

/**
 * A CTE `name` (department_id, idx, headcount, experienced, on_rotation, eligible): the values on
 * each bucket's last day (its last month's row) per department, for the buckets (idx, last_day)
 * of the CTE `grid`. No row for a department and bucket before the rollup's range (all 0).
 * One row per department and bucket as it is: a month has one '*' row per department (the
 * primary key) and a bucket reads one month, so nothing is summed.
 */
export function bucketCellsCte(
  name: string,
  keep = (_column: string) => 'true',
  grid = 'grid',
): string {
  return `${name}_months AS (
  SELECT g.idx, least(date_trunc('month', g.last_day)::date, rg.hi) AS month
    FROM ${grid} g CROSS JOIN ${RANGE} rg
   WHERE date_trunc('month', g.last_day)::date >= rg.lo
),
${name} AS (
  SELECT c.department_id, b.idx, c.headcount, c.experienced, c.on_rotation, c.eligible
    FROM coverage_month c JOIN ${name}_months b ON b.month = c.month AND c.career_level = '*'
   -- An array, so that the few months are read as index ranges whatever the estimates.
   WHERE c.month = ANY(ARRAY(SELECT month FROM ${name}_months)) AND c.career_level = '*'
     AND ${keep('c.department_id')}
)`;
}
