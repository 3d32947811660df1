import { Suspense, useMemo } from 'react';
import { CAREER_LEVEL_LABELS, CAREER_LEVELS } from '@stint/domain';
import { ChartCard, ChartSkeleton, useChartAnimation, type ChartColumn } from '@stint/web-ui';
import type { StaffingResult } from '../hooks/useStaffing';
import { toLevelHeadcountRows, type LevelHeadcountRow } from '../utils/toLevelHeadcountRows';
import { LazyHeadcountByLevelChart } from './LazyStaffingCharts';

const COLUMNS: readonly ChartColumn<LevelHeadcountRow>[] = [
  { header: 'Department', value: (r) => r.name },
  { header: 'Code', value: (r) => r.code },
  ...CAREER_LEVELS.map((level): ChartColumn<LevelHeadcountRow> => ({
    header: CAREER_LEVEL_LABELS[level],
    value: (r) => r[level],
    numeric: true,
  })),
  { header: 'Total', value: (r) => r.total, numeric: true },
];

function summary(rows: readonly LevelHeadcountRow[]): string {
  const total = rows.reduce((sum, r) => sum + r.total, 0);
  return `Stacked bar chart of ${total} PMs by career level in ${rows.length} departments, largest first.`;
}

/**
 * Headcount by level × department. Every department keeps its own bar and the chart scrolls
 * inside its card: a top-N with an "others" row was tried, but at enterprise size (185 others)
 * that one bar dwarfed the rest into slivers.
 */
export function HeadcountByLevelPanel({ result }: { result: StaffingResult }) {
  const cells = result.data?.headcount;
  const rows = useMemo(() => toLevelHeadcountRows(cells ?? []), [cells]);
  const animate = useChartAnimation(rows.length);
  return (
    <ChartCard
      title="Headcount by level and department"
      description="PMs employed today by career level, largest department first. Long lists scroll inside the card."
      rows={rows}
      columns={COLUMNS}
      rowKey={(r) => r.id}
      loading={result.loading}
      errorMessage={result.errorMessage}
      onRetry={result.retry}
      emptyMessage="Nobody is employed yet."
      csvFileName="headcount-by-level-and-department"
      chartSummary={summary(rows)}
    >
      <Suspense fallback={<ChartSkeleton />}>
        <LazyHeadcountByLevelChart rows={rows} animate={animate} />
      </Suspense>
    </ChartCard>
  );
}
