import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { describeError, useSession } from '@stint/web-data-access';
import { EmptyState, ErrorNotice, LoadingState, PageHeading } from '@stint/web-ui';
import { PMO_LIST_QUERY } from '../graphql/pmos.query';
import { mayManagePmo } from '../utils/access';
import { PMO_SCOPE_LABELS } from '../utils/pmoForm';

/** `/pmos`: the PMOs a director directs (admins: every PMO), and a way to add one. */
export function PmoListPage() {
  const { user } = useSession();
  const { data, loading, error, refetch } = useQuery(PMO_LIST_QUERY);
  const isAdmin = user?.role === 'ADMIN';
  const heading = (
    <PageHeading title="PMOs">
      {isAdmin
        ? 'Every PMO, its directors and its seats.'
        : 'The PMOs you direct, with their seats. Add a PMO to start planning its rotations.'}
    </PageHeading>
  );
  if (!data) {
    return (
      <>
        {heading}
        {loading ? (
          <LoadingState label="Loading PMOs…" />
        ) : (
          <ErrorNotice
            message={describeError(error) ?? ''}
            onRetry={() => void refetch().catch(() => undefined)}
          />
        )}
      </>
    );
  }
  const pmos = data.pmos.filter((pmo) => mayManagePmo(user, pmo.directors));
  return (
    <>
      {heading}
      <p className="actions">
        <Link className="button" to="/pmos/new">
          Add a PMO
        </Link>
      </p>
      {pmos.length === 0 ? (
        <EmptyState title="You do not direct any PMO yet">
          <p>Add a PMO and you become one of its directors.</p>
        </EmptyState>
      ) : (
        <section className="card" aria-labelledby="pmo-list-title">
          <h2 id="pmo-list-title">{isAdmin ? 'All PMOs' : 'Your PMOs'}</h2>
          <table className="data-table">
            <caption className="visually-hidden">
              {pmos.length} PMOs with their kind, department, directors and seats
            </caption>
            <thead>
              <tr>
                <th scope="col">PMO</th>
                <th scope="col">Kind</th>
                <th scope="col">Department</th>
                <th scope="col">Directors</th>
                <th scope="col" className="numeric">
                  Seats
                </th>
                <th scope="col" className="numeric">
                  Open today
                </th>
              </tr>
            </thead>
            <tbody>
              {pmos.map((pmo) => (
                <tr key={pmo.id}>
                  <th scope="row">
                    <Link to={`/pmos/${pmo.id}`}>{pmo.name}</Link>
                  </th>
                  <td>
                    {PMO_SCOPE_LABELS[pmo.scope]}
                    {pmo.programName ? ` (${pmo.programName})` : ''}
                  </td>
                  <td>{pmo.departmentName ?? '—'}</td>
                  <td>{pmo.directors.map((d) => d.displayName).join(', ') || 'None'}</td>
                  <td className="numeric">{pmo.seats.length}</td>
                  <td className="numeric">{pmo.openSeatCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </>
  );
}
