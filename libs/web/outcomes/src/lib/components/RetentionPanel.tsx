import { Suspense, useMemo } from 'react';
import { ChartCard, ChartSkeleton, usePrefersReducedMotion, type ChartColumn } from '@stint/web-ui';
import type { OutcomesResult } from '../hooks/useOutcomes';
import {
  csvShare,
  formatMonths,
  formatShare,
  SUPPRESSED,
  toMeasureRows,
  type MeasureRow,
  type Share,
} from '../utils/toOutcomeRows';
import { LazyOutcomesRetentionChart } from './LazyOutcomesCharts';

const show = (r: MeasureRow, s: Share) => (r.kind === 'months' ? formatMonths(s) : formatShare(s));
const csv = (r: MeasureRow, s: Share) =>
  r.kind === 'months' ? (s.suppressed ? SUPPRESSED : (s.value ?? '')) : csvShare(s);

const COLUMNS: readonly ChartColumn<MeasureRow>[] = [
  { header: 'Measure', value: (r) => r.label },
  {
    header: 'Alumni',
    value: (r) => csv(r, r.alumni),
    format: (r) => show(r, r.alumni),
    numeric: true,
  },
  {
    header: 'Comparison group',
    value: (r) => csv(r, r.comparison),
    format: (r) => show(r, r.comparison),
    numeric: true,
  },
];

/** Retention and "not stuck" side by side, with the progression figures in the table. */
export function RetentionPanel({ result }: { result: OutcomesResult }) {
  const reducedMotion = usePrefersReducedMotion();
  const rows = useMemo(() => (result.data ? toMeasureRows(result.data) : []), [result.data]);
  const empty = result.data !== undefined && result.data.alumni.observations === 0;
  const of = (key: string) => rows.find((r) => r.key === key);
  const retained = of('retained12');
  const delivery = of('inDelivery3');
  return (
    <ChartCard
      title="Retention and return to delivery"
      description="Still employed 12 months after returning, and back in delivery (in no PMO seat) 3 months after, alumni against the comparison group. The table adds promotion within 12 and 24 months and the median months to the next promotion."
      rows={empty ? [] : rows}
      columns={COLUMNS}
      rowKey={(r) => r.key}
      loading={result.loading}
      errorMessage={result.errorMessage}
      onRetry={result.retry}
      emptyMessage="No rotation was completed in this period."
      csvFileName="outcomes-retention-delivery"
      chartSummary={`Bar chart. Still employed at 12 months: alumni ${retained ? formatShare(retained.alumni) : 'no data'}, comparison ${retained ? formatShare(retained.comparison) : 'no data'}. Back in delivery at 3 months: alumni ${delivery ? formatShare(delivery.alumni) : 'no data'}, comparison ${delivery ? formatShare(delivery.comparison) : 'no data'}.`}
    >
      <Suspense fallback={<ChartSkeleton />}>
        <LazyOutcomesRetentionChart rows={rows} animate={!reducedMotion} />
      </Suspense>
    </ChartCard>
  );
}
