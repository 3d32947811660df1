import type { NotificationEvent } from '@stint/domain';
import {
  NOTIFY_DAYS_BEFORE_END,
  NOTIFY_DAYS_BEFORE_SEAT_OPENS,
  NOTIFY_DAYS_BEFORE_START,
  OUTCOME_DUE_LOOKBACK_DAYS,
} from '@stint/domain';

/**
 * The time-based notifications as set-based SQL: each SELECT yields one row per recipient with
 * (user_id, record_type, record_id, occasion, title, body, link) for the day `$1::date`.
 * `occasion` is the date the event is about, so a moved date notifies again and a re-run
 * (or a second instance) never does.
 */
export const SCANS: readonly { event: NotificationEvent; select: string }[] = [
  {
    // The PM and HR, when a rotation starts within 14 days.
    event: 'ROTATION_STARTING',
    select: `
      SELECT u.id AS user_id, 'rotation' AS record_type, r.id AS record_id, r.starts_on::text AS occasion,
             CASE WHEN u.person_id = r.person_id THEN format('Your rotation in %s starts on %s', pmo.name, r.starts_on)
                  ELSE format('%s starts a rotation in %s on %s', p.full_name, pmo.name, r.starts_on) END AS title,
             format('%s: %s in %s, from %s to %s.', p.full_name, s.title, pmo.name, r.starts_on, r.ends_on) AS body,
             CASE WHEN u.role = 'PM' THEN '/my-rotation' ELSE '/people/' || r.person_id END AS link
        FROM rotation r
        JOIN person p ON p.id = r.person_id
        JOIN seat s ON s.id = r.seat_id
        JOIN pmo ON pmo.id = s.pmo_id
        JOIN user_account u ON u.person_id = r.person_id OR u.role = 'HR'
       WHERE r.cancelled_at IS NULL
         AND r.starts_on BETWEEN $1::date AND $1::date + ${NOTIFY_DAYS_BEFORE_START}`,
  },
  {
    // The PM and HR, when a rotation ends within 30 days (the return needs planning).
    event: 'ROTATION_ENDING',
    select: `
      SELECT u.id, 'rotation', r.id, r.ends_on::text,
             CASE WHEN u.person_id = r.person_id THEN format('Your rotation in %s ends on %s', pmo.name, r.ends_on)
                  ELSE format('%s returns from %s after %s', p.full_name, pmo.name, r.ends_on) END,
             format('%s: %s in %s, from %s to %s.', p.full_name, s.title, pmo.name, r.starts_on, r.ends_on),
             CASE WHEN u.role = 'PM' THEN '/my-rotation' ELSE '/people/' || r.person_id END
        FROM rotation r
        JOIN person p ON p.id = r.person_id
        JOIN seat s ON s.id = r.seat_id
        JOIN pmo ON pmo.id = s.pmo_id
        JOIN user_account u ON u.person_id = r.person_id OR u.role = 'HR'
       WHERE r.cancelled_at IS NULL
         AND r.ends_on BETWEEN $1::date AND $1::date + ${NOTIFY_DAYS_BEFORE_END}`,
  },
  {
    // The PMO's directors, for a rotation that ended (recently) without a recorded outcome.
    event: 'OUTCOME_DUE',
    select: `
      SELECT d.user_id, 'rotation', r.id, r.ends_on::text,
             format('Record the outcome of %s''s rotation', p.full_name),
             format('%s finished as %s in %s on %s. Which development goals were achieved?', p.full_name, s.title, pmo.name, r.ends_on),
             '/people/' || r.person_id
        FROM rotation r
        JOIN person p ON p.id = r.person_id
        JOIN seat s ON s.id = r.seat_id
        JOIN pmo ON pmo.id = s.pmo_id
        JOIN pmo_director d ON d.pmo_id = s.pmo_id
       WHERE r.cancelled_at IS NULL AND r.goals_achieved IS NULL
         AND r.ends_on < $1::date AND r.ends_on >= $1::date - ${OUTCOME_DUE_LOOKBACK_DAYS}`,
  },
  {
    // The PMO's directors, when a seat becomes free within 30 days (it opens, or its holder
    // leaves) and nobody is assigned for that day.
    event: 'SEAT_UNFILLED',
    select: `
      SELECT d.user_id, 'seat', s.id, f.free_on::text,
             format('%s in %s opens on %s with nobody assigned', s.title, pmo.name, f.free_on),
             format('The seat %s (%s) in %s is free from %s. Planning shows candidates.', s.title, lower(replace(s.role, '_', ' ')), pmo.name, f.free_on),
             '/planning'
        FROM seat s
        JOIN pmo ON pmo.id = s.pmo_id
        JOIN pmo_director d ON d.pmo_id = s.pmo_id
        JOIN LATERAL (
          SELECT s.opens_on AS free_on
          UNION
          SELECT r.ends_on + 1 FROM rotation r WHERE r.seat_id = s.id AND r.cancelled_at IS NULL
        ) f ON true
       WHERE f.free_on BETWEEN $1::date AND $1::date + ${NOTIFY_DAYS_BEFORE_SEAT_OPENS}
         AND f.free_on >= s.opens_on AND (s.closes_on IS NULL OR f.free_on <= s.closes_on)
         AND NOT EXISTS (
           SELECT 1 FROM rotation o
            WHERE o.seat_id = s.id AND o.cancelled_at IS NULL
              AND f.free_on BETWEEN o.starts_on AND o.ends_on)`,
  },
];

/** Wraps a scan's SELECT into an idempotent insert that applies each recipient's e-mail setting. */
export function insertFrom(select: string): string {
  return `
    INSERT INTO notification (user_id, event, record_type, record_id, occasion, title, body, link,
                              email_state, email_next_attempt_at)
    SELECT c.user_id, $2::text, c.record_type, c.record_id, c.occasion, c.title, c.body, c.link,
           CASE WHEN coalesce($2::text = ANY (st.email_events), true) THEN 'PENDING' ELSE 'NONE' END,
           CASE WHEN coalesce($2::text = ANY (st.email_events), true) THEN now() END
      FROM (${select}) AS c (user_id, record_type, record_id, occasion, title, body, link)
      JOIN user_account u ON u.id = c.user_id AND NOT u.disabled
      LEFT JOIN notification_setting st ON st.user_id = c.user_id
    ON CONFLICT ON CONSTRAINT notification_once DO NOTHING
    RETURNING 1`;
}
