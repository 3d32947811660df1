-- Generated from libs/api/analytics/src/lib/sql by queries.spec.ts; do not edit.
WITH alumni AS MATERIALIZED (
  SELECT r.person_id, r.ends_on + 1 AS index_on, r.department_id, r.career_level,
         r.left_on, r.left_month, r.left_day, r.in_seat3,
         -- The first later stretch at a higher level, if it started by asOf.
         CASE WHEN r.promoted_on <= $3::date THEN r.promoted_on END AS promoted_on, r.promoted_month, r.promoted_day
    FROM outcome_return r
   WHERE r.ends_on BETWEEN $1::date AND $2::date AND r.ends_on < $3::date
     AND ($4::text IS NULL OR EXISTS (SELECT 1 FROM seat s JOIN pmo pm ON pm.id = s.pmo_id
                                       WHERE s.id = r.seat_id AND pm.scope = $4::text))
     AND ($5::uuid IS NULL OR r.department_id = $5::uuid)
     AND ($6::text IS NULL OR r.career_level = $6::text)
),
-- Per return date: what depends on it alone (observed, its month and day, three months on).
dates AS MATERIALIZED (
  SELECT d.index_on, (extract(year FROM d.index_on)::int * 12 + extract(month FROM d.index_on)::int) AS index_month, extract(day FROM d.index_on)::int AS index_day,
         (d.index_on + interval '3 months')::date AS day3,
         (extract(year FROM $3::date)::int * 12 + extract(month FROM $3::date)::int) - (extract(year FROM d.index_on)::int * 12 + extract(month FROM d.index_on)::int)
         - CASE WHEN extract(day FROM d.index_on)::int > extract(day FROM $3::date)::int
                 AND extract(day FROM $3::date)::int < extract(day FROM (date_trunc('month', $3::date) + interval '1 month - 1 day'))::int
                THEN 1 ELSE 0 END AS observed
    FROM (SELECT DISTINCT index_on FROM alumni) d
),
-- Per (department, level) with cohorts: their return dates, sorted.
groups AS MATERIALIZED (
  SELECT row_number() OVER () AS gid, department_id, career_level, array_agg(index_on ORDER BY index_on) AS dates
    FROM (SELECT DISTINCT department_id, career_level, index_on FROM alumni) c
   GROUP BY department_id, career_level
),
-- One observation per (person, date) of the comparison group: a person holds one department
-- and level on a date.
-- The spans that hold some cohort's date of their group (every return is in [from + 1, to + 1];
-- two binary searches in the group's sorted dates), in the filter's department and level; a
-- promotion after asOf is not one yet. Of those whose outcome can depend on the person (promoted
-- or gone by asOf, or a first rotation that may have started by three months on: within 93 days
-- of the date), `dates` are the group's dates from the first that can matter to the span's
-- outcome to the last it holds (an array slice); the others (most) count the same for everyone in
-- their cohort: not promoted, retained and employed when followed long enough, in no seat.
held AS MATERIALIZED (
  SELECT s.person_id, s.seats, s.left_on, s.left_month, s.left_day,
         CASE WHEN s.promoted_on <= $3::date THEN s.promoted_on END AS promoted_on, s.promoted_month, s.promoted_day,
         CASE WHEN s.promoted_on <= $3::date OR s.left_on <= $3::date
              THEN g.dates[width_bucket(s.lo - 1, g.dates) + 1 : CASE WHEN s.hi IS NULL THEN cardinality(g.dates) ELSE width_bucket(s.hi - 1, g.dates) END]
              WHEN s.first_start IS NOT NULL
              THEN g.dates[width_bucket(greatest(s.lo, s.first_start - 93) - 1, g.dates) + 1 : CASE WHEN s.hi IS NULL THEN cardinality(g.dates) ELSE width_bucket(s.hi - 1, g.dates) END]
         END AS dates
    -- The non-empty spans that can hold a date in [from + 1, to + 1], read from the index that
    -- holds what this reads (outcome_span_period_idx): ended after from + 1, or not ended.
    FROM (SELECT s.person_id, s.department_id, s.career_level, s.lo, s.hi, s.first_start, s.left_on, s.left_month,
                 s.left_day, s.promoted_on, s.promoted_month, s.promoted_day, s.seats FROM outcome_span s WHERE s.hi > $1::date + 1 AND s.hi > s.lo AND s.lo <= $2::date + 1
          UNION ALL
          SELECT s.person_id, s.department_id, s.career_level, s.lo, s.hi, s.first_start, s.left_on, s.left_month,
                 s.left_day, s.promoted_on, s.promoted_month, s.promoted_day, s.seats FROM outcome_span s WHERE s.hi IS NULL AND s.lo <= $2::date + 1) s
    JOIN groups g ON g.department_id = s.department_id AND g.career_level = s.career_level
   WHERE ($5::uuid IS NULL OR s.department_id = $5::uuid)
     AND ($6::text IS NULL OR s.career_level = $6::text)
     AND CASE WHEN s.hi IS NULL THEN cardinality(g.dates) ELSE width_bucket(s.hi - 1, g.dates) END > width_bucket(s.lo - 1, g.dates)
),
-- Per cohort, how many spans hold its date (all of its observations, enumerated or not): two
-- binary searches over its group's spans' starts and ends, sorted (kept in outcome_span_bounds;
-- width_bucket counts the elements <= a value). They hold every non-empty span of the group: one
-- that holds no date in [from + 1, to + 1] adds as much to one count as to the other.
everyone AS MATERIALIZED (
  SELECT x.index_on, width_bucket(x.index_on, b.los) - width_bucket(x.index_on, b.his) AS n
    FROM groups g
    JOIN outcome_span_bounds b ON b.department_id = g.department_id AND b.career_level = g.career_level
    CROSS JOIN LATERAL unnest(g.dates) AS x(index_on)
),
-- The enumerated observations: the spans' dates whose outcome depends on the person.
comparison AS (
  SELECT h.left_on, h.left_month, h.left_day, h.promoted_on, h.promoted_month, h.promoted_day,
         c.index_month, c.index_day, c.observed,
         -- Whether one of the person's rotations holds the day three months on.
         h.seats @> c.day3 AS in_seat3
    FROM (SELECT h.*, unnest(h.dates) AS index_on FROM held h WHERE h.dates IS NOT NULL) h
    JOIN dates c ON c.index_on = h.index_on
),
-- The alumni's and the enumerated comparison observations, each folded into its (months
-- followed up to the curve's end, outcome) as it is enumerated.
alumni_facts AS MATERIALIZED (
  SELECT least(o.observed, 24) AS observed,
         CASE WHEN o.promoted_on IS NOT NULL THEN (o.promoted_month - o.index_month + CASE WHEN o.promoted_day > o.index_day THEN 1 ELSE 0 END) END AS promoted_month,
         o.observed >= 12 AND (o.left_on IS NULL OR (o.left_month - o.index_month + CASE WHEN o.left_day > o.index_day THEN 1 ELSE 0 END) > 12) AS retained12,
         o.observed >= 3 AND (o.left_on IS NULL OR (o.left_month - o.index_month + CASE WHEN o.left_day > o.index_day THEN 1 ELSE 0 END) > 3) AS employed3,
         o.in_seat3, count(*)::int AS n
    FROM (SELECT a.left_on, a.left_month, a.left_day, a.promoted_on, a.promoted_month, a.promoted_day,
                 d.index_month, d.index_day, d.observed, a.in_seat3
            FROM alumni a JOIN dates d ON d.index_on = a.index_on) o
   GROUP BY 1, 2, 3, 4, 5
),
comparison_facts AS MATERIALIZED (
  SELECT least(o.observed, 24) AS observed,
         CASE WHEN o.promoted_on IS NOT NULL THEN (o.promoted_month - o.index_month + CASE WHEN o.promoted_day > o.index_day THEN 1 ELSE 0 END) END AS promoted_month,
         o.observed >= 12 AND (o.left_on IS NULL OR (o.left_month - o.index_month + CASE WHEN o.left_day > o.index_day THEN 1 ELSE 0 END) > 12) AS retained12,
         o.observed >= 3 AND (o.left_on IS NULL OR (o.left_month - o.index_month + CASE WHEN o.left_day > o.index_day THEN 1 ELSE 0 END) > 3) AS employed3,
         o.in_seat3, count(*)::int AS n
    FROM comparison o
   GROUP BY 1, 2, 3, 4, 5
),
-- Every observation folded into its (group, months followed up to the curve's end, outcome).
compact AS MATERIALIZED (
  SELECT grp, observed, promoted_month, retained12, employed3, in_seat3, sum(n)::int AS n
    FROM (
      SELECT 'ALUMNI' AS grp, observed, promoted_month, retained12, employed3, in_seat3, n
        FROM alumni_facts
      UNION ALL
      SELECT 'COMPARISON', observed, promoted_month, retained12, employed3, in_seat3, n
        FROM comparison_facts
      UNION ALL
      -- Every comparison observation counted as one that is the same for its whole cohort...
      SELECT 'COMPARISON', least(c.observed, 24), NULL::int, c.observed >= 12, c.observed >= 3, false, e.n
        FROM everyone e JOIN dates c ON c.index_on = e.index_on
      UNION ALL
      -- ... less the enumerated ones, counted above as they are.
      SELECT 'COMPARISON', observed, NULL::int, observed >= 12, observed >= 3, false, -n
        FROM comparison_facts
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
         coalesce(sum(c.n) FILTER (WHERE c.observed >= 24), 0)::int AS observed,
         coalesce(sum(c.n) FILTER (WHERE c.observed >= 24 AND c.promoted_month <= m), 0)::int AS promoted
    FROM (VALUES ('ALUMNI'), ('COMPARISON')) g(grp)
    CROSS JOIN generate_series(0, 24) m
    LEFT JOIN compact c ON c.grp = g.grp
   GROUP BY g.grp, m
),
-- Per goal, how many alumni aimed at it, recorded their achieved goals, achieved it: the alumni's
-- returns counted per (goals, achieved goals) pair first (a few dozen pairs), then per goal (a
-- goal listed twice counts once; the arrays are not carried in `alumni`, which stays small
-- enough to be kept in memory).
aims AS (
  SELECT x.goal, sum(c.n)::int AS aimed, coalesce(sum(c.n) FILTER (WHERE c.goals_achieved IS NOT NULL), 0)::int AS recorded,
         coalesce(sum(c.n) FILTER (WHERE x.goal = ANY (c.goals_achieved)), 0)::int AS achieved
    FROM (SELECT r.goals, r.goals_achieved, count(*) AS n FROM outcome_return r WHERE r.ends_on BETWEEN $1::date AND $2::date AND r.ends_on < $3::date
     AND ($4::text IS NULL OR EXISTS (SELECT 1 FROM seat s JOIN pmo pm ON pm.id = s.pmo_id
                                       WHERE s.id = r.seat_id AND pm.scope = $4::text))
     AND ($5::uuid IS NULL OR r.department_id = $5::uuid)
     AND ($6::text IS NULL OR r.career_level = $6::text) GROUP BY 1, 2) c
    CROSS JOIN LATERAL unnest(c.goals) WITH ORDINALITY AS x(goal, i)
   WHERE array_position(c.goals, x.goal) = x.i
   GROUP BY x.goal
),
goal_counts AS (
  SELECT g.goal, g.ord, coalesce(a.aimed, 0) AS aimed, coalesce(a.recorded, 0) AS recorded,
         coalesce(a.achieved, 0) AS achieved
    FROM unnest(ARRAY['PROGRAM_MANAGEMENT', 'PORTFOLIO_MANAGEMENT', 'ORGANIZATIONAL_VISIBILITY', 'PROCESS_IMPROVEMENT', 'EXECUTIVE_NETWORK']::text[]) WITH ORDINALITY AS g(goal, ord)
    LEFT JOIN aims a ON a.goal = g.goal
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
                        ORDER BY grp, months) FROM curve) AS curve
