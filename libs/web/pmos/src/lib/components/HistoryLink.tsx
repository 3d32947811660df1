import { useSession } from '@stint/web-data-access';
import { HistoryLink as AuditHistoryLink } from '@stint/web-ui';

/** The record types this library links to, as the API writes them in audit events. */
export type AuditEntityType = 'pmo' | 'seat' | 'rotation' | 'rotation_request';

/**
 * "History": the audit trail filtered to one record, for the roles that may open it (HR and
 * admins); `label` names the record for screen readers.
 */
export function HistoryLink({
  entityType,
  entityId,
  label,
}: {
  entityType: AuditEntityType;
  entityId: string;
  label: string;
}) {
  const { user } = useSession();
  return (
    <AuditHistoryLink
      role={user?.role}
      entityType={entityType}
      entityId={entityId}
      subject={label}
    />
  );
}
