// Shared by the analytics (coverage, candidates) and the People list's eligibility filter.
// SPEC §3's person rules (EMPLOYED, LEVEL, EXPERIENCE, NO_OVERLAP, COOLDOWN, MAX_ROTATIONS), set
// based, agreeing person by person with evaluateEligibility in @stint/domain (proved by
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
           count(*)::int AS n,
           max(r.ends_on) FILTER (WHERE r.ends_on < ${today} OR r.ends_on < ${startsOn}) AS anchor,
           bool_or(r.ends_on >= ${today} AND r.starts_on <= ${endsOn} AND r.ends_on >= ${startsOn}) AS overlaps,
           min(r.starts_on) AS first_start,
           bool_or(r.starts_on <= ${today} AND r.ends_on >= ${today}) AS on_now
      FROM ${from} r.cancelled_at IS NULL
     GROUP BY r.person_id
  )`;
}

export interface PolicyParams {
  /** text[] of eligible career levels */
  levels: string;
  minExperienceMonths: string;
  cooldownMonths: string;
  maxRotations: string;
}

/**
 * True when person `p` with history `h` (LEFT JOINed; NULL = no rotation) passes the person
 * rules for a window [startsOn, endsOn]. Experience compares pm_since + N months with the start:
 * PostgreSQL clamps month ends exactly as addMonths does (Jan 31 + 1 month = Feb 28/29).
 */
export function passesPersonRules(
  p: string,
  h: string,
  startsOn: string,
  endsOn: string,
  policy: PolicyParams,
): string {
  return `(NOT ${p}.on_leave
      AND ${p}.hired_on <= ${startsOn}
      AND (${p}.left_on IS NULL OR ${p}.left_on > ${endsOn})
      AND ${p}.career_level = ANY(${policy.levels}::text[])
      AND (${policy.minExperienceMonths}::int = 0
           OR (${p}.pm_since + make_interval(months => ${policy.minExperienceMonths}::int))::date <= ${startsOn})
      AND NOT coalesce(${h}.overlaps, false)
      AND (${h}.anchor IS NULL
           OR ${startsOn} >= greatest((${h}.anchor + make_interval(months => ${policy.cooldownMonths}::int))::date, ${h}.anchor + 1))
      AND coalesce(${h}.n, 0) < ${policy.maxRotations}::int)`;
}

/**
 * The people eligible (no seat) for a window [$1, $2] asked on $1 — what coverage counts as
 * `eligible` — as a standalone statement, for the agreement test and for reviewers.
 * $3 levels, $4 minExperienceMonths, $5 cooldownMonths, $6 maxRotations.
 */
export const ELIGIBLE_PEOPLE_SQL = `WITH ${rotationHistoryCte('hist', '$1::date', '$1::date', '$2::date')}
SELECT p.id
  FROM person p LEFT JOIN hist h ON h.person_id = p.id
 WHERE ${passesPersonRules('p', 'h', '$1::date', '$2::date', { levels: '$3', minExperienceMonths: '$4', cooldownMonths: '$5', maxRotations: '$6' })}
 ORDER BY p.id`;
