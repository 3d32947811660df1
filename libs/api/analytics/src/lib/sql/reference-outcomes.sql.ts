import { CAREER_LEVELS, DEVELOPMENT_GOALS } from '@stint/domain';

const LEVELS = `ARRAY[${CAREER_LEVELS.map((l) => `'${l}'`).join(', ')}]::text[]`;
const GOALS = `ARRAY[${DEVELOPMENT_GOALS.map((g) => `'${g}'`).join(', ')}]::text[]`;

/** The cumulative promotion curve runs from the return to this many months after it. */
const OUTCOME_CURVE_MONTHS = 24;

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
 * The from-scratch outcomes statement (before `outcome_span`), kept as the reference the rollup
 * test compares OUTCOMES_SQL with; same parameters and row.
 *
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
 * How it is computed (docs/decisions.md, "Outcomes, candidates and eligible people without a
 * rollup"; ~190,000 observations at xl): whatever depends only on the return date (`observed`,
 * its month number and day, the day three months on) is computed once per date; whether someone
 * can stand in the comparison group is decided once per history stretch (`spans`), before the
 * cohorts are joined; the promotion depends only on the stretch held on the return date
 * (stretches do not overlap, so "a stretch starting after the return" is "a later stretch"), so
 * it is found once per matched stretch; whether someone sits in a seat three months on is only
 * asked of those whose first rotation starts by then (for most of the comparison group, never);
 * and the observations are folded into a few hundred (group, months, outcome) counts before the
 * summary, the median and the curve read them.
 */
export const REFERENCE_OUTCOMES_SQL = `WITH alumni AS MATERIALIZED (
  SELECT r.id, r.person_id, r.ends_on + 1 AS index_on, r.goals, r.goals_achieved, p.left_on,
         h.department_id, h.career_level, array_position(${LEVELS}, h.career_level) AS rank,
         -- The first later stretch at a higher level (stretches do not overlap: "starting after
         -- the return" is "later than the stretch held on it").
         (SELECT min(n.valid_from) FROM person_history n
           WHERE n.person_id = h.person_id AND n.valid_from > h.valid_from AND n.valid_from <= $3::date
             AND array_position(${LEVELS}, n.career_level) > array_position(${LEVELS}, h.career_level)) AS promoted_on
    FROM rotation r
    JOIN seat s ON s.id = r.seat_id
    JOIN pmo pm ON pm.id = s.pmo_id
    JOIN person p ON p.id = r.person_id
    JOIN person_history h ON h.person_id = r.person_id
     AND h.valid_from <= r.ends_on + 1 AND (h.valid_to IS NULL OR h.valid_to > r.ends_on + 1)
   WHERE r.cancelled_at IS NULL
     AND r.ends_on BETWEEN $1::date AND $2::date AND r.ends_on < $3::date
     AND ($4::text IS NULL OR pm.scope = $4::text)
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
firsts AS MATERIALIZED (
  SELECT person_id, min(starts_on) AS first_start FROM rotation WHERE cancelled_at IS NULL GROUP BY person_id
),
-- The stretches in which someone can stand in the comparison group: from when they hold the
-- stretch and are employed, to when the stretch ends, they leave or their first rotation starts
-- (half-open; NULL = no end). Decided once per stretch, before any cohort is joined.
spans AS MATERIALIZED (
  SELECT * FROM (
    SELECT h.person_id, h.valid_from, h.department_id, h.career_level, p.left_on, f.first_start,
           greatest(h.valid_from, p.hired_on) AS lo, least(h.valid_to, p.left_on, f.first_start) AS hi
      FROM person_history h
      JOIN person p ON p.id = h.person_id
      LEFT JOIN firsts f ON f.person_id = h.person_id
     WHERE ($5::uuid IS NULL OR h.department_id = $5::uuid)
       AND ($6::text IS NULL OR h.career_level = $6::text)
       AND h.valid_from <= $2::date + 1
  ) x WHERE x.hi IS NULL OR x.lo < x.hi
),
-- The spans some cohort falls in.
matched_spans AS MATERIALIZED (
  SELECT s.* FROM spans s
   WHERE EXISTS (SELECT 1 FROM cohorts c WHERE c.department_id = s.department_id AND c.career_level = s.career_level
                    AND s.lo <= c.index_on AND (s.hi IS NULL OR s.hi > c.index_on))
),
-- Their promotions (as for alumni), in one join over the later stretches of those people.
promotions AS (
  SELECT m.person_id, m.valid_from, min(n.valid_from) AS promoted_on
    FROM matched_spans m
    JOIN person_history n ON n.person_id = m.person_id AND n.valid_from > m.valid_from AND n.valid_from <= $3::date
     AND array_position(${LEVELS}, n.career_level) > array_position(${LEVELS}, m.career_level)
   GROUP BY m.person_id, m.valid_from
),
matched AS MATERIALIZED (
  SELECT m.*, pr.promoted_on, ${monthAndDay('m.left_on', 'left')}, ${monthAndDay('pr.promoted_on', 'promoted')}
    FROM matched_spans m LEFT JOIN promotions pr ON pr.person_id = m.person_id AND pr.valid_from = m.valid_from
),
-- One observation per (person, date) of the comparison group: a person holds one department
-- and level on a date.
comparison AS (
  SELECT s.person_id, s.first_start, s.left_on, s.left_month, s.left_day, s.promoted_on, s.promoted_month, s.promoted_day,
         c.index_on, c.index_month, c.index_day, c.day3, c.observed
    FROM cohorts c
    JOIN matched s ON s.department_id = c.department_id AND s.career_level = c.career_level
     AND s.lo <= c.index_on AND (s.hi IS NULL OR s.hi > c.index_on)
),
facts AS (
  SELECT o.grp, o.observed,
         CASE WHEN o.promoted_on IS NOT NULL THEN ${monthsToReach('promoted')} END AS promoted_month,
         o.observed >= 12 AND (o.left_on IS NULL OR ${monthsToReach('left')} > 12) AS retained12,
         o.observed >= 3 AND (o.left_on IS NULL OR ${monthsToReach('left')} > 3) AS employed3,
         -- Only those whose first rotation starts by then can be in a seat three months on.
         CASE WHEN o.first_start IS NULL OR o.first_start > o.day3 THEN false
              ELSE EXISTS (SELECT 1 FROM rotation r WHERE r.person_id = o.person_id AND r.cancelled_at IS NULL
                              AND r.starts_on <= o.day3 AND r.ends_on >= o.day3) END AS in_seat3
    FROM (
      SELECT 'ALUMNI' AS grp, a.person_id, '-infinity'::date AS first_start,
             a.left_on, ${monthAndDay('a.left_on', 'left')}, a.promoted_on, ${monthAndDay('a.promoted_on', 'promoted')},
             d.index_on, d.index_month, d.index_day, d.day3, d.observed
        FROM alumni a JOIN dates d ON d.index_on = a.index_on
      UNION ALL
      SELECT 'COMPARISON', person_id, first_start, left_on, left_month, left_day, promoted_on, promoted_month, promoted_day, index_on, index_month, index_day, day3, observed
        FROM comparison
    ) o
),
-- Every observation folded into its (group, months followed up to the curve's end, outcome).
compact AS MATERIALIZED (
  SELECT grp, least(observed, ${OUTCOME_CURVE_MONTHS}) AS observed, promoted_month, retained12, employed3, in_seat3,
         count(*)::int AS n
    FROM facts GROUP BY 1, 2, 3, 4, 5, 6
),
people AS (
  SELECT 'ALUMNI' AS grp, count(DISTINCT person_id)::int AS people FROM alumni
  UNION ALL
  SELECT 'COMPARISON', count(DISTINCT person_id)::int FROM matched
),
medians AS (
  SELECT c.grp, percentile_cont(0.5) WITHIN GROUP (ORDER BY c.promoted_month) AS "medianMonths"
    FROM compact c CROSS JOIN LATERAL generate_series(1, c.n) AS copies
   WHERE c.promoted_month IS NOT NULL
   GROUP BY c.grp
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
