import type { EntityManager } from 'typeorm';
import type { NotificationEvent, NotificationRecordType } from '@stint/domain';

/**
 * Writing notifications (issue 13). Features call these inside their own transaction, with
 * their EntityManager, exactly as they call recordAudit: the rows commit or roll back with the
 * change. Every insert is idempotent (the table's unique key plus ON CONFLICT DO NOTHING).
 *
 * Whether a row also goes by e-mail is decided here, from the recipient's settings (no settings
 * row = every event): email_state PENDING and due now, or NONE.
 */

export interface NotificationDraft {
  event: NotificationEvent;
  recordType: NotificationRecordType;
  recordId: string;
  /** Tells repeated events of one record apart (e.g. a date); '' for one-off events. */
  occasion?: string;
  title: string;
  body: string;
}

/** The dashboard path a recipient follows (PMs have My rotation; others the record's page). */
export type LinkFor = (role: string) => string;

/** Inserts one notification per recipient (enabled accounts only); returns how many were new. */
export async function writeNotifications(
  manager: EntityManager,
  draft: NotificationDraft,
  recipientIds: readonly string[],
  linkFor: LinkFor,
): Promise<number> {
  const ids = [...new Set(recipientIds)];
  if (ids.length === 0) return 0;
  const users: { id: string; role: string }[] = await manager.query(
    `SELECT id, role FROM user_account WHERE id = ANY($1::uuid[]) AND NOT disabled`,
    [ids],
  );
  if (users.length === 0) return 0;
  const inserted: unknown[] = await manager.query(
    `INSERT INTO notification (user_id, event, record_type, record_id, occasion, title, body, link,
                               email_state, email_next_attempt_at)
     SELECT r.user_id, $1, $2, $3, $4, $5, $6, r.link,
            CASE WHEN coalesce($1 = ANY (s.email_events), true) THEN 'PENDING' ELSE 'NONE' END,
            CASE WHEN coalesce($1 = ANY (s.email_events), true) THEN now() END
       FROM unnest($7::uuid[], $8::text[]) AS r (user_id, link)
       LEFT JOIN notification_setting s ON s.user_id = r.user_id
     ON CONFLICT ON CONSTRAINT notification_once DO NOTHING
     RETURNING id`,
    [
      draft.event,
      draft.recordType,
      draft.recordId,
      draft.occasion ?? '',
      draft.title,
      draft.body,
      users.map((u) => u.id),
      users.map((u) => linkFor(u.role)),
    ],
  );
  return inserted.length;
}

interface RequestFacts {
  id: string;
  personId: string;
  preferredPmoId: string | null;
  preferredScope: string | null;
  earliestStart: string;
  durationMonths: number;
  decisionNote?: string | null;
}

const requestLink: LinkFor = (role) => (role === 'PM' ? '/my-rotation' : '');

/**
 * A PM submitted a request: the directors of the PMOs it matches (the PMO it names, else the
 * PMOs of the scope it names), or every director when it names neither.
 */
export async function notifyRequestSubmitted(
  manager: EntityManager,
  request: RequestFacts,
): Promise<number> {
  const rows: { user_id: string }[] = request.preferredPmoId
    ? await manager.query(`SELECT user_id FROM pmo_director WHERE pmo_id = $1`, [
        request.preferredPmoId,
      ])
    : request.preferredScope
      ? await manager.query(
          `SELECT DISTINCT d.user_id FROM pmo_director d JOIN pmo p ON p.id = d.pmo_id WHERE p.scope = $1`,
          [request.preferredScope],
        )
      : await manager.query(`SELECT id AS user_id FROM user_account WHERE role = 'DIRECTOR'`);
  const [who]: { full_name: string; pmo: string | null }[] = await manager.query(
    `SELECT p.full_name, (SELECT name FROM pmo WHERE id = $2) AS pmo FROM person p WHERE p.id = $1`,
    [request.personId, request.preferredPmoId],
  );
  const wanted =
    who?.pmo ??
    (request.preferredScope ? `a ${request.preferredScope.toLowerCase()} PMO` : 'any PMO');
  return writeNotifications(
    manager,
    {
      event: 'REQUEST_SUBMITTED',
      recordType: 'rotation_request',
      recordId: request.id,
      title: `${who?.full_name ?? 'A project manager'} requested a rotation`,
      body: `Preferred: ${wanted}; from ${request.earliestStart} for ${request.durationMonths} months. The request is waiting for a decision.`,
    },
    rows.map((r) => r.user_id),
    (role) => requestLink(role) || `/requests/${request.id}`,
  );
}

/** A director decided a request: the PM who made it hears the answer, with the note. */
export async function notifyRequestDecided(
  manager: EntityManager,
  request: RequestFacts,
  decision: 'APPROVED' | 'DECLINED',
  rotationId?: string,
): Promise<number> {
  const rows: { id: string }[] = await manager.query(
    `SELECT id FROM user_account WHERE person_id = $1`,
    [request.personId],
  );
  const [placed]: { seat: string; pmo: string; starts_on: string; ends_on: string }[] = rotationId
    ? await manager.query(
        `SELECT s.title AS seat, p.name AS pmo, r.starts_on::text AS starts_on, r.ends_on::text AS ends_on
           FROM rotation r JOIN seat s ON s.id = r.seat_id JOIN pmo p ON p.id = s.pmo_id WHERE r.id = $1`,
        [rotationId],
      )
    : [];
  const approved = decision === 'APPROVED';
  const where = placed ? ` as ${placed.seat} in ${placed.pmo}` : '';
  const when = placed ? `, from ${placed.starts_on} to ${placed.ends_on}` : '';
  const note = request.decisionNote ? ` Note: ${request.decisionNote}` : '';
  return writeNotifications(
    manager,
    {
      event: approved ? 'REQUEST_APPROVED' : 'REQUEST_DECLINED',
      recordType: 'rotation_request',
      recordId: request.id,
      title: approved ? 'Your rotation request was approved' : 'Your rotation request was declined',
      body: approved ? `Your rotation is planned${where}${when}.${note}` : `${note.trim()}`,
    },
    rows.map((r) => r.id),
    (role) => requestLink(role) || `/requests/${request.id}`,
  );
}

/**
 * A request left SUBMITTED (decided or withdrawn): the directors' "waiting for a decision"
 * notifications are settled — marked read, and their e-mail dropped if it has not gone yet —
 * so nobody is asked to decide something already decided.
 */
export async function settleRequestSubmitted(
  manager: EntityManager,
  requestId: string,
): Promise<void> {
  await manager.query(
    `UPDATE notification
        SET read_at = coalesce(read_at, now()),
            email_state = CASE WHEN email_state = 'PENDING' THEN 'NONE' ELSE email_state END,
            email_next_attempt_at = CASE WHEN email_state = 'PENDING' THEN NULL ELSE email_next_attempt_at END
      WHERE event = 'REQUEST_SUBMITTED' AND record_type = 'rotation_request' AND record_id = $1
        AND (read_at IS NULL OR email_state = 'PENDING')`,
    [requestId],
  );
}
