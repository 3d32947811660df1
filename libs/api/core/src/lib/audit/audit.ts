import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';

export interface AuditEntry {
  actor: Pick<Actor, 'id' | 'email'> | null;
  /** Verb in past tense, e.g. ROTATION_REQUEST_SUBMITTED. */
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  /** Why, where the rules ask for one (an override, a cancellation). */
  reason?: string | null;
}

/**
 * Writes one audit event through the caller's transaction manager, so the event exists
 * exactly when the change it describes does.
 */
export async function recordAudit(manager: EntityManager, entry: AuditEntry): Promise<void> {
  await manager.query(
    `INSERT INTO audit_event (actor_user_id, actor_label, action, entity_type, entity_id, before, after, reason)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      entry.actor?.id ?? null,
      entry.actor?.email ?? 'system',
      entry.action,
      entry.entityType,
      entry.entityId,
      entry.before === undefined ? null : JSON.stringify(entry.before),
      entry.after === undefined ? null : JSON.stringify(entry.after),
      entry.reason ?? null,
    ],
  );
}
