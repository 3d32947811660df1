import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { DEVELOPMENT_GOAL_LABELS, formatDay, todayIso } from '@stint/domain';
import { describeError, usePersonNames, useSession } from '@stint/web-data-access';
import { EmptyState, ErrorNotice, LoadingState, PageHeading, StatusBadge } from '@stint/web-ui';
import { PMO_DETAIL_QUERY, PMO_ROTATIONS_QUERY } from '../graphql/pmos.query';
import { mayManagePmo } from '../utils/access';
import { departmentLabel, PMO_SCOPE_LABELS } from '../utils/pmoForm';
import { seatHoldings } from '../utils/seatHolders';
import { HistoryLink } from './HistoryLink';
import { NotDirectedPage } from './NotDirectedPage';
import { SeatTable } from './SeatTable';

const ROTATIONS_SHOWN = 100;

/** `/pmos/:id`: one PMO, its seats and who holds them, and its rotations. */
export function PmoDetailPage() {
  const { id = '' } = useParams();
  const { user } = useSession();
  const today = useMemo(() => todayIso(), []);
  const { data, loading, error, refetch } = useQuery(PMO_DETAIL_QUERY, { variables: { id } });
  const pmo = data?.pmo;
  const mayManage = pmo ? mayManagePmo(user, pmo.directors) : false;
  const rotationsQuery = useQuery(PMO_ROTATIONS_QUERY, {
    variables: { pmoId: id, first: ROTATIONS_SHOWN },
    skip: !mayManage,
  });
  const rotations = useMemo(
    () => rotationsQuery.data?.rotations.edges.map((e) => e.node) ?? [],
    [rotationsQuery.data],
  );
  const holdings = useMemo(() => seatHoldings(rotations, today), [rotations, today]);
  const { names } = usePersonNames(useMemo(() => rotations.map((r) => r.personId), [rotations]));

  if (!pmo) {
    return (
      <>
        <PageHeading title="PMO" />
        <p>
          <Link to="/pmos">Back to PMOs</Link>
        </p>
        {loading ? (
          <LoadingState label="Loading the PMO…" />
        ) : (
          <ErrorNotice
            message={describeError(error) ?? 'We could not find this PMO.'}
            onRetry={() => void refetch().catch(() => undefined)}
          />
        )}
      </>
    );
  }
  if (!mayManage) return <NotDirectedPage pmoName={pmo.name} />;

  const seatTitles = new Map(pmo.seats.map((s) => [s.id, s.title]));
  return (
    <>
      <PageHeading title={pmo.name}>
        {PMO_SCOPE_LABELS[pmo.scope]}
        {pmo.departmentName ? ` · ${pmo.departmentName}` : ''}
      </PageHeading>
      <p className="actions">
        <Link to="/pmos">Back to PMOs</Link>
        <Link className="button button--secondary" to={`/pmos/${pmo.id}/edit`}>
          Edit PMO
        </Link>
        <Link className="button" to={`/pmos/${pmo.id}/seats/new`}>
          Add a seat
        </Link>
        <HistoryLink entityType="pmo" entityId={pmo.id} label={pmo.name} />
      </p>
      <section className="card" aria-labelledby="pmo-facts-title">
        <h2 id="pmo-facts-title">About this PMO</h2>
        <dl className="facts">
          <dt>Kind</dt>
          <dd>{PMO_SCOPE_LABELS[pmo.scope]}</dd>
          <dt>{departmentLabel(pmo.scope).replace(' (optional)', '')}</dt>
          <dd>
            {pmo.departmentName ? `${pmo.departmentName} (${pmo.departmentCode ?? ''})` : 'None'}
          </dd>
          {pmo.scope === 'PROGRAM' && (
            <>
              <dt>Program</dt>
              <dd>{pmo.programName}</dd>
            </>
          )}
          <dt>Directors</dt>
          <dd>
            {pmo.directors.length > 0
              ? pmo.directors.map((d) => d.displayName).join(', ')
              : 'None yet'}
          </dd>
          <dt>Goals it offers</dt>
          <dd>
            <ul className="plain-list">
              {pmo.goalsOffered.map((goal) => (
                <li key={goal}>{DEVELOPMENT_GOAL_LABELS[goal]}</li>
              ))}
            </ul>
          </dd>
        </dl>
      </section>
      <section
        className="card"
        aria-labelledby="pmo-seats-title"
        aria-busy={rotationsQuery.loading}
      >
        <h2 id="pmo-seats-title">Seats</h2>
        {rotationsQuery.error && (
          <ErrorNotice
            message={describeError(rotationsQuery.error) ?? ''}
            onRetry={() => void rotationsQuery.refetch().catch(() => undefined)}
          />
        )}
        <SeatTable
          pmoId={pmo.id}
          seats={pmo.seats}
          holdings={holdings}
          names={names}
          mayManage={mayManage}
        />
      </section>
      <section className="card" aria-labelledby="pmo-rotations-title">
        <h2 id="pmo-rotations-title">Rotations</h2>
        {rotationsQuery.loading && !rotationsQuery.data ? (
          <LoadingState label="Loading rotations…" />
        ) : rotations.length === 0 ? (
          <EmptyState title="No rotations in this PMO yet">
            <p>Assign someone to a seat from Planning.</p>
          </EmptyState>
        ) : (
          <>
            <p className="muted">
              {rotations.length < (rotationsQuery.data?.rotations.totalCount ?? 0)
                ? `The latest ${rotations.length} of ${rotationsQuery.data?.rotations.totalCount}, latest start first.`
                : 'Latest start first.'}
            </p>
            <table className="data-table">
              <caption className="visually-hidden">Rotations in the seats of {pmo.name}</caption>
              <thead>
                <tr>
                  <th scope="col">Person</th>
                  <th scope="col">Seat</th>
                  <th scope="col">From</th>
                  <th scope="col">To</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {rotations.map((rotation) => (
                  <tr key={rotation.id}>
                    <th scope="row">
                      <Link to={`/rotations/${rotation.id}`}>
                        {names.get(rotation.personId)?.fullName ?? 'Rotation'}
                      </Link>
                    </th>
                    <td>{seatTitles.get(rotation.seatId) ?? '—'}</td>
                    <td>{formatDay(rotation.startsOn)}</td>
                    <td>{formatDay(rotation.endsOn)}</td>
                    <td>
                      <StatusBadge status={rotation.status} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>
    </>
  );
}
