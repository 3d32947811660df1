import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { DEVELOPMENT_GOAL_LABELS, formatDay, REQUEST_STATUSES } from '@stint/domain';
import { describeError, usePersonNames } from '@stint/web-data-access';
import {
  EmptyState,
  ErrorNotice,
  FilterSelect,
  LoadingState,
  PageHeading,
  Pager,
  STATUS_LABELS,
  StatusBadge,
  useCursorPages,
} from '@stint/web-ui';
import { INBOX_FILTER_OPTIONS_QUERY, REQUEST_INBOX_QUERY } from '../graphql/requests.query';

import {
  readInboxFilters,
  toRequestsFilter,
  writeInboxFilters,
  type InboxFilters,
} from '../utils/inboxFilters';

const PAGE_SIZE = 20;

/** Requests (SPEC §6): the directors' inbox, filtered by status, PMO and department. */
export function RequestInboxPage() {
  const [params, setParams] = useSearchParams();
  const filters = readInboxFilters(params);
  const filterKey = writeInboxFilters(filters).toString();
  const pages = useCursorPages(filterKey);
  const options = useQuery(INBOX_FILTER_OPTIONS_QUERY);
  const { data, previousData, loading, error, refetch } = useQuery(REQUEST_INBOX_QUERY, {
    variables: { filter: toRequestsFilter(filters), first: PAGE_SIZE, after: pages.after },
  });
  const shown = data ?? previousData;
  const rows = useMemo(() => shown?.rotationRequests.edges.map((e) => e.node) ?? [], [shown]);
  const personIds = useMemo(() => rows.map((r) => r.personId), [rows]);
  const { names } = usePersonNames(personIds);
  const pmoNames = new Map(options.data?.pmos.map((p) => [p.id, p.name]) ?? []);

  const update = (change: Partial<InboxFilters>) => {
    setParams(writeInboxFilters({ ...filters, ...change }));
  };

  return (
    <>
      <PageHeading title="Requests">
        Rotation requests from project managers. Open one to approve or decline it.
      </PageHeading>
      <form className="filters" aria-label="Filter requests" onSubmit={(e) => e.preventDefault()}>
        <div className="form-field">
          <label htmlFor="inbox-status" className="form-field__label">
            Status
          </label>
          <select
            id="inbox-status"
            className="form-field__input"
            value={filters.status ?? 'ALL'}
            onChange={(e) =>
              update({
                status:
                  e.target.value === 'ALL' ? null : (e.target.value as InboxFilters['status']),
              })
            }
          >
            {REQUEST_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
            <option value="ALL">Any status</option>
          </select>
        </div>
        <FilterSelect
          id="inbox-pmo"
          label="Preferred PMO"
          value={filters.pmoId ?? ''}
          anyLabel="Any PMO"
          options={options.data?.pmos.map((p) => ({ value: p.id, label: p.name })) ?? []}
          onChange={(value) => update({ pmoId: value || null })}
        />
        <FilterSelect
          id="inbox-department"
          label="Department"
          value={filters.departmentId ?? ''}
          anyLabel="Any department"
          options={options.data?.departments.map((d) => ({ value: d.id, label: d.name })) ?? []}
          onChange={(value) => update({ departmentId: value || null })}
        />
      </form>

      {error && !shown ? (
        <ErrorNotice
          message={describeError(error) ?? ''}
          onRetry={() => void refetch().catch(() => undefined)}
        />
      ) : !shown ? (
        <LoadingState label="Loading requests…" />
      ) : rows.length === 0 ? (
        <EmptyState title="No requests match these filters">
          <p>Try another status, PMO or department.</p>
        </EmptyState>
      ) : (
        <div aria-busy={loading}>
          <table className="data-table">
            <caption className="visually-hidden">Rotation requests</caption>
            <thead>
              <tr>
                <th scope="col">Project manager</th>
                <th scope="col">Department</th>
                <th scope="col">Goals</th>
                <th scope="col">Earliest start</th>
                <th scope="col">Duration</th>
                <th scope="col">Preferred PMO</th>
                <th scope="col">Sent</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const person = names.get(r.personId);
                return (
                  <tr key={r.id}>
                    <th scope="row">
                      <Link to={`/requests/${r.id}`}>{person?.fullName ?? 'Request'}</Link>
                    </th>
                    <td>{person?.department.name ?? '…'}</td>
                    <td>{r.goals.map((g) => DEVELOPMENT_GOAL_LABELS[g]).join(', ')}</td>
                    <td>{formatDay(r.earliestStart)}</td>
                    <td>{r.durationMonths} months</td>
                    <td>
                      {r.preferredPmoId
                        ? (pmoNames.get(r.preferredPmoId) ?? '…')
                        : r.preferredScope
                          ? `Any ${r.preferredScope.toLowerCase()} PMO`
                          : 'No preference'}
                    </td>
                    <td>{formatDay(r.submittedAt.slice(0, 10))}</td>
                    <td>
                      <StatusBadge status={r.status} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <Pager
            page={pages.page}
            pageSize={PAGE_SIZE}
            totalCount={shown.rotationRequests.totalCount}
            hasNext={shown.rotationRequests.pageInfo.hasNextPage}
            loading={loading}
            noun="requests"
            onNext={() => pages.next(shown.rotationRequests.pageInfo.endCursor)}
            onPrevious={pages.previous}
          />
        </div>
      )}
    </>
  );
}
