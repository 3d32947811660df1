import { formatDay } from '@stint/domain';
import { StatusBadge } from '@stint/web-ui';

export interface HistoryRequest {
  id: string;
  status: string;
  submittedAt: string;
  decidedAt: string | null;
  earliestStart: string;
  durationMonths: number;
  decisionNote: string | null;
}

export interface HistoryRotation {
  id: string;
  startsOn: string;
  endsOn: string;
  status: string;
}

/** Every request the PM made and every rotation they had, newest first. */
export function RequestHistory({
  requests,
  rotations,
}: {
  requests: readonly HistoryRequest[];
  rotations: readonly HistoryRotation[];
}) {
  return (
    <section aria-labelledby="history-title" className="card">
      <h2 id="history-title">History</h2>
      {requests.length === 0 && rotations.length === 0 ? (
        <p>You have not requested a rotation yet.</p>
      ) : (
        <>
          {requests.length > 0 && (
            <table className="data-table">
              <caption>Your requests</caption>
              <thead>
                <tr>
                  <th scope="col">Sent</th>
                  <th scope="col">Status</th>
                  <th scope="col">Earliest start</th>
                  <th scope="col">Duration</th>
                  <th scope="col">Decision</th>
                </tr>
              </thead>
              <tbody>
                {requests.map((r) => (
                  <tr key={r.id}>
                    <td>{formatDay(r.submittedAt.slice(0, 10))}</td>
                    <td>
                      <StatusBadge status={r.status} />
                    </td>
                    <td>{formatDay(r.earliestStart)}</td>
                    <td>{r.durationMonths} months</td>
                    <td>
                      {r.decidedAt ? `${formatDay(r.decidedAt.slice(0, 10))}` : '—'}
                      {r.decisionNote ? `: ${r.decisionNote}` : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {rotations.length > 0 && (
            <table className="data-table">
              <caption>Your rotations</caption>
              <thead>
                <tr>
                  <th scope="col">From</th>
                  <th scope="col">To</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {rotations.map((r) => (
                  <tr key={r.id}>
                    <td>{formatDay(r.startsOn)}</td>
                    <td>{formatDay(r.endsOn)}</td>
                    <td>
                      <StatusBadge status={r.status} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
