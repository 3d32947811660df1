-- Generated from libs/api/analytics/src/lib/sql by queries.spec.ts; do not edit.
WITH alumni AS MATERIALIZED (
  SELECT r.id, r.person_id, r.ends_on + 1 AS index_on, r.goals, r.goals_achieved,
         h.department_id, h.career_level, array_position(ARRAY['PROJECT_COORDINATOR', 'PROJECT_MANAGER', 'SENIOR_PROJECT_MANAGER', 'PROGRAM_MANAGER', 'PORTFOLIO_MANAGER']::text[], h.career_level) AS rank
    FROM rotation r
    JOIN seat s ON s.id = r.seat_id
    JOIN pmo pm ON pm.id = s.pmo_id
    JOIN person_history h ON h.person_id = r.person_id
     AND h.valid_from <= r.ends_on + 1 AND (h.valid_to IS NULL OR h.valid_to > r.ends_on + 1)
   WHERE r.cancelled_at IS NULL
     AND r.ends_on BETWEEN $1::date AND $2::date AND r.ends_on < $3::date
     AND ($4::text IS NULL OR pm.scope = $4::text)
     AND ($5::uuid IS NULL OR h.department_id = $5::uuid)
     AND ($6::text IS NULL OR h.career_level = $6::text)
),
seats AS MATERIALIZED (
  SELECT person_id, min(starts_on) AS first_start, array_agg(daterange(starts_on, ends_on, '[]')) AS spans
    FROM rotation WHERE cancelled_at IS NULL GROUP BY person_id
),
cohorts AS (SELECT DISTINCT index_on, department_id, career_level, rank FROM alumni),
obs AS MATERIALIZED (
  SELECT row_number() OVER () AS k, x.* FROM (
    SELECT 'ALUMNI' AS grp, person_id, index_on, rank FROM alumni
    UNION ALL
    -- One row per (person, date): a person holds one department and level on a date.
    SELECT 'COMPARISON', h.person_id, c.index_on, c.rank
      FROM cohorts c
      JOIN person_history h ON h.department_id = c.department_id AND h.career_level = c.career_level
       AND h.valid_from <= c.index_on AND (h.valid_to IS NULL OR h.valid_to > c.index_on)
      JOIN person p ON p.id = h.person_id
       AND p.hired_on <= c.index_on AND (p.left_on IS NULL OR p.left_on > c.index_on)
      LEFT JOIN seats st ON st.person_id = h.person_id
     WHERE st.first_start IS NULL OR st.first_start > c.index_on
  ) x
),
-- The first later stretch at a higher level (a hash join over the few later stretches; an index
-- probe per observation would be estimated high enough to wake the JIT).
promoted AS (
  SELECT o.k, min(h.valid_from) AS promoted_on
    FROM obs o JOIN person_history h ON h.person_id = o.person_id
     AND h.valid_from > o.index_on AND h.valid_from <= $3::date
   WHERE array_position(ARRAY['PROJECT_COORDINATOR', 'PROJECT_MANAGER', 'SENIOR_PROJECT_MANAGER', 'PROGRAM_MANAGER', 'PORTFOLIO_MANAGER']::text[], h.career_level) > o.rank
   GROUP BY o.k
),
facts AS MATERIALIZED (
  SELECT f.grp, f.person_id, f.observed,
         CASE WHEN f.promoted_on IS NOT NULL THEN ((extract(year FROM f.promoted_on)::int * 12 + extract(month FROM f.promoted_on)::int) - (extract(year FROM f.index_on)::int * 12 + extract(month FROM f.index_on)::int) + CASE WHEN extract(day FROM f.promoted_on)::int > extract(day FROM f.index_on)::int THEN 1 ELSE 0 END) END AS promoted_month,
         f.observed >= 12 AND (f.left_on IS NULL OR ((extract(year FROM f.left_on)::int * 12 + extract(month FROM f.left_on)::int) - (extract(year FROM f.index_on)::int * 12 + extract(month FROM f.index_on)::int) + CASE WHEN extract(day FROM f.left_on)::int > extract(day FROM f.index_on)::int THEN 1 ELSE 0 END) > 12) AS retained12,
         f.observed >= 3 AND (f.left_on IS NULL OR ((extract(year FROM f.left_on)::int * 12 + extract(month FROM f.left_on)::int) - (extract(year FROM f.index_on)::int * 12 + extract(month FROM f.index_on)::int) + CASE WHEN extract(day FROM f.left_on)::int > extract(day FROM f.index_on)::int THEN 1 ELSE 0 END) > 3) AS employed3,
         f.spans IS NOT NULL AND EXISTS (SELECT 1 FROM unnest(f.spans) AS span
                                          WHERE span @> (f.index_on + interval '3 months')::date) AS in_seat3
    FROM (
      SELECT o.grp, o.person_id, o.index_on, pr.promoted_on, p.left_on, st.spans,
             (extract(year FROM $3::date)::int * 12 + extract(month FROM $3::date)::int) - (extract(year FROM o.index_on)::int * 12 + extract(month FROM o.index_on)::int)
             - CASE WHEN extract(day FROM o.index_on)::int > extract(day FROM $3::date)::int
                     AND extract(day FROM $3::date)::int < extract(day FROM (date_trunc('month', $3::date) + interval '1 month - 1 day'))::int
                    THEN 1 ELSE 0 END AS observed
        FROM obs o
        LEFT JOIN promoted pr ON pr.k = o.k
        JOIN person p ON p.id = o.person_id
        LEFT JOIN seats st ON st.person_id = o.person_id
    ) f
),
summary AS (
  SELECT grp, count(DISTINCT person_id)::int AS people, count(*)::int AS observations,
         count(promoted_month)::int AS promoted,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY promoted_month) AS "medianMonths",
         count(*) FILTER (WHERE observed >= 12)::int AS "observed12",
         count(*) FILTER (WHERE observed >= 12 AND promoted_month <= 12)::int AS "promoted12",
         count(*) FILTER (WHERE observed >= 24)::int AS "observed24",
         count(*) FILTER (WHERE observed >= 24 AND promoted_month <= 24)::int AS "promoted24",
         count(*) FILTER (WHERE retained12)::int AS "retained12",
         count(*) FILTER (WHERE employed3)::int AS "employed3",
         count(*) FILTER (WHERE employed3 AND NOT in_seat3)::int AS "inDelivery3"
    FROM facts GROUP BY grp
),
compact AS (
  SELECT grp, least(observed, 24) AS observed, promoted_month, count(*) AS n
    FROM facts GROUP BY 1, 2, 3
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
goal_counts AS (
  SELECT g.goal, g.ord, count(a.id)::int AS aimed,
         count(a.id) FILTER (WHERE a.goals_achieved IS NOT NULL)::int AS recorded,
         count(a.id) FILTER (WHERE g.goal = ANY (a.goals_achieved))::int AS achieved
    FROM unnest(ARRAY['PROGRAM_MANAGEMENT', 'PORTFOLIO_MANAGEMENT', 'ORGANIZATIONAL_VISIBILITY', 'PROCESS_IMPROVEMENT', 'EXECUTIVE_NETWORK']::text[]) WITH ORDINALITY AS g(goal, ord)
    LEFT JOIN alumni a ON g.goal = ANY (a.goals)
   GROUP BY g.goal, g.ord
)
SELECT (SELECT count(*)::int FROM alumni) AS rotations,
       (SELECT json_agg(json_build_object('goal', goal, 'aimed', aimed, 'recorded', recorded, 'achieved', achieved)
                        ORDER BY ord) FROM goal_counts) AS goals,
       (SELECT json_agg(json_build_object(
                 'group', g.grp, 'people', coalesce(s.people, 0), 'observations', coalesce(s.observations, 0),
                 'promoted', coalesce(s.promoted, 0), 'medianMonths', s."medianMonths",
                 'observed12', coalesce(s."observed12", 0), 'promoted12', coalesce(s."promoted12", 0),
                 'observed24', coalesce(s."observed24", 0), 'promoted24', coalesce(s."promoted24", 0),
                 'retained12', coalesce(s."retained12", 0),
                 'employed3', coalesce(s."employed3", 0), 'inDelivery3', coalesce(s."inDelivery3", 0))
                        ORDER BY g.grp)
          FROM (VALUES ('ALUMNI'), ('COMPARISON')) g(grp) LEFT JOIN summary s ON s.grp = g.grp) AS groups,
       (SELECT json_agg(json_build_object('group', grp, 'months', months, 'observed', observed, 'promoted', promoted)
                        ORDER BY grp, months) FROM curve) AS curve
