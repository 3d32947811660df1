/**
 * The audit-trail address for one record (the audit screen's URL contract). The types are the
 * `entityType` strings the API writes in audit events (recordAudit in the services).
 */
export type AuditEntityType = 'pmo' | 'seat' | 'rotation' | 'rotation_request' | 'Person';

export function historyPath(entityType: AuditEntityType, entityId: string): string {
  const query = new URLSearchParams({ entityType, entityId });
  return `/audit?${query.toString()}`;
}
