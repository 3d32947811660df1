import { useMemo } from 'react';
import { ChartCard, type ChartColumn } from '@stint/web-ui';
import type { QueryResult } from '../hooks/queryResult';
import type { CoverageData } from '../utils/coverageTypes';
import { formatShare, sharePercent } from '../utils/formatShare';
import { toHeatmapCells, type HeatmapColumn, type HeatmapRow } from '../utils/toHeatmapCells';
import { CoverageHeatmap } from './CoverageHeatmap';

/** One column per period: the CSV and the data table show the same shares as the cells. */
function columnsFor(periods: readonly HeatmapColumn[]): ChartColumn<HeatmapRow>[] {
  return [
    { header: 'Department', value: (r) => r.name },
    { header: 'Code', value: (r) => r.code },
    {
      header: 'Target (%)',
      value: (r) => sharePercent(r.target),
      format: (r) => formatShare(r.target),
      numeric: true,
    },
    ...periods.map((period, index): ChartColumn<HeatmapRow> => {
      const share = (r: HeatmapRow) => r.cells[index]?.share ?? null;
      return {
        header: `${period.label}${period.forecast ? ' (forecast)' : ''} (%)`,
        value: (r) => {
          const s = share(r);
          return s === null ? null : sharePercent(s);
        },
        format: (r) => {
          const s = share(r);
          return s === null ? '–' : formatShare(s);
        },
        numeric: true,
      };
    }),
  ];
}

/** Experience share per department and period, coloured against each department's target. */
export function CoverageHeatmapPanel({ result }: { result: QueryResult<CoverageData> }) {
  const departments = result.data?.departments;
  const heatmap = useMemo(() => toHeatmapCells(departments ?? []), [departments]);
  const columns = useMemo(() => columnsFor(heatmap.columns), [heatmap.columns]);
  const below = heatmap.rows.reduce(
    (sum, row) => sum + row.cells.filter((c) => c.level === 'below' || c.level === 'far').length,
    0,
  );
  return (
    <ChartCard
      title="Experience share by department and period"
      description="Each cell is a department's experience share on the period's last day, coloured by how it stands against that department's target. Forecast periods are marked."
      rows={heatmap.rows}
      columns={columns}
      rowKey={(r) => r.id}
      loading={result.loading}
      errorMessage={result.errorMessage}
      onRetry={result.retry}
      emptyMessage="No departments match these filters."
      csvFileName="experience-share-heatmap"
      chartSummary={`Heatmap of ${heatmap.rows.length} departments over ${heatmap.columns.length} periods; ${below} department-periods are under 75% of their target.`}
    >
      <CoverageHeatmap heatmap={heatmap} />
    </ChartCard>
  );
}
