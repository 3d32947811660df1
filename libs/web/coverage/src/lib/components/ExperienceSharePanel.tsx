import { Suspense, useMemo } from 'react';
import { ChartCard, ChartSkeleton, usePrefersReducedMotion, type ChartColumn } from '@stint/web-ui';
import type { QueryResult } from '../hooks/queryResult';
import type { CoverageData } from '../utils/coverageTypes';
import { formatShare, sharePercent } from '../utils/formatShare';
import { toExperienceShareRows, type ExperienceShareRow } from '../utils/toExperienceShareRows';
import { LazyDepartmentShareChart } from './LazyCoverageCharts';

const COLUMNS: readonly ChartColumn<ExperienceShareRow>[] = [
  { header: 'Department', value: (r) => r.name },
  { header: 'Code', value: (r) => r.code },
  { header: 'PMs', value: (r) => r.headcount, numeric: true },
  { header: 'With PMO experience', value: (r) => r.experienced, numeric: true },
  {
    header: 'Experience share (%)',
    value: (r) => sharePercent(r.share),
    format: (r) => formatShare(r.share),
    numeric: true,
  },
  {
    header: 'Target (%)',
    value: (r) => sharePercent(r.target),
    format: (r) => formatShare(r.target),
    numeric: true,
  },
];

function summary(rows: readonly ExperienceShareRow[]): string {
  const below = rows.filter((r) => r.gap < 0).length;
  const worst = rows[0];
  return (
    `Bar chart of experience share in ${rows.length} departments against each target; ${below} below target` +
    (worst && worst.gap < 0
      ? `, furthest below is ${worst.name} at ${formatShare(worst.share)} of ${formatShare(worst.target)}.`
      : '.')
  );
}

/** Experience share by department against its coverage target, furthest below first. */
export function ExperienceSharePanel({ result }: { result: QueryResult<CoverageData> }) {
  const reducedMotion = usePrefersReducedMotion();
  const departments = result.data?.departments;
  const rows = useMemo(() => toExperienceShareRows(departments ?? []), [departments]);
  const chartRows = useMemo(
    () => rows.map((r) => ({ id: r.id, name: r.name, share: r.share, reference: r.target })),
    [rows],
  );
  return (
    <ChartCard
      title="Experience share by department"
      description="PMs on rotation or back from one, as a share of PMs, today. The dark tick is each department's target; furthest below target first."
      rows={rows}
      columns={COLUMNS}
      rowKey={(r) => r.id}
      loading={result.loading}
      errorMessage={result.errorMessage}
      onRetry={result.retry}
      emptyMessage="No departments match these filters."
      csvFileName="experience-share-by-department"
      chartSummary={summary(rows)}
    >
      <Suspense fallback={<ChartSkeleton />}>
        <LazyDepartmentShareChart
          rows={chartRows}
          shareName="Experience share"
          referenceName="Target"
          colour="#1f4fbf"
          animate={!reducedMotion}
        />
      </Suspense>
    </ChartCard>
  );
}
