import { Suspense, useMemo } from 'react';
import { ChartCard, ChartSkeleton, usePrefersReducedMotion, type ChartColumn } from '@stint/web-ui';
import type { QueryResult } from '../hooks/queryResult';
import type { CoverageData } from '../utils/coverageTypes';
import { formatShare, sharePercent } from '../utils/formatShare';
import {
  todayBucketLabel,
  toCoverageTrendRows,
  type CoverageTrendRow,
} from '../utils/toCoverageTrendRows';
import { organisationTarget } from '../utils/toKpiTiles';
import { LazyCoverageTrendChart } from './LazyCoverageCharts';

const COLUMNS: readonly ChartColumn<CoverageTrendRow>[] = [
  { header: 'Period', value: (r) => r.label },
  { header: 'Last day', value: (r) => r.date },
  { header: 'Kind', value: (r) => (r.forecast ? 'Forecast' : 'Actual') },
  { header: 'PMs', value: (r) => r.headcount, numeric: true },
  { header: 'On rotation', value: (r) => r.onRotation, numeric: true },
  { header: 'Alumni', value: (r) => r.alumni, numeric: true },
  { header: 'Eligible', value: (r) => r.eligible, numeric: true },
  {
    header: 'Experience share (%)',
    value: (r) => sharePercent(r.experienceShare),
    format: (r) => formatShare(r.experienceShare),
    numeric: true,
  },
  {
    header: 'Away share (%)',
    value: (r) => sharePercent(r.awayShare),
    format: (r) => formatShare(r.awayShare),
    numeric: true,
  },
];

function summary(rows: readonly CoverageTrendRow[]): string {
  const actual = rows.filter((r) => !r.forecast);
  const forecast = rows.filter((r) => r.forecast);
  const last = actual.at(-1);
  const end = forecast.at(-1);
  return (
    `Line chart of experience and away share over ${rows.length} periods, ${actual.length} actual and ${forecast.length} forecast` +
    (last ? `; ${formatShare(last.experienceShare)} experienced at ${last.label}` : '') +
    (end ? `, forecast ${formatShare(end.experienceShare)} by ${end.label}.` : '.')
  );
}

/** Coverage over time for the selected departments together; the forecast drawn apart. */
export function CoverageTrendPanel({ result }: { result: QueryResult<CoverageData> }) {
  const reducedMotion = usePrefersReducedMotion();
  const series = result.data?.series;
  const departments = result.data?.departments;
  const rows = useMemo(() => toCoverageTrendRows(series ?? []), [series]);
  const target = useMemo(() => organisationTarget(departments ?? []), [departments]);
  return (
    <ChartCard
      title="Coverage over time"
      description={`Experience share (blue) and away share (orange) on each period's last day. Dashed lines after "Today" are a forecast from planned rotations${target === undefined ? '' : `; the dotted line is the target, ${formatShare(target)}`}.`}
      rows={rows}
      columns={COLUMNS}
      rowKey={(r) => r.label}
      loading={result.loading}
      errorMessage={result.errorMessage}
      onRetry={result.retry}
      emptyMessage="There are no periods to show for these filters."
      csvFileName="coverage-over-time"
      chartSummary={summary(rows)}
    >
      <Suspense fallback={<ChartSkeleton />}>
        <LazyCoverageTrendChart
          rows={rows}
          todayLabel={todayBucketLabel(rows)}
          target={target}
          animate={!reducedMotion}
        />
      </Suspense>
    </ChartCard>
  );
}
