import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { formatDay } from '@stint/domain';
import { describeError, usePersonNames } from '@stint/web-data-access';
import { EmptyState, ErrorNotice, LoadingState } from '@stint/web-ui';
import { OUTCOMES_DUE_QUERY } from '../graphql/planning.query';

const SHOWN = 20;

export interface OutcomesDuePanelProps {
  /** A director sees the PMOs they direct; an admin every PMO. */
  directedByMe: boolean;
  /** Seat titles by id, where Planning has them loaded. */
  seatTitles: ReadonlyMap<string, string>;
}

/**
 * "Outcomes due": completed rotations in the director's PMOs with no recorded outcome, oldest
 * first, each linking to its page where the outcome is recorded.
 */
export function OutcomesDuePanel({ directedByMe, seatTitles }: OutcomesDuePanelProps) {
  const { data, loading, error, refetch, fetchMore } = useQuery(OUTCOMES_DUE_QUERY, {
    variables: { directedByMe, first: SHOWN },
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const rows = useMemo(() => data?.rotations.edges.map((e) => e.node) ?? [], [data]);
  const { names } = usePersonNames(useMemo(() => rows.map((r) => r.personId), [rows]));
  const total = data?.rotations.totalCount ?? 0;

  return (
    <section className="card" aria-labelledby="outcomes-due-title" aria-busy={loading}>
      <h2 id="outcomes-due-title">Outcomes due{data ? ` (${total.toLocaleString('en')})` : ''}</h2>
      {!data ? (
        loading ? (
          <LoadingState label="Loading outcomes due…" />
        ) : (
          <ErrorNotice
            message={describeError(error) ?? ''}
            onRetry={() => void refetch().catch(() => undefined)}
          />
        )
      ) : rows.length === 0 ? (
        <EmptyState title="No outcomes due">
          <p>Every completed rotation in your PMOs has its outcome recorded.</p>
        </EmptyState>
      ) : (
        <>
          <p className="muted">
            Completed rotations whose goals achieved are not recorded yet, the longest waiting first
            {total > rows.length
              ? ` (the first ${rows.length} of ${total.toLocaleString('en')})`
              : ''}
            .
          </p>
          <table className="data-table">
            <caption className="visually-hidden">Rotations with an outcome due</caption>
            <thead>
              <tr>
                <th scope="col">Person</th>
                <th scope="col">Seat</th>
                <th scope="col">Ended</th>
                <th scope="col">Action</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((rotation) => {
                const name = names.get(rotation.personId)?.fullName ?? 'Someone';
                return (
                  <tr key={rotation.id}>
                    <th scope="row">{name}</th>
                    <td>{seatTitles.get(rotation.seatId) ?? '—'}</td>
                    <td>{formatDay(rotation.endsOn)}</td>
                    <td>
                      <Link
                        to={`/rotations/${rotation.id}`}
                        aria-label={`Record outcome for ${name}’s rotation`}
                      >
                        Record outcome
                      </Link>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {data.rotations.pageInfo.hasNextPage && (
            <button
              type="button"
              className="button button--secondary load-more"
              disabled={loadingMore}
              onClick={() => {
                setLoadingMore(true);
                fetchMore({
                  variables: { after: data.rotations.pageInfo.endCursor },
                  updateQuery: (previous, { fetchMoreResult }) => ({
                    ...fetchMoreResult,
                    rotations: {
                      ...fetchMoreResult.rotations,
                      edges: [...previous.rotations.edges, ...fetchMoreResult.rotations.edges],
                    },
                  }),
                })
                  .catch(() => undefined)
                  .finally(() => setLoadingMore(false));
              }}
            >
              {loadingMore ? 'Loading…' : `Show ${SHOWN} more`}
            </button>
          )}
        </>
      )}
    </section>
  );
}
