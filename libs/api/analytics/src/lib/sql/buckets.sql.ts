// Shared SQL fragments for calendar buckets. Every time series here is computed the same way:
// generate_series makes the buckets, and a person's or rotation's half-open date range [s, e)
// becomes a +1 event in the first bucket whose last day is on or after s and a -1 in the
// first whose last day is on or after e; a running sum (a window function) over the buckets in
// order then gives the count on each bucket's last day. That is O(people + rotations), not
// O(people × buckets).

/** 'month' | 'quarter' as date_trunc and the interval understand them. */
export type BucketUnit = 'month' | 'quarter';

/**
 * The buckets touching [$from, $to] as (idx, first_day, last_day, label), plus `grid_meta`
 * (n, and th: the day after each bucket, in order, for width_bucket). `unit` is a parameter
 * reference such as `$3`, `from`/`to` date parameter references.
 */
export function gridCtes(unit: string, from: string, to: string): string {
  const step = `CASE WHEN ${unit}::text = 'month' THEN interval '1 month' ELSE interval '3 months' END`;
  return `grid AS (
    SELECT (row_number() OVER (ORDER BY b) - 1)::int AS idx,
           b::date AS first_day,
           (b + ${step} - interval '1 day')::date AS last_day,
           CASE WHEN ${unit}::text = 'month' THEN to_char(b, 'YYYY-MM') ELSE to_char(b, 'YYYY-"Q"Q') END AS label
      FROM generate_series(date_trunc(${unit}::text, ${from}::date::timestamp),
                           date_trunc(${unit}::text, ${to}::date::timestamp), ${step}) AS b
  ),
  grid_meta AS (
    SELECT count(*)::int AS n, array_agg(last_day + 1 ORDER BY idx) AS th FROM grid
  )`;
}

/**
 * The index of the first bucket whose last day is on or after `day`: the number of buckets
 * that end before it, found by binary search (width_bucket) in gm.th. 0 for days before the
 * grid, n for days after it, NULL for NULL. Needs `grid_meta gm` in scope.
 */
export function bucketOf(day: string): string {
  return `width_bucket(${day}, gm.th)`;
}
