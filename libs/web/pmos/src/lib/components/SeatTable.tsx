import { Link } from 'react-router';
import { formatDay, SEAT_ROLE_LABELS, type SeatRole } from '@stint/domain';
import type { PersonName } from '@stint/web-data-access';
import { EmptyState } from '@stint/web-ui';
import type { HolderRotation, SeatHolding } from '../utils/seatHolders';
import { HistoryLink } from './HistoryLink';

export interface SeatRow {
  id: string;
  title: string;
  role: SeatRole;
  opensOn: string;
  closesOn: string | null;
}

export interface SeatTableProps {
  pmoId: string;
  seats: readonly SeatRow[];
  holdings: ReadonlyMap<string, SeatHolding>;
  names: ReadonlyMap<string, PersonName>;
  mayManage: boolean;
}

function Holder({
  rotation,
  names,
  prefix,
}: {
  rotation: HolderRotation;
  names: ReadonlyMap<string, PersonName>;
  prefix: string;
}) {
  const name = names.get(rotation.personId)?.fullName ?? 'Someone';
  return (
    <>
      {prefix}
      <Link to={`/rotations/${rotation.id}`}>{name}</Link>
      {` until ${formatDay(rotation.endsOn)}`}
    </>
  );
}

/** The seats of a PMO: window, who holds each today and who comes next, and what to do. */
export function SeatTable({ pmoId, seats, holdings, names, mayManage }: SeatTableProps) {
  if (seats.length === 0) {
    return (
      <EmptyState title="No seats yet">
        <p>Add a seat to plan rotations into this PMO.</p>
      </EmptyState>
    );
  }
  return (
    <table className="data-table">
      <caption className="visually-hidden">Seats, their windows and who holds them</caption>
      <thead>
        <tr>
          <th scope="col">Seat</th>
          <th scope="col">Role</th>
          <th scope="col">Opens</th>
          <th scope="col">Closes</th>
          <th scope="col">Held by</th>
          <th scope="col">Actions</th>
        </tr>
      </thead>
      <tbody>
        {seats.map((seat) => {
          const holding = holdings.get(seat.id);
          return (
            <tr key={seat.id}>
              <th scope="row">{seat.title}</th>
              <td>{SEAT_ROLE_LABELS[seat.role]}</td>
              <td>{formatDay(seat.opensOn)}</td>
              <td>{seat.closesOn ? formatDay(seat.closesOn) : 'Open-ended'}</td>
              <td>
                {holding?.current ? (
                  <Holder rotation={holding.current} names={names} prefix="" />
                ) : (
                  'Nobody today'
                )}
                {holding?.next && (
                  <>
                    <br />
                    <span className="muted">
                      <Holder rotation={holding.next} names={names} prefix="Next: " />
                    </span>
                  </>
                )}
              </td>
              <td>
                <span className="row-actions">
                  {mayManage && (
                    <Link
                      to={`/pmos/${pmoId}/seats/${seat.id}/edit`}
                      aria-label={`Edit or close ${seat.title}`}
                    >
                      Edit or close
                    </Link>
                  )}
                  <HistoryLink entityType="seat" entityId={seat.id} label={seat.title} />
                </span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
