import { useMemo } from 'react';
import { formatDay } from '@stint/domain';
import type { ChartColumn } from '@stint/web-ui';
import type { StaffingResult } from '../hooks/useStaffing';
import type { UpcomingReturn } from '../utils/staffingTypes';
import { toUpcomingReturnRows } from '../utils/toUpcomingReturnRows';
import { TablePanel } from './TablePanel';

const COLUMNS: readonly ChartColumn<UpcomingReturn>[] = [
  { header: 'Returns on', value: (r) => r.endsOn, format: (r) => formatDay(r.endsOn) },
  { header: 'Person', value: (r) => r.fullName },
  { header: 'Home department', value: (r) => r.departmentName },
  { header: 'PMO', value: (r) => r.pmoName },
  { header: 'Seat', value: (r) => r.seatTitle },
];

/** Rotations ending in the next 90 days: who comes back to which department, soonest first. */
export function UpcomingReturnsPanel({ result }: { result: StaffingResult }) {
  const returns = result.data?.upcomingReturns;
  const rows = useMemo(() => toUpcomingReturnRows(returns ?? []), [returns]);
  return (
    <TablePanel
      title="Upcoming returns"
      description="Rotations ending in the next 90 days, soonest first (the last day on the rotation is shown)."
      rows={rows}
      columns={COLUMNS}
      rowKey={(r) => r.rotationId}
      loading={result.loading}
      errorMessage={result.errorMessage}
      onRetry={result.retry}
      emptyMessage="Nobody returns from a rotation in the next 90 days."
      csvFileName="upcoming-returns"
    />
  );
}
