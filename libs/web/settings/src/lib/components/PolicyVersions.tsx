import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { CAREER_LEVEL_LABELS, formatDay } from '@stint/domain';
import { describeError } from '@stint/web-data-access';
import { ErrorNotice, LoadingState } from '@stint/web-ui';
import { POLICY_VERSIONS_QUERY } from '../graphql/settings.query';

const PAGE_SIZE = 10;

/** Every version of the policy, newest first. */
export function PolicyVersions() {
  const { data, loading, error, refetch, fetchMore } = useQuery(POLICY_VERSIONS_QUERY, {
    variables: { first: PAGE_SIZE },
  });
  const [more, setMore] = useState(false);
  const connection = data?.eligibilityPolicyVersions;
  return (
    <section className="card" aria-labelledby="policy-versions-title" aria-busy={loading}>
      <h2 id="policy-versions-title">Version history</h2>
      {!connection ? (
        error ? (
          <ErrorNotice
            message={describeError(error) ?? ''}
            onRetry={() => void refetch().catch(() => undefined)}
          />
        ) : (
          <LoadingState label="Loading versions…" />
        )
      ) : (
        <>
          <table className="data-table">
            <caption className="visually-hidden">Policy versions, newest first</caption>
            <thead>
              <tr>
                <th scope="col" className="numeric">
                  Version
                </th>
                <th scope="col">Saved</th>
                <th scope="col">Levels</th>
                <th scope="col">Experience</th>
                <th scope="col">Wait</th>
                <th scope="col">Max rotations</th>
                <th scope="col">Duration</th>
                <th scope="col">Note</th>
              </tr>
            </thead>
            <tbody>
              {connection.edges.map(({ node: v }) => (
                <tr key={v.version}>
                  <td className="numeric">{v.version}</td>
                  <td>
                    {formatDay(v.createdAt.slice(0, 10))}
                    {v.createdBy ? ` by ${v.createdBy}` : ''}
                  </td>
                  <td>{v.eligibleLevels.map((l) => CAREER_LEVEL_LABELS[l]).join(', ')}</td>
                  <td>{v.minExperienceMonths} months</td>
                  <td>{v.cooldownMonths} months</td>
                  <td>{v.maxRotations}</td>
                  <td>
                    {v.minDurationMonths}–{v.maxDurationMonths} months
                  </td>
                  <td>{v.note ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            {connection.edges.length} of {connection.totalCount} versions.
          </p>
          {connection.pageInfo.hasNextPage && (
            <button
              type="button"
              className="button button--secondary"
              disabled={more}
              onClick={() => {
                setMore(true);
                fetchMore({
                  variables: { after: connection.pageInfo.endCursor },
                  updateQuery: (previous, { fetchMoreResult }) => ({
                    eligibilityPolicyVersions: {
                      ...fetchMoreResult.eligibilityPolicyVersions,
                      edges: [
                        ...previous.eligibilityPolicyVersions.edges,
                        ...fetchMoreResult.eligibilityPolicyVersions.edges,
                      ],
                    },
                  }),
                })
                  .catch(() => undefined)
                  .finally(() => setMore(false));
              }}
            >
              Show older versions
            </button>
          )}
        </>
      )}
    </section>
  );
}
