-- Generated from libs/api/analytics/src/lib/sql by queries.spec.ts; do not edit.
WITH alumni AS MATERIALIZED (
  SELECT r.id, r.person_id, r.ends_on + 1 AS index_on, r.goals, r.goals_achieved,
         h.department_id, h.career_level
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
cohorts AS (SELECT DISTINCT index_on, department_id, career_level FROM alumni),
comparison AS (
  SELECT DISTINCT h.person_id, c.index_on, c.career_level
    FROM cohorts c
    JOIN person_history h ON h.department_id = c.department_id AND h.career_level = c.career_level
     AND h.valid_from <= c.index_on AND (h.valid_to IS NULL OR h.valid_to > c.index_on)
    JOIN person p ON p.id = h.person_id
     AND p.hired_on <= c.index_on AND (p.left_on IS NULL OR p.left_on > c.index_on)
    LEFT JOIN seats st ON st.person_id = h.person_id
   WHERE st.first_start IS NULL OR st.first_start > c.index_on
),
obs AS (
  SELECT 'ALUMNI' AS grp, person_id, index_on, career_level FROM alumni
  UNION ALL
  SELECT 'COMPARISON', person_id, index_on, career_level FROM comparison
),
dated AS MATERIALIZED (
  SELECT o.grp, o.person_id, o.index_on, p.left_on, st.spans,
         (o.index_on + interval '3 months')::date AS d3,
         (o.index_on + interval '12 months')::date AS d12,
         (SELECT min(h.valid_from) FROM person_history h
           WHERE h.person_id = o.person_id AND h.valid_from > o.index_on AND h.valid_from <= $3::date
             AND array_position(ARRAY['PROJECT_COORDINATOR', 'PROJECT_MANAGER', 'SENIOR_PROJECT_MANAGER', 'PROGRAM_MANAGER', 'PORTFOLIO_MANAGER']::text[], h.career_level) > array_position(ARRAY['PROJECT_COORDINATOR', 'PROJECT_MANAGER', 'SENIOR_PROJECT_MANAGER', 'PROGRAM_MANAGER', 'PORTFOLIO_MANAGER']::text[], o.career_level)) AS promoted_on
    FROM obs o JOIN person p ON p.id = o.person_id
    LEFT JOIN seats st ON st.person_id = o.person_id
),
facts AS MATERIALIZED (
  SELECT d.grp, d.person_id, d.left_on, d.d3, d.d12,
         (
  (extract(year FROM age($3::date, d.index_on)) * 12 + extract(month FROM age($3::date, d.index_on)))::int
  + CASE WHEN (d.index_on + make_interval(months => (extract(year FROM age($3::date, d.index_on)) * 12
      + extract(month FROM age($3::date, d.index_on)))::int + 1))::date <= $3::date THEN 1 ELSE 0 END) AS observed,
         CASE WHEN d.promoted_on IS NOT NULL THEN
           (
  (extract(year FROM age(d.promoted_on, d.index_on)) * 12 + extract(month FROM age(d.promoted_on, d.index_on)))::int
  + CASE WHEN (d.index_on + make_interval(months => (extract(year FROM age(d.promoted_on, d.index_on)) * 12
      + extract(month FROM age(d.promoted_on, d.index_on)))::int + 1))::date <= d.promoted_on THEN 1 ELSE 0 END)
           + CASE WHEN (d.index_on + make_interval(months => (
  (extract(year FROM age(d.promoted_on, d.index_on)) * 12 + extract(month FROM age(d.promoted_on, d.index_on)))::int
  + CASE WHEN (d.index_on + make_interval(months => (extract(year FROM age(d.promoted_on, d.index_on)) * 12
      + extract(month FROM age(d.promoted_on, d.index_on)))::int + 1))::date <= d.promoted_on THEN 1 ELSE 0 END)))::date
                       < d.promoted_on THEN 1 ELSE 0 END
         END AS promoted_month,
         d.d3 <= $3::date AND (d.left_on IS NULL OR d.left_on > d.d3) AS employed3,
         coalesce(EXISTS (SELECT 1 FROM unnest(d.spans) AS span WHERE span @> d.d3), false) AS in_seat3
    FROM dated d
),
summary AS (
  SELECT grp, count(DISTINCT person_id)::int AS people, count(*)::int AS observations,
         count(promoted_month)::int AS promoted,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY promoted_month) AS "medianMonths",
         count(*) FILTER (WHERE d12 <= $3::date)::int AS "observed12",
         count(*) FILTER (WHERE d12 <= $3::date AND (left_on IS NULL OR left_on > d12))::int AS "retained12",
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
         coalesce(sum(c.n) FILTER (WHERE c.observed >= m), 0)::int AS observed,
         coalesce(sum(c.n) FILTER (WHERE c.observed >= m AND c.promoted_month <= m), 0)::int AS promoted
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
                 'observed12', coalesce(s."observed12", 0), 'retained12', coalesce(s."retained12", 0),
                 'employed3', coalesce(s."employed3", 0), 'inDelivery3', coalesce(s."inDelivery3", 0))
                        ORDER BY g.grp)
          FROM (VALUES ('ALUMNI'), ('COMPARISON')) g(grp) LEFT JOIN summary s ON s.grp = g.grp) AS groups,
       (SELECT json_agg(json_build_object('group', grp, 'months', months, 'observed', observed, 'promoted', promoted)
                        ORDER BY grp, months) FROM curve) AS curve
