import { Suspense } from 'react';
import { ChartCard, ChartSkeleton, usePrefersReducedMotion, type ChartColumn } from '@stint/web-ui';
import { useRequestFunnel } from '../hooks/useRequestFunnel';
import type { CoverageFilters } from '../utils/coverageFilters';
import { formatShare, sharePercent } from '../utils/formatShare';
import { isEmptyFunnel, type FunnelRow } from '../utils/toFunnelRows';
import { LazyRequestFunnelChart } from './LazyCoverageCharts';

const COLUMNS: readonly ChartColumn<FunnelRow>[] = [
  { header: 'Stage', value: (r) => r.stage },
  { header: 'Requests', value: (r) => r.count, numeric: true },
  {
    header: 'Share of submitted (%)',
    value: (r) => sharePercent(r.shareOfSubmitted),
    format: (r) => formatShare(r.shareOfSubmitted),
    numeric: true,
  },
];

function summary(rows: readonly FunnelRow[]): string {
  return `Bar chart of the request funnel: ${rows.map((r) => `${r.stage.toLowerCase()} ${r.count}`).join(', ')}.`;
}

/** Rotation requests in the period: submitted → approved → placed → completed, and the exits. */
export function RequestFunnelPanel({ filters }: { filters: CoverageFilters }) {
  const { data, loading, errorMessage, retry } = useRequestFunnel(filters);
  const reducedMotion = usePrefersReducedMotion();
  const rows = data && !isEmptyFunnel(data) ? data : [];
  return (
    <ChartCard
      title="Request funnel"
      description="Rotation requests of PMs in the selected departments over the period, by how far they got."
      rows={rows}
      columns={COLUMNS}
      rowKey={(r) => r.id}
      loading={loading}
      errorMessage={errorMessage}
      onRetry={retry}
      emptyMessage="No rotation requests in this period."
      csvFileName="request-funnel"
      chartSummary={summary(rows)}
    >
      <Suspense fallback={<ChartSkeleton />}>
        <LazyRequestFunnelChart rows={rows} animate={!reducedMotion} />
      </Suspense>
    </ChartCard>
  );
}
