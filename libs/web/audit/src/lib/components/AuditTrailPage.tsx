import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { describeError } from '@stint/web-data-access';
import {
  EmptyState,
  ErrorNotice,
  LoadingState,
  PageHeading,
  Pager,
  useCursorPages,
} from '@stint/web-ui';
import { AUDIT_EVENTS_QUERY, AUDIT_FILTER_OPTIONS_QUERY } from '../graphql/audit.query';
import {
  dateRangeProblem,
  hasAuditFilters,
  readAuditFilters,
  toAuditEventsFilter,
  writeAuditFilters,
  type AuditFilters,
} from '../utils/auditFilters';
import { useAuditNameBook } from '../hooks/useAuditNameBook';
import { parseSnapshot } from '../utils/auditDiff';
import { entityTypeLabel } from '../utils/auditLabels';
import { recordName } from '../utils/referenceNames';
import { AuditEventItem, type ParsedAuditEvent } from './AuditEventItem';
import { AuditFiltersForm } from './AuditFiltersForm';

const PAGE_SIZE = 20;

/**
 * The audit trail (HR and admins): every change anyone made, newest first, filtered by record,
 * actor, action and UTC days (filters in the URL), each event's before and after field by field.
 */
export function AuditTrailPage() {
  const [params, setParams] = useSearchParams();
  const filters = readAuditFilters(params);
  const filterKey = writeAuditFilters(filters).toString();
  const pages = useCursorPages(filterKey);
  const dateProblem = dateRangeProblem(filters);
  const options = useQuery(AUDIT_FILTER_OPTIONS_QUERY);
  const { data, previousData, loading, error, refetch } = useQuery(AUDIT_EVENTS_QUERY, {
    variables: { filter: toAuditEventsFilter(filters), first: PAGE_SIZE, after: pages.after },
    skip: dateProblem !== null,
  });
  const shown = data ?? previousData;
  const oneRecord = filters.entityType !== null && filters.entityId !== null;
  const events = useMemo<ParsedAuditEvent[]>(
    () =>
      (shown?.auditEvents.edges ?? []).map(({ node }) => ({
        ...node,
        before: parseSnapshot(node.before),
        after: parseSnapshot(node.after),
      })),
    [shown],
  );
  // The record whose history this is gets its name even when no event is shown.
  const scoped = useMemo(
    () =>
      oneRecord && filters.entityType && filters.entityId
        ? [
            {
              entityType: filters.entityType,
              entityId: filters.entityId,
              before: null,
              after: null,
            },
          ]
        : [],
    [oneRecord, filters.entityType, filters.entityId],
  );
  const mentioned = useMemo(() => [...scoped, ...events], [scoped, events]);
  const names = useAuditNameBook(mentioned, options.data?.auditFilterOptions.actors);

  const update = (change: Partial<AuditFilters>) => {
    setParams(writeAuditFilters({ ...filters, ...change }));
  };

  const scopeName =
    filters.entityType && filters.entityId
      ? recordName(names, filters.entityType, filters.entityId)
      : undefined;

  return (
    <>
      <PageHeading title="Audit trail">
        Every change made in Stint, newest first: who did it, when, and each field before and after.
        Times are UTC.
      </PageHeading>
      {oneRecord && (
        <p className="audit-record-scope">
          Showing the history of {entityTypeLabel(filters.entityType ?? '')}{' '}
          {scopeName ? (
            filters.entityType === 'person' ? (
              <Link to={`/people/${filters.entityId}`}>{scopeName}</Link>
            ) : (
              <strong>{scopeName}</strong>
            )
          ) : (
            <code>{filters.entityId}</code>
          )}
          . <Link to="/audit">Show every record</Link>
        </p>
      )}
      <AuditFiltersForm
        filters={filters}
        options={options.data?.auditFilterOptions}
        onChange={update}
        dateProblem={dateProblem}
      />
      {options.error && (
        <p className="muted">
          The choices of record type, actor and action could not be loaded; the other filters still
          work.
        </p>
      )}

      {dateProblem ? null : error ? (
        <ErrorNotice
          message={describeError(error) ?? 'Could not load the audit trail.'}
          onRetry={() => void refetch().catch(() => undefined)}
        />
      ) : !shown ? (
        <LoadingState label="Loading the audit trail…" />
      ) : events.length === 0 ? (
        <EmptyState
          title={hasAuditFilters(filters) ? 'No events match these filters' : 'No events yet'}
        >
          {hasAuditFilters(filters) && (
            <p>Try a wider date range or another record type, actor or action.</p>
          )}
        </EmptyState>
      ) : (
        <div aria-busy={loading} className="audit-results">
          <ol className="audit-list" aria-label="Audit events">
            {events.map((event) => (
              <AuditEventItem
                key={event.id}
                event={event}
                names={names}
                linkToRecordHistory={!oneRecord}
              />
            ))}
          </ol>
          <Pager
            page={pages.page}
            pageSize={PAGE_SIZE}
            totalCount={shown.auditEvents.totalCount}
            hasNext={shown.auditEvents.pageInfo.hasNextPage}
            loading={loading}
            noun="events"
            onNext={() => pages.next(shown.auditEvents.pageInfo.endCursor)}
            onPrevious={pages.previous}
          />
        </div>
      )}
    </>
  );
}
