import { Suspense, useMemo } from 'react';
import { ChartCard, ChartSkeleton, usePrefersReducedMotion, type ChartColumn } from '@stint/web-ui';
import type { StaffingResult } from '../hooks/useStaffing';
import { toParticipationRows, type ParticipationRow } from '../utils/toParticipationRows';
import { LazyParticipationByLevelChart } from './LazyStaffingCharts';

const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });

const COLUMNS: readonly ChartColumn<ParticipationRow>[] = [
  { header: 'Career level', value: (r) => r.label },
  { header: 'PMs', value: (r) => r.headcount, numeric: true },
  { header: 'With PMO experience', value: (r) => r.experienced, numeric: true },
  {
    header: 'Participation (%)',
    value: (r) => Math.round(r.participation * 1000) / 10,
    format: (r) => percent.format(r.participation),
    numeric: true,
  },
];

/** Participation by career level: on rotation or back from one, as a share of the level. */
export function ParticipationByLevelPanel({ result }: { result: StaffingResult }) {
  const reducedMotion = usePrefersReducedMotion();
  const levels = result.data?.participation;
  const rows = useMemo(() => toParticipationRows(levels ?? []), [levels]);
  return (
    <ChartCard
      title="Participation by level"
      description="PMs on a rotation or back from one, as a share of PMs at each career level, today."
      rows={rows}
      columns={COLUMNS}
      rowKey={(r) => r.level}
      loading={result.loading}
      errorMessage={result.errorMessage}
      onRetry={result.retry}
      emptyMessage="Nobody is employed yet."
      csvFileName="participation-by-level"
      chartSummary={`Bar chart of participation at ${rows.length} career levels: ${rows.map((r) => `${r.label} ${percent.format(r.participation)}`).join(', ')}.`}
    >
      <Suspense fallback={<ChartSkeleton />}>
        <LazyParticipationByLevelChart rows={rows} animate={!reducedMotion} />
      </Suspense>
    </ChartCard>
  );
}
