import { Suspense } from 'react';
import { ChartCard, ChartSkeleton, useChartAnimation, type ChartColumn } from '@stint/web-ui';
import { usePmoFill } from '../hooks/usePmoFill';
import type { CoverageFilters } from '../utils/coverageFilters';
import { formatShare, sharePercent } from '../utils/formatShare';
import type { PmoFillRow } from '../utils/toPmoFillRows';
import { firstRowsNote, useChartFirstRows } from '../hooks/useChartFirstRows';
import { ChartRowsToggle } from './ChartRowsToggle';
import { LazyPmoFillChart } from './LazyCoverageCharts';

const SCOPE_LABELS: Readonly<Record<PmoFillRow['scope'], string>> = {
  PROGRAM: 'Program',
  DEPARTMENT: 'Department',
  ENTERPRISE: 'Enterprise',
};

const share = (value: number | null) => (value === null ? null : sharePercent(value));
const shown = (value: number | null) => (value === null ? 'No open seat' : formatShare(value));

const COLUMNS: readonly ChartColumn<PmoFillRow>[] = [
  { header: 'PMO', value: (r) => r.name },
  { header: 'Scope', value: (r) => SCOPE_LABELS[r.scope] },
  { header: 'Seats', value: (r) => r.seatCount, numeric: true },
  { header: 'Days open to date', value: (r) => r.daysOpen, numeric: true },
  { header: 'Days filled to date', value: (r) => r.daysFilled, numeric: true },
  {
    header: 'Fill to date (%)',
    value: (r) => share(r.actualFill),
    format: (r) => shown(r.actualFill),
    numeric: true,
  },
  {
    header: 'Forecast fill (%)',
    value: (r) => share(r.forecastFill),
    format: (r) => shown(r.forecastFill),
    numeric: true,
  },
];

function summary(rows: readonly PmoFillRow[]): string {
  const emptiest = rows.find((r) => r.actualFill !== null);
  return (
    `Bar chart of seat fill in ${rows.length} PMOs` +
    (emptiest
      ? `; the emptiest is ${emptiest.name} at ${formatShare(emptiest.actualFill ?? 0)} to date.`
      : '.')
  );
}

/** PMO seat fill over the period (days filled / days open), to date and forecast. */
export function PmoFillPanel({ filters }: { filters: CoverageFilters }) {
  const { data, loading, errorMessage, retry } = usePmoFill(filters);
  const rows = data ?? [];
  const first = useChartFirstRows(rows);
  const animate = useChartAnimation(first.shown.length);
  return (
    <ChartCard
      title="PMO seat fill"
      description="Days a seat was filled over days it was open, in the period up to today (solid) and forecast from planned rotations (outlined). Emptiest first; PMOs do not belong to departments, so the department filter does not apply."
      rows={rows}
      columns={COLUMNS}
      rowKey={(r) => r.id}
      loading={loading}
      errorMessage={errorMessage}
      onRetry={retry}
      emptyMessage="There are no PMOs yet."
      csvFileName="pmo-seat-fill"
      chartSummary={summary(rows) + firstRowsNote(first, rows.length, 'PMOs')}
      actions={<ChartRowsToggle first={first} total={rows.length} noun="PMOs" />}
    >
      <Suspense fallback={<ChartSkeleton />}>
        <LazyPmoFillChart rows={first.shown} animate={animate} />
      </Suspense>
    </ChartCard>
  );
}
