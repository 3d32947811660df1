import { useMemo } from 'react';
import { Link } from 'react-router';
import type { AuditEventsQuery } from '@stint/web-data-access';
import { auditHistoryPath } from '@stint/web-ui';
import { diffAuditValues } from '../utils/auditDiff';
import { actionLabel, entityTypeLabel } from '../utils/auditLabels';
import { formatInstant } from '../utils/formatAuditValue';
import { recordName, resolverFor, type NameBook } from '../utils/referenceNames';
import { AuditChangesTable } from './AuditChangesTable';

export type AuditEventNode = AuditEventsQuery['auditEvents']['edges'][number]['node'];

/** An event with its snapshots parsed from the JSON text the API serves. */
export type ParsedAuditEvent = Omit<AuditEventNode, 'before' | 'after'> & {
  before: unknown;
  after: unknown;
};

export interface AuditEventItemProps {
  event: ParsedAuditEvent;
  /** Names of the records the event refers to by id. */
  names: NameBook;
  /** False when the list already shows only this record's history. */
  linkToRecordHistory: boolean;
}

/** Who did it: their name and e-mail, or the system. */
export function actorText(
  event: Pick<AuditEventNode, 'actorUserId' | 'actorLabel' | 'actorDisplayName'>,
): string {
  if (event.actorUserId === null) return 'the system';
  return event.actorDisplayName
    ? `${event.actorDisplayName} (${event.actorLabel})`
    : event.actorLabel;
}

/** One audit event: what happened to which record, when, by whom, and what changed. */
export function AuditEventItem({ event, names, linkToRecordHistory }: AuditEventItemProps) {
  const changes = useMemo(
    () => diffAuditValues(event.before, event.after, resolverFor(names)),
    [event.before, event.after, names],
  );
  const headingId = `audit-event-${event.id}`;
  const record = entityTypeLabel(event.entityType);
  const name = recordName(names, event.entityType, event.entityId);
  return (
    <li className="card audit-event">
      <article aria-labelledby={headingId}>
        <h2 id={headingId} className="audit-event__title">
          {actionLabel(event.action)}
        </h2>
        <p className="audit-event__meta">
          <time dateTime={event.occurredAt}>{formatInstant(event.occurredAt)}</time>, by{' '}
          <strong>{actorText(event)}</strong>
        </p>
        <dl className="facts audit-event__facts">
          <dt>Record</dt>
          <dd>
            {record}{' '}
            {name &&
              (event.entityType === 'person' ? (
                <Link to={`/people/${event.entityId}`}>{name}</Link>
              ) : (
                <strong>{name}</strong>
              ))}{' '}
            <code className="audit-event__id">{event.entityId}</code>
            {linkToRecordHistory && (
              <>
                {' '}
                <Link
                  to={auditHistoryPath(event.entityType, event.entityId)}
                  aria-label={`All events of this record (${record} ${name ?? event.entityId})`}
                >
                  All events of this record
                </Link>
              </>
            )}
          </dd>
          {event.reason && (
            <>
              <dt>Reason</dt>
              <dd className="pre-wrap">{event.reason}</dd>
            </>
          )}
        </dl>
        {changes.length > 0 ? (
          <AuditChangesTable
            changes={changes}
            caption={`Changes: ${actionLabel(event.action)}, ${formatInstant(event.occurredAt)}`}
          />
        ) : (
          <p className="muted">No field values were recorded for this event.</p>
        )}
      </article>
    </li>
  );
}
