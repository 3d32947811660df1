import { Suspense, useMemo } from 'react';
import { ChartCard, ChartSkeleton, usePrefersReducedMotion, type ChartColumn } from '@stint/web-ui';
import type { OutcomesResult } from '../hooks/useOutcomes';
import { csvShare, formatShare, toCurveRows, type CurveRow } from '../utils/toOutcomeRows';
import { LazyOutcomesPromotionCurveChart } from './LazyOutcomesCharts';

const COLUMNS: readonly ChartColumn<CurveRow>[] = [
  { header: 'Months since return', value: (r) => r.months, numeric: true },
  {
    header: 'Alumni promoted (%)',
    value: (r) => csvShare(r.alumni),
    format: (r) => formatShare(r.alumni),
    numeric: true,
  },
  {
    header: 'Comparison group promoted (%)',
    value: (r) => csvShare(r.comparison),
    format: (r) => formatShare(r.comparison),
    numeric: true,
  },
];

/** The cumulative promotion curve, alumni against PMs who had not rotated. */
export function PromotionCurvePanel({ result }: { result: OutcomesResult }) {
  const reducedMotion = usePrefersReducedMotion();
  const rows = useMemo(() => (result.data ? toCurveRows(result.data) : []), [result.data]);
  const at = (m: number) => rows.find((r) => r.months === m);
  const r12 = at(12);
  const r24 = at(24);
  const empty = result.data !== undefined && result.data.alumni.observations === 0;
  return (
    <ChartCard
      title="Promotion after return"
      description="Share promoted at least one level by each month after returning, among those followed for the full 24 months: alumni against PMs who had never rotated and held the same level in the same department on the alumnus's return date."
      rows={empty ? [] : rows}
      columns={COLUMNS}
      rowKey={(r) => String(r.months)}
      loading={result.loading}
      errorMessage={result.errorMessage}
      onRetry={result.retry}
      emptyMessage="No rotation was completed in this period."
      csvFileName="outcomes-promotion-curve"
      chartSummary={`Line chart of the share promoted by months since return. At 12 months: alumni ${r12 ? formatShare(r12.alumni) : 'no data'}, comparison ${r12 ? formatShare(r12.comparison) : 'no data'}. At 24 months: alumni ${r24 ? formatShare(r24.alumni) : 'no data'}, comparison ${r24 ? formatShare(r24.comparison) : 'no data'}.`}
    >
      <Suspense fallback={<ChartSkeleton />}>
        <LazyOutcomesPromotionCurveChart rows={rows} animate={!reducedMotion} />
      </Suspense>
    </ChartCard>
  );
}
