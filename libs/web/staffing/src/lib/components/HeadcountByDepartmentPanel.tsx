import { Suspense, useEffect } from 'react';
import { ChartCard, ChartSkeleton, useChartAnimation, type ChartColumn } from '@stint/web-ui';
import { useDepartmentHeadcount } from '../hooks/useDepartmentHeadcount';
import type { HeadcountRow } from '../utils/toHeadcountRows';
import {
  LazyHeadcountByDepartmentChart,
  preloadHeadcountByDepartmentChart,
} from './LazyHeadcountByDepartmentChart';

const numberFormat = new Intl.NumberFormat('en');

const COLUMNS: readonly ChartColumn<HeadcountRow>[] = [
  { header: 'Department', value: (row) => row.name },
  { header: 'Code', value: (row) => row.code },
  {
    header: 'Headcount',
    value: (row) => row.headcount,
    format: (row) => numberFormat.format(row.headcount),
    numeric: true,
  },
];

function summary(rows: readonly HeadcountRow[]): string {
  const total = rows.reduce((sum, row) => sum + row.headcount, 0);
  const largest = rows[0];
  return (
    `Bar chart of headcount in ${rows.length} departments, ${numberFormat.format(total)} people in all` +
    (largest
      ? `; the largest is ${largest.name} with ${numberFormat.format(largest.headcount)}.`
      : '.')
  );
}

/** The headcount chart with its data, states, table and CSV (the three layers wired together). */
export function HeadcountByDepartmentPanel() {
  const { rows, loading, errorMessage, retry } = useDepartmentHeadcount();
  const animate = useChartAnimation(rows.length);

  // Fetch the chart code alongside the data instead of after it.
  useEffect(() => preloadHeadcountByDepartmentChart(), []);

  return (
    <ChartCard
      title="Headcount by department"
      description="People employed today in each department, largest first."
      rows={rows}
      columns={COLUMNS}
      rowKey={(row) => row.id}
      loading={loading}
      errorMessage={errorMessage}
      onRetry={retry}
      emptyMessage="There are no departments yet. HR can add them or import people."
      csvFileName="headcount-by-department"
      chartSummary={summary(rows)}
    >
      <Suspense fallback={<ChartSkeleton />}>
        <LazyHeadcountByDepartmentChart rows={rows} animate={animate} />
      </Suspense>
    </ChartCard>
  );
}
