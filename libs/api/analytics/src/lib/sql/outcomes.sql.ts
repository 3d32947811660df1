import { DEVELOPMENT_GOALS } from '@stint/domain';

const GOALS = `ARRAY[${DEVELOPMENT_GOALS.map((g) => `'${g}'`).join(', ')}]::text[]`;

/** The cumulative promotion curve runs from the return to this many months after it. */
export const OUTCOME_CURVE_MONTHS = 24;

/** Months since year 0 of a date expression, and its day of month (integers: cheap per row). */
const monthOf = (d: string) =>
  `(extract(year FROM ${d})::int * 12 + extract(month FROM ${d})::int)`;
const dayOf = (d: string) => `extract(day FROM ${d})::int`;

/**
 * The least m with `return + m months >= b` (b after the return), in integers, from month
 * numbers and days computed once per return date (`o.index_month`, `o.index_day`) and once per
 * person or stretch (`o.<b>_month`, `o.<b>_day`): return + (months between) lands in b's month
 * on the return's day (or that month's last day, which is then >= b), so one more month is
 * needed exactly when b's day is later.
 */
const monthsToReach = (b: string) =>
  `(o.${b}_month - o.index_month + CASE WHEN o.${b}_day > o.index_day THEN 1 ELSE 0 END)`;

/** A date column's month number and day, as `<name>_month` and `<name>_day`. */
const monthAndDay = (d: string, name: string) =>
  `${monthOf(d)} AS ${name}_month, ${dayOf(d)} AS ${name}_day`;

/**
 * outcomes (SPEC §8): $1 from, $2 to (rotations that ended in [from, to]), $3 asOf (only
 * rotations ended before it; nothing after it is read), $4 PMO scope, $5 department id,
 * $6 career level (each NULL = any; department and level are the alumnus's on the return date).
 * One row with raw counts as JSON; the service suppresses small groups and denominators.
 *
 * - Alumni: one observation per completed rotation, from the return (`ends_on + 1`), at the
 *   department and level held on that day (person_history).
 * - Comparison: per alumni cohort (return date, department, level), the people employed on that
 *   date in the same department at the same level who had never started a rotation by then; one
 *   observation per (person, date).
 * - Promotion: the first stretch after the return at a higher level than the one held on it;
 *   `promotedMonth` is the least m with the promotion on or before return + m months.
 *   `observed` is the greatest m with return + m months on or before asOf: an observation
 *   counts at m only when m months have passed (no censored "not yet" counted as "never").
 *   The curve follows one fixed cohort — those followed all 24 months — so it never dips as the
 *   denominator shrinks; promotion within 12 months takes everyone followed 12 months.
 * - Retention: employed on return + 12 months; back in delivery: employed on return + 3 months
 *   and in no PMO seat that day (among those employed then).
 *
 * How it is computed (docs/decisions.md, "Outcomes reads a rollup of comparison spans"): the
 * spans in which someone can stand in the comparison group, with their leaving date, first
 * rotation and next promotion, come from `outcome_span` (kept by triggers); whatever depends on
 * the question (`asOf`, the cohorts) stays here. Whatever depends only on the return date is
 * computed once per date. Per (department, level) with cohorts, how many spans hold a date is two
 * binary searches over the group's sorted span bounds; only the observations whose outcome can
 * differ from the cohort's default (promoted or gone by asOf, or a first rotation within 93 days)
 * are enumerated, and are taken back out of that count. The spans that hold some cohort's date
 * are matched to their group once (\`held\`), for both the enumeration and the people count. The
 * observations are folded into a few hundred (group, months, outcome) counts before the summary,
 * the median (from running counts, not one row per observation) and the curve read them.
 * REFERENCE_OUTCOMES_SQL is the from-scratch statement it must equal.
 */
export const OUTCOMES_SQL = `WITH alumni AS MATERIALIZED (
  SELECT r.id, r.person_id, r.ends_on + 1 AS index_on, r.goals, r.goals_achieved, h.left_on,
         h.department_id, h.career_level,
         -- The first later stretch at a higher level, if it started by asOf.
         CASE WHEN h.promoted_on <= $3::date THEN h.promoted_on END AS promoted_on
    FROM rotation r
    JOIN outcome_span h ON h.person_id = r.person_id
     AND h.valid_from <= r.ends_on + 1 AND (h.valid_to IS NULL OR h.valid_to > r.ends_on + 1)
     -- Implied by the two above (every return is in [from + 1, to + 1]): fewer stretches to match.
     AND h.valid_from <= $2::date + 1 AND (h.valid_to IS NULL OR h.valid_to > $1::date + 1)
   WHERE r.cancelled_at IS NULL
     AND r.ends_on BETWEEN $1::date AND $2::date AND r.ends_on < $3::date
     AND ($4::text IS NULL OR EXISTS (SELECT 1 FROM seat s JOIN pmo pm ON pm.id = s.pmo_id
                                       WHERE s.id = r.seat_id AND pm.scope = $4::text))
     AND ($5::uuid IS NULL OR h.department_id = $5::uuid)
     AND ($6::text IS NULL OR h.career_level = $6::text)
),
-- Per return date: what depends on it alone (observed, its month and day, three months on).
dates AS MATERIALIZED (
  SELECT d.index_on, ${monthOf('d.index_on')} AS index_month, ${dayOf('d.index_on')} AS index_day,
         (d.index_on + interval '3 months')::date AS day3,
         ${monthOf('$3::date')} - ${monthOf('d.index_on')}
         - CASE WHEN ${dayOf('d.index_on')} > ${dayOf('$3::date')}
                 AND ${dayOf('$3::date')} < ${dayOf("(date_trunc('month', $3::date) + interval '1 month - 1 day')")}
                THEN 1 ELSE 0 END AS observed
    FROM (SELECT DISTINCT index_on FROM alumni) d
),
cohorts AS MATERIALIZED (
  SELECT c.index_on, c.department_id, c.career_level, d.index_month, d.index_day, d.day3, d.observed
    FROM (SELECT DISTINCT index_on, department_id, career_level FROM alumni) c
    JOIN dates d ON d.index_on = c.index_on
),
-- Per (department, level) with cohorts: their return dates, sorted, and how long each is followed.
groups AS MATERIALIZED (
  SELECT row_number() OVER () AS gid, department_id, career_level,
         array_agg(index_on ORDER BY index_on) AS dates, array_agg(observed ORDER BY index_on) AS observed
    FROM cohorts GROUP BY department_id, career_level
),
-- One observation per (person, date) of the comparison group: a person holds one department
-- and level on a date.
-- The spans that hold some cohort's date of their group (every return is in [from + 1, to + 1];
-- two binary searches in the group's sorted dates), in the filter's department and level; a
-- promotion after asOf is not one yet. \`first_i\` is the position before the first date that can
-- matter to the span's outcome, \`last_i\` that of the last date it holds.
held AS MATERIALIZED (
  SELECT s.person_id, g.gid, s.first_start, s.left_on, s.left_month, s.left_day,
         CASE WHEN s.promoted_on <= $3::date THEN s.promoted_on END AS promoted_on, s.promoted_month, s.promoted_day,
         width_bucket(CASE WHEN s.promoted_on <= $3::date OR s.left_on <= $3::date THEN s.lo
                           ELSE greatest(s.lo, s.first_start - 93) END - 1, g.dates) AS first_i,
         CASE WHEN s.hi IS NULL THEN cardinality(g.dates) ELSE width_bucket(s.hi - 1, g.dates) END AS last_i
    FROM outcome_span s
    JOIN groups g ON g.department_id = s.department_id AND g.career_level = s.career_level
   WHERE s.lo <= $2::date + 1 AND (s.hi IS NULL OR s.hi > greatest(s.lo, $1::date + 1))
     AND ($5::uuid IS NULL OR s.department_id = $5::uuid)
     AND ($6::text IS NULL OR s.career_level = $6::text)
     AND CASE WHEN s.hi IS NULL THEN cardinality(g.dates) ELSE width_bucket(s.hi - 1, g.dates) END
         > width_bucket(s.lo - 1, g.dates)
),
-- Per such group: its spans' starts and ends, sorted (kept in outcome_span_bounds), so that how
-- many spans hold a date is two binary searches (width_bucket counts the elements <= a value).
-- They hold every non-empty span of the group: one that holds no date in [from + 1, to + 1]
-- adds as much to one count as to the other.
bounds AS MATERIALIZED (
  SELECT g.dates, g.observed, b.los, b.his
    FROM groups g
    JOIN outcome_span_bounds b ON b.department_id = g.department_id AND b.career_level = g.career_level
),
-- The observations whose outcome depends on the person: promoted or gone by asOf, or a first
-- rotation that may have started by three months on (within 93 days of the date). The others
-- (most) count the same for everyone in their cohort: not promoted, retained and employed when
-- followed long enough, in no seat.
comparison AS MATERIALIZED (
  SELECT h.person_id, h.first_start, h.left_on, h.left_month, h.left_day, h.promoted_on, h.promoted_month, h.promoted_day,
         c.index_on, c.index_month, c.index_day, c.day3, c.observed
    FROM held h
    JOIN groups g ON g.gid = h.gid
    CROSS JOIN LATERAL unnest(g.dates[h.first_i + 1 : h.last_i]) AS x(index_on)
    JOIN dates c ON c.index_on = x.index_on
   WHERE h.promoted_on IS NOT NULL OR h.left_on <= $3::date OR h.first_start IS NOT NULL
),
-- Per cohort, how many spans hold its date (all of its observations, enumerated or not).
everyone AS (
  SELECT x.observed, width_bucket(x.index_on, b.los) - width_bucket(x.index_on, b.his) AS n
    FROM bounds b CROSS JOIN LATERAL unnest(b.dates, b.observed) AS x(index_on, observed)
),
facts AS (
  SELECT o.grp, o.observed,
         CASE WHEN o.promoted_on IS NOT NULL THEN ${monthsToReach('promoted')} END AS promoted_month,
         o.observed >= 12 AND (o.left_on IS NULL OR ${monthsToReach('left')} > 12) AS retained12,
         o.observed >= 3 AND (o.left_on IS NULL OR ${monthsToReach('left')} > 3) AS employed3,
         r.person_id IS NOT NULL AS in_seat3
    FROM (
      SELECT 'ALUMNI' AS grp, a.person_id, '-infinity'::date AS first_start,
             a.left_on, ${monthAndDay('a.left_on', 'left')}, a.promoted_on, ${monthAndDay('a.promoted_on', 'promoted')},
             d.index_on, d.index_month, d.index_day, d.day3, d.observed
        FROM alumni a JOIN dates d ON d.index_on = a.index_on
      UNION ALL
      SELECT 'COMPARISON', person_id, first_start, left_on, left_month, left_day, promoted_on, promoted_month, promoted_day, index_on, index_month, index_day, day3, observed
        FROM comparison
    ) o
    -- The rotation holding the day three months on, if any (a person's rotations do not
    -- overlap, so at most one); only those whose first rotation starts by then can have one.
    -- A hash join: a probe per observation cost more than the whole join.
    LEFT JOIN rotation r ON r.person_id = o.person_id AND r.cancelled_at IS NULL AND o.first_start <= o.day3
     AND r.starts_on <= o.day3 AND r.ends_on >= o.day3
),
-- Every observation folded into its (group, months followed up to the curve's end, outcome).
compact AS MATERIALIZED (
  SELECT grp, observed, promoted_month, retained12, employed3, in_seat3, sum(n)::int AS n
    FROM (
      SELECT grp, least(observed, ${OUTCOME_CURVE_MONTHS}) AS observed, promoted_month, retained12, employed3, in_seat3,
             1 AS n
        FROM facts
      UNION ALL
      -- Every comparison observation counted as one that is the same for its whole cohort...
      SELECT 'COMPARISON', least(observed, ${OUTCOME_CURVE_MONTHS}), NULL::int, observed >= 12, observed >= 3, false, n
        FROM everyone
      UNION ALL
      -- ... less the enumerated ones, counted above as they are.
      SELECT 'COMPARISON', least(observed, ${OUTCOME_CURVE_MONTHS}), NULL::int, observed >= 12, observed >= 3, false, -1
        FROM comparison
    ) x
   GROUP BY 1, 2, 3, 4, 5, 6
  HAVING sum(n) > 0
),
people AS (
  SELECT 'ALUMNI' AS grp, count(DISTINCT person_id)::int AS people FROM alumni
  UNION ALL
  -- Everyone holding a span that some cohort's date falls in.
  SELECT 'COMPARISON', count(DISTINCT person_id)::int FROM held
),
-- The median of each group's promotion months, from the months' running counts: the elements at
-- (0-based) positions floor((N - 1) / 2) and floor(N / 2), averaged (percentile_cont(0.5)).
medians AS (
  SELECT grp, (min(promoted_month) FILTER (WHERE cum > (total - 1) / 2)
               + min(promoted_month) FILTER (WHERE cum > total / 2))::float8 / 2 AS "medianMonths"
    FROM (SELECT grp, promoted_month, (sum(sum(n)) OVER (PARTITION BY grp ORDER BY promoted_month))::bigint AS cum,
                 (sum(sum(n)) OVER (PARTITION BY grp))::bigint AS total
            FROM compact WHERE promoted_month IS NOT NULL GROUP BY grp, promoted_month) m
   GROUP BY grp
),
summary AS (
  SELECT c.grp, sum(n)::int AS observations,
         coalesce(sum(n) FILTER (WHERE promoted_month IS NOT NULL), 0)::int AS promoted,
         coalesce(sum(n) FILTER (WHERE observed >= 12), 0)::int AS "observed12",
         coalesce(sum(n) FILTER (WHERE observed >= 12 AND promoted_month <= 12), 0)::int AS "promoted12",
         coalesce(sum(n) FILTER (WHERE observed >= 24), 0)::int AS "observed24",
         coalesce(sum(n) FILTER (WHERE observed >= 24 AND promoted_month <= 24), 0)::int AS "promoted24",
         coalesce(sum(n) FILTER (WHERE retained12), 0)::int AS "retained12",
         coalesce(sum(n) FILTER (WHERE employed3), 0)::int AS "employed3",
         coalesce(sum(n) FILTER (WHERE employed3 AND NOT in_seat3), 0)::int AS "inDelivery3"
    FROM compact c GROUP BY c.grp
),
curve AS (
  SELECT g.grp, m AS months,
         coalesce(sum(c.n) FILTER (WHERE c.observed >= ${OUTCOME_CURVE_MONTHS}), 0)::int AS observed,
         coalesce(sum(c.n) FILTER (WHERE c.observed >= ${OUTCOME_CURVE_MONTHS} AND c.promoted_month <= m), 0)::int AS promoted
    FROM (VALUES ('ALUMNI'), ('COMPARISON')) g(grp)
    CROSS JOIN generate_series(0, ${OUTCOME_CURVE_MONTHS}) m
    LEFT JOIN compact c ON c.grp = g.grp
   GROUP BY g.grp, m
),
goal_counts AS (
  SELECT g.goal, g.ord, count(a.id)::int AS aimed,
         count(a.id) FILTER (WHERE a.goals_achieved IS NOT NULL)::int AS recorded,
         count(a.id) FILTER (WHERE g.goal = ANY (a.goals_achieved))::int AS achieved
    FROM unnest(${GOALS}) WITH ORDINALITY AS g(goal, ord)
    LEFT JOIN alumni a ON g.goal = ANY (a.goals)
   GROUP BY g.goal, g.ord
)
SELECT (SELECT count(*)::int FROM alumni) AS rotations,
       (SELECT json_agg(json_build_object('goal', goal, 'aimed', aimed, 'recorded', recorded, 'achieved', achieved)
                        ORDER BY ord) FROM goal_counts) AS goals,
       (SELECT json_agg(json_build_object(
                 'group', g.grp, 'people', coalesce(pe.people, 0), 'observations', coalesce(s.observations, 0),
                 'promoted', coalesce(s.promoted, 0), 'medianMonths', md."medianMonths",
                 'observed12', coalesce(s."observed12", 0), 'promoted12', coalesce(s."promoted12", 0),
                 'observed24', coalesce(s."observed24", 0), 'promoted24', coalesce(s."promoted24", 0),
                 'retained12', coalesce(s."retained12", 0),
                 'employed3', coalesce(s."employed3", 0), 'inDelivery3', coalesce(s."inDelivery3", 0))
                        ORDER BY g.grp)
          FROM (VALUES ('ALUMNI'), ('COMPARISON')) g(grp)
          LEFT JOIN summary s ON s.grp = g.grp
          LEFT JOIN people pe ON pe.grp = g.grp
          LEFT JOIN medians md ON md.grp = g.grp) AS groups,
       (SELECT json_agg(json_build_object('group', grp, 'months', months, 'observed', observed, 'promoted', promoted)
                        ORDER BY grp, months) FROM curve) AS curve`;
