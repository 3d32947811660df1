import { Link } from 'react-router';
import { historyPath, type AuditEntityType } from '../utils/historyLink';

/** "History": the audit trail filtered to one record; `label` names it for screen readers. */
export function HistoryLink({
  entityType,
  entityId,
  label,
}: {
  entityType: AuditEntityType;
  entityId: string;
  label: string;
}) {
  return (
    <Link to={historyPath(entityType, entityId)} aria-label={`History of ${label}`}>
      History
    </Link>
  );
}
