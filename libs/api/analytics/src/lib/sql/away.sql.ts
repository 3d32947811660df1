// AWAY_CAP's counts (SPEC §3): per department and calendar month, the people holding a stretch
// in the department on the month's last day (not cut to employment) with a non-cancelled
// rotation touching the month. Read from the away runs (`away_run`, migration 1764400013000,
// kept by triggers: docs/decisions.md, "Candidates read a rollup of away runs").

/** A date's month as one integer (year × 12 + month), as away_run's `lo` and `hi`. */
export const monthNo = (day: string) =>
  `(extract(year FROM ${day})::int * 12 + extract(month FROM ${day})::int)`;

/** The calendar months of [from, to] (SQL date expressions), numbered from 0. */
export const windowMonthsCte = (from: string, to: string) => `months AS (
  SELECT (row_number() OVER (ORDER BY m) - 1)::int AS idx, m::date AS first_day,
         (m + interval '1 month' - interval '1 day')::date AS last_day
    FROM generate_series(date_trunc('month', ${from}::timestamp), date_trunc('month', ${to}::timestamp), interval '1 month') AS m
)`;

/**
 * A CTE `away_deltas` (department_id, idx, d): for the months of [from, to] numbered from 0,
 * +1 at each away run's first month in them and -1 after its last, summed per department and
 * month; a running sum over the months gives the counts. Only the runs ending after the first
 * month are read (away_run_hi_idx).
 */
export function awayDeltasCte(from: string, to: string): string {
  const first = monthNo(from);
  return `away_deltas AS (
  SELECT a.department_id, v.idx, sum(v.d) AS d
    FROM away_run a
    CROSS JOIN LATERAL (VALUES (greatest(a.lo - ${first}, 0), 1), (a.hi - ${first}, -1)) AS v(idx, d)
   WHERE a.hi > ${first} AND a.lo <= ${monthNo(to)}
   GROUP BY a.department_id, v.idx
)`;
}

/** $1 from, $2 to: (department_id, idx, away) for every department and month with someone away. */
export const AWAY_MONTHS_SQL = `WITH ${windowMonthsCte('$1::date', '$2::date')},
${awayDeltasCte('$1::date', '$2::date')}
SELECT department_id, idx, away
  FROM (SELECT d.department_id, mo.idx,
               (sum(coalesce(a.d, 0)) OVER (PARTITION BY d.department_id ORDER BY mo.idx))::int AS away
          FROM (SELECT DISTINCT department_id FROM away_deltas) d CROSS JOIN months mo
          LEFT JOIN away_deltas a ON a.department_id = d.department_id AND a.idx = mo.idx) x
 WHERE away > 0
 ORDER BY 1, 2`;

/** AWAY_MONTHS_SQL from the base tables, as SPEC §3 words it. */
export const REFERENCE_AWAY_MONTHS_SQL = `WITH ${windowMonthsCte('$1::date', '$2::date')}
SELECT h.department_id, mo.idx, count(DISTINCT h.person_id)::int AS away
  FROM months mo
  JOIN person_history h ON h.valid_from <= mo.last_day AND (h.valid_to IS NULL OR h.valid_to > mo.last_day)
 WHERE EXISTS (SELECT 1 FROM rotation r
                WHERE r.person_id = h.person_id AND r.cancelled_at IS NULL
                  AND r.starts_on <= mo.last_day AND r.ends_on >= mo.first_day)
 GROUP BY 1, 2
 ORDER BY 1, 2`;
