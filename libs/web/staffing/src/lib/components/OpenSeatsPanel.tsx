import { useMemo } from 'react';
import { formatDay, SEAT_ROLE_LABELS } from '@stint/domain';
import type { ChartColumn } from '@stint/web-ui';
import type { StaffingResult } from '../hooks/useStaffing';
import type { OpenSeat } from '../utils/staffingTypes';
import { toOpenSeatRows } from '../utils/toUpcomingReturnRows';
import { TablePanel } from './TablePanel';

const COLUMNS: readonly ChartColumn<OpenSeat>[] = [
  { header: 'PMO', value: (r) => r.pmoName },
  { header: 'Seat', value: (r) => r.title },
  { header: 'Role', value: (r) => SEAT_ROLE_LABELS[r.role] },
  { header: 'Open since', value: (r) => r.opensOn, format: (r) => formatDay(r.opensOn) },
  {
    header: 'Closes',
    value: (r) => r.closesOn,
    format: (r) => (r.closesOn ? formatDay(r.closesOn) : 'Open-ended'),
  },
];

/** PMO seats open today with nobody on them, longest open first. */
export function OpenSeatsPanel({ result }: { result: StaffingResult }) {
  const seats = result.data?.openSeats;
  const rows = useMemo(() => toOpenSeatRows(seats ?? []), [seats]);
  return (
    <TablePanel
      title="Open seats"
      description="PMO seats open today with no rotation on them, longest open first."
      rows={rows}
      columns={COLUMNS}
      rowKey={(r) => r.seatId}
      loading={result.loading}
      errorMessage={result.errorMessage}
      onRetry={result.retry}
      emptyMessage="Every open seat is filled today."
      csvFileName="open-seats"
    />
  );
}
