import type { UserRole } from '@stint/domain';

/** Who may open the audit trail (`/audit`): the API serves `auditEvents` to HR and admins. */
export const AUDIT_TRAIL_ROLES: readonly UserRole[] = ['HR', 'ADMIN'];

/** Whether a role may open the audit trail, and so should see "History" links. */
export function canReadAuditTrail(role: UserRole | null | undefined): boolean {
  return role !== null && role !== undefined && AUDIT_TRAIL_ROLES.includes(role);
}

/**
 * The audit trail filtered to one record: `/audit?entityType=<type>&entityId=<id>`, the type
 * being the table name the API writes (person, rotation_request, pmo, seat, rotation, …).
 */
export function auditHistoryPath(entityType: string, entityId: string): string {
  return `/audit?${new URLSearchParams({ entityType, entityId }).toString()}`;
}
