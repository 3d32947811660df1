import { Suspense, useMemo } from 'react';
import { ChartCard, ChartSkeleton, useChartAnimation, type ChartColumn } from '@stint/web-ui';
import type { QueryResult } from '../hooks/queryResult';
import type { CoverageData, CoverageDepartment } from '../utils/coverageTypes';
import { firstRowsNote, useChartFirstRows } from '../hooks/useChartFirstRows';
import { ChartRowsToggle } from './ChartRowsToggle';
import { LazyDepartmentShareChart } from './LazyCoverageCharts';

/** A department's row in a share panel: its share and the line it is measured against. */
export interface DepartmentShareRowBase {
  id: string;
  name: string;
  share: number;
}

export interface DepartmentSharePanelProps<Row extends DepartmentShareRowBase> {
  result: QueryResult<CoverageData>;
  /** The rows, already in the order the panel shows them. */
  toRows: (departments: readonly CoverageDepartment[]) => Row[];
  /** The share each bar is measured against (the dark tick). */
  reference: (row: Row) => number;
  columns: readonly ChartColumn<Row>[];
  summary: (rows: readonly Row[]) => string;
  title: string;
  description: string;
  csvFileName: string;
  shareName: string;
  referenceName: string;
  colour: string;
}

/** One share per department against a reference share: the ChartCard and lazy chart wiring. */
export function DepartmentSharePanel<Row extends DepartmentShareRowBase>({
  result,
  toRows,
  reference,
  columns,
  summary,
  title,
  description,
  csvFileName,
  shareName,
  referenceName,
  colour,
}: DepartmentSharePanelProps<Row>) {
  const departments = result.data?.departments;
  const rows = useMemo(() => toRows(departments ?? []), [toRows, departments]);
  const first = useChartFirstRows(rows);
  const animate = useChartAnimation(first.shown.length);
  const chartRows = useMemo(
    () =>
      first.shown.map((r) => ({ id: r.id, name: r.name, share: r.share, reference: reference(r) })),
    [first.shown, reference],
  );
  return (
    <ChartCard
      title={title}
      description={description}
      rows={rows}
      columns={columns}
      rowKey={(r) => r.id}
      loading={result.loading}
      errorMessage={result.errorMessage}
      onRetry={result.retry}
      emptyMessage="No departments match these filters."
      csvFileName={csvFileName}
      chartSummary={summary(rows) + firstRowsNote(first, rows.length, 'departments')}
      actions={<ChartRowsToggle first={first} total={rows.length} noun="departments" />}
    >
      <Suspense fallback={<ChartSkeleton />}>
        <LazyDepartmentShareChart
          rows={chartRows}
          shareName={shareName}
          referenceName={referenceName}
          colour={colour}
          animate={animate}
        />
      </Suspense>
    </ChartCard>
  );
}
