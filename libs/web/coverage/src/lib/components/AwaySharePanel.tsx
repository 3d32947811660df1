import { Suspense, useMemo } from 'react';
import { ChartCard, ChartSkeleton, usePrefersReducedMotion, type ChartColumn } from '@stint/web-ui';
import type { QueryResult } from '../hooks/queryResult';
import type { CoverageData } from '../utils/coverageTypes';
import { formatShare, sharePercent } from '../utils/formatShare';
import { toAwayShareRows, type AwayShareRow } from '../utils/toAwayShareRows';
import { LazyDepartmentShareChart } from './LazyCoverageCharts';

const COLUMNS: readonly ChartColumn<AwayShareRow>[] = [
  { header: 'Department', value: (r) => r.name },
  { header: 'Code', value: (r) => r.code },
  { header: 'PMs', value: (r) => r.headcount, numeric: true },
  { header: 'On rotation', value: (r) => r.onRotation, numeric: true },
  {
    header: 'Away share (%)',
    value: (r) => sharePercent(r.share),
    format: (r) => formatShare(r.share),
    numeric: true,
  },
  {
    header: 'Cap (%)',
    value: (r) => sharePercent(r.cap),
    format: (r) => formatShare(r.cap),
    numeric: true,
  },
];

function summary(rows: readonly AwayShareRow[]): string {
  const over = rows.filter((r) => r.room < 0);
  return (
    `Bar chart of away share in ${rows.length} departments against each cap; ` +
    (over.length === 0
      ? 'none is over its cap.'
      : `${over.length} over the cap, the most is ${over[0].name} at ${formatShare(over[0].share)} of ${formatShare(over[0].cap)}.`)
  );
}

/** Away share by department against its cap, least room first. */
export function AwaySharePanel({ result }: { result: QueryResult<CoverageData> }) {
  const reducedMotion = usePrefersReducedMotion();
  const departments = result.data?.departments;
  const rows = useMemo(() => toAwayShareRows(departments ?? []), [departments]);
  const chartRows = useMemo(
    () => rows.map((r) => ({ id: r.id, name: r.name, share: r.share, reference: r.cap })),
    [rows],
  );
  return (
    <ChartCard
      title="Away share by department"
      description="PMs on rotation today as a share of PMs. The dark tick is each department's away cap; least room first."
      rows={rows}
      columns={COLUMNS}
      rowKey={(r) => r.id}
      loading={result.loading}
      errorMessage={result.errorMessage}
      onRetry={result.retry}
      emptyMessage="No departments match these filters."
      csvFileName="away-share-by-department"
      chartSummary={summary(rows)}
    >
      <Suspense fallback={<ChartSkeleton />}>
        <LazyDepartmentShareChart
          rows={chartRows}
          shareName="Away share"
          referenceName="Cap"
          colour="#a13d00"
          animate={!reducedMotion}
        />
      </Suspense>
    </ChartCard>
  );
}
