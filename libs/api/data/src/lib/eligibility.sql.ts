// Shared by the analytics (coverage, candidates) and the People list's eligibility filter.
// SPEC §3's person rules (EMPLOYED, LEVEL, EXPERIENCE, NO_OVERLAP, COOLDOWN, MAX_ROTATIONS), set
// based and read from the person's history (level on the window start, leave over the window), agreeing person by person with evaluateEligibility in @stint/domain (proved by
// apps/api/test/analytics-eligibility.int-spec.ts). DURATION is checked once per question, and
// SEAT_LEVEL and AWAY_CAP only where a seat is known (candidates.sql.ts).

/**
 * Per person, their non-cancelled rotations summarised for a window [startsOn, endsOn] asked on
 * `today` (all three are SQL expressions, e.g. parameter references):
 * - n: rotations counted by MAX_ROTATIONS;
 * - anchor: the rotation the cooldown runs from (latest end before today or before the window);
 * - overlaps: a planned or current rotation (ends on or after today) overlaps the window;
 * - first_start: the first rotation's start (experienced from then on: on rotation or alumni);
 * - on_now: a rotation covers today.
 */
export function rotationHistoryCte(
  name: string,
  today: string,
  startsOn: string,
  endsOn: string,
  /** The FROM clause up to the WHERE's last condition, which this appends. */
  from = 'rotation r WHERE',
): string {
  return `${name} AS (
    SELECT r.person_id,
           ${rotationHistoryColumns(today, startsOn, endsOn)}
      FROM ${from} r.cancelled_at IS NULL
     GROUP BY r.person_id
  )`;
}

/**
 * The same summary for one person (`personId`, an SQL expression), as a LATERAL subquery `name`
 * read through rotation_person_starts_idx: cheaper than the whole CTE when only a few thousand
 * people are asked about. With no rotation, n is 0 (the CTE's LEFT JOIN gives NULL; readers
 * coalesce it) and the other columns are NULL, as there.
 */
export function rotationHistoryOf(
  name: string,
  personId: string,
  today: string,
  startsOn: string,
  endsOn: string,
): string {
  return `LEFT JOIN LATERAL (
    SELECT ${rotationHistoryColumns(today, startsOn, endsOn)}
      FROM rotation r WHERE r.person_id = ${personId} AND r.cancelled_at IS NULL) ${name} ON true`;
}

function rotationHistoryColumns(today: string, startsOn: string, endsOn: string): string {
  return `count(*)::int AS n,
           max(r.ends_on) FILTER (WHERE r.ends_on < ${today} OR r.ends_on < ${startsOn}) AS anchor,
           bool_or(r.ends_on >= ${today} AND r.starts_on <= ${endsOn} AND r.ends_on >= ${startsOn}) AS overlaps,
           min(r.starts_on) AS first_start,
           bool_or(r.starts_on <= ${today} AND r.ends_on >= ${today}) AS on_now`;
}

export interface PolicyParams {
  /** text[] of eligible career levels */
  levels: string;
  minExperienceMonths: string;
  cooldownMonths: string;
  maxRotations: string;
}

/**
 * A JSON array of the person's stretches as @stint/domain's PersonStretch (validFrom, validTo,
 * departmentId, careerLevel, onLeave), in order; `[]` when there are none.
 */
export function personHistoryJson(personId: string): string {
  return `coalesce((SELECT json_agg(json_build_object(
             'validFrom', to_char(ph.valid_from, 'YYYY-MM-DD'), 'validTo', to_char(ph.valid_to, 'YYYY-MM-DD'),
             'departmentId', ph.department_id, 'careerLevel', ph.career_level, 'onLeave', ph.on_leave)
             ORDER BY ph.valid_from)
           FROM person_history ph WHERE ph.person_id = ${personId}), '[]'::json)`;
}

/**
 * A join condition: `stretch` (an alias of person_history) is the stretch of `personId` in force
 * on `day` — [valid_from, valid_to), valid_to NULL = open-ended — as stretchOn in @stint/domain.
 */
export function stretchOnDay(stretch: string, personId: string, day: string): string {
  return `${stretch}.person_id = ${personId} AND ${stretch}.valid_from <= ${day} AND (${stretch}.valid_to IS NULL OR ${stretch}.valid_to > ${day})`;
}

/**
 * True when the person `personId` has a stretch of leave overlapping the inclusive window
 * [startsOn, endsOn]. Written as an uncorrelated IN so that PostgreSQL reads the few leave
 * stretches once into a hash (a hashed SubPlan) rather than probing per person.
 */
export function onLeaveDuring(personId: string, startsOn: string, endsOn: string): string {
  return `${personId} IN (SELECT lv.person_id FROM person_history lv WHERE lv.on_leave
                    AND lv.valid_from <= ${endsOn} AND (lv.valid_to IS NULL OR lv.valid_to > ${startsOn}))`;
}

/**
 * True when person `p` with history `h` (LEFT JOINed; NULL = no rotation) passes the person
 * rules for a window [startsOn, endsOn]. `level` is the career level the person holds on
 * startsOn (the person_history stretch in force then; a person without one is not employed on
 * startsOn and fails anyway). Leave is any stretch of leave overlapping the window. Experience
 * compares pm_since + N months with the start: PostgreSQL clamps month ends exactly as
 * addMonths does (Jan 31 + 1 month = Feb 28/29).
 */
export function passesPersonRules(
  p: string,
  h: string,
  level: string,
  startsOn: string,
  endsOn: string,
  policy: PolicyParams,
  /** The person's id, when `p` has it under another name. */
  personId = `${p}.id`,
): string {
  return `(${p}.hired_on <= ${startsOn}
      AND (${p}.left_on IS NULL OR ${p}.left_on > ${endsOn})
      AND ${level} = ANY(${policy.levels}::text[])
      AND (${policy.minExperienceMonths}::int = 0
           OR (${p}.pm_since + make_interval(months => ${policy.minExperienceMonths}::int))::date <= ${startsOn})
      AND NOT coalesce(${h}.overlaps, false)
      AND (${h}.anchor IS NULL
           OR ${startsOn} >= greatest((${h}.anchor + make_interval(months => ${policy.cooldownMonths}::int))::date, ${h}.anchor + 1))
      AND coalesce(${h}.n, 0) < ${policy.maxRotations}::int
      AND NOT ${onLeaveDuring(personId, startsOn, endsOn)})`;
}

/**
 * A CTE `name` with one row per calendar month of the window [startsOn, endsOn] for AWAY_CAP
 * (SPEC §3, read from history as SPEC §8 asks): the department the person `personId` is in on
 * the month's last day (`fallbackDepartment` when they have none then, i.e. before the hire),
 * its away cap, its people employed on that last day (headcount), and its people — by the
 * department they are in on that last day — away on a non-cancelled rotation touching the month,
 * with (away) and without (away_others) the person. Columns: first_day, last_day, month
 * ('YYYY-MM'), department_id, away_cap, headcount, away, away_others. Each month reads one
 * department through person_history_department_idx, so the cost follows the department's size.
 */
export function awayMonthsCte(
  name: string,
  personId: string,
  startsOn: string,
  endsOn: string,
  fallbackDepartment: string,
): string {
  return `${name}_months AS (
    SELECT m::date AS first_day, (m + interval '1 month' - interval '1 day')::date AS last_day
      FROM generate_series(date_trunc('month', ${startsOn}::timestamp), date_trunc('month', ${endsOn}::timestamp), interval '1 month') AS m
  ),
  ${name} AS (
    SELECT mo.first_day, mo.last_day, to_char(mo.first_day, 'YYYY-MM') AS month,
           d.id AS department_id, d.away_cap::float8 AS away_cap,
           (SELECT count(*) FROM person_history h JOIN person q ON q.id = h.person_id
             WHERE h.department_id = d.id AND h.valid_from <= mo.last_day
               AND (h.valid_to IS NULL OR h.valid_to > mo.last_day)
               AND q.hired_on <= mo.last_day AND (q.left_on IS NULL OR q.left_on > mo.last_day))::int AS headcount,
           (SELECT count(DISTINCT r.person_id) FROM person_history h JOIN rotation r ON r.person_id = h.person_id
             WHERE h.department_id = d.id AND h.valid_from <= mo.last_day
               AND (h.valid_to IS NULL OR h.valid_to > mo.last_day)
               AND r.cancelled_at IS NULL AND r.starts_on <= mo.last_day AND r.ends_on >= mo.first_day)::int AS away,
           (SELECT count(DISTINCT r.person_id) FROM person_history h JOIN rotation r ON r.person_id = h.person_id
             WHERE h.department_id = d.id AND h.valid_from <= mo.last_day
               AND (h.valid_to IS NULL OR h.valid_to > mo.last_day) AND r.person_id <> ${personId}
               AND r.cancelled_at IS NULL AND r.starts_on <= mo.last_day AND r.ends_on >= mo.first_day)::int AS away_others
      FROM ${name}_months mo
      LEFT JOIN person_history ph ON ${stretchOnDay('ph', personId, 'mo.last_day')}
      JOIN department d ON d.id = coalesce(ph.department_id, ${fallbackDepartment})
  )`;
}

/**
 * A CTE `name` (person_id, career_level): every stretch in force on `day` at one of `levels`
 * (a text[] expression). Read once and hashed: joined per person, the planner (which expects a
 * few hundred people to pass the person rules, not tens of thousands) would probe
 * person_history_person_idx once per person (0.9 s of 1.1 s at xl).
 */
export function stretchesOnDayCte(name: string, day: string, levels: string): string {
  return `${name} AS MATERIALIZED (
    SELECT st.person_id, st.career_level FROM person_history st
     WHERE st.valid_from <= ${day} AND (st.valid_to IS NULL OR st.valid_to > ${day})
       AND st.career_level = ANY(${levels}::text[])
  )`;
}

/**
 * The people eligible (no seat) for a window [$1, $2] asked on $1 — what coverage counts as
 * `eligible` — as a standalone statement, for the agreement test and for reviewers.
 * $3 levels, $4 minExperienceMonths, $5 cooldownMonths, $6 maxRotations.
 */
export const ELIGIBLE_PEOPLE_SQL = `WITH ${rotationHistoryCte('hist', '$1::date', '$1::date', '$2::date')},
${stretchesOnDayCte('on_day', '$1::date', '$3')}
SELECT p.id
  FROM person p
  JOIN on_day s ON s.person_id = p.id
  LEFT JOIN hist h ON h.person_id = p.id
 WHERE ${passesPersonRules('p', 'h', 's.career_level', '$1::date', '$2::date', { levels: '$3', minExperienceMonths: '$4', cooldownMonths: '$5', maxRotations: '$6' })}
 ORDER BY p.id`;

/**
 * True when the person `personId` passes the person rules for the window [day, windowEnd(day,
 * the policy's minimum duration)] asked on `today` — the People list's eligibility filter — read
 * from the rollup `person_eligible_days` (docs/decisions.md, "The eligible-people filter reads
 * each person's eligible days"). The rollup holds the days d on which the rules pass asked on d
 * (coverage's `eligible`). Asked on a later today, a rotation that ended in [day, today) is a
 * completed one: it no longer overlaps as planned, but it is the cooldown's anchor, and an
 * anchor on or after the start always fails COOLDOWN; so the two differ exactly by such a
 * rotation. Equal to referenceEligibleOnDay (proved by analytics-rollups.property.int-spec.ts).
 */
export function eligibleOnDay(personId: string, day: string, today: string): string {
  return `(${personId} IN (SELECT el.person_id FROM person_eligible_days el WHERE el.days @> ${day})
      AND ${personId} NOT IN (SELECT ra.person_id FROM rotation ra
                               WHERE ra.cancelled_at IS NULL AND ra.ends_on >= ${day} AND ra.ends_on < ${today}))`;
}

/**
 * eligibleOnDay from the base tables (the filter's statement before the rollup), kept as the
 * reference the property test compares with: the person rules for the window [startsOn,
 * endsOn] asked on `today`, at the level held on startsOn.
 */
export function referenceEligibleOnDay(
  personId: string,
  window: { startsOn: string; endsOn: string; today: string },
  policy: PolicyParams,
): string {
  const rules = passesPersonRules(
    'pe',
    'h',
    'ps.career_level',
    window.startsOn,
    window.endsOn,
    policy,
  );
  return `${personId} IN (
           WITH ${rotationHistoryCte('hist', window.today, window.startsOn, window.endsOn)},
           ${stretchesOnDayCte('ps', window.startsOn, policy.levels)}
           SELECT pe.id FROM person pe
             JOIN ps ON ps.person_id = pe.id
             LEFT JOIN hist h ON h.person_id = pe.id WHERE ${rules})`;
}
