import { Link } from 'react-router';
import type { UserRole } from '@stint/domain';
import { auditHistoryPath, canReadAuditTrail } from '../../utils/auditHistory';

export interface HistoryLinkProps {
  /** The signed-in user's role: only roles that may open the audit trail see the link. */
  role: UserRole | null | undefined;
  /** The table name the API writes for the record (person, rotation_request, pmo, …). */
  entityType: string;
  entityId: string;
  /** What the record is, for screen readers ("History of Ann Example"). */
  subject?: string;
}

/** A record page's "History" link into the audit trail, for HR and admins. */
export function HistoryLink({ role, entityType, entityId, subject }: HistoryLinkProps) {
  if (!canReadAuditTrail(role)) return null;
  return (
    <Link
      className="button button--secondary"
      to={auditHistoryPath(entityType, entityId)}
      aria-label={subject ? `History of ${subject}` : undefined}
    >
      History
    </Link>
  );
}
