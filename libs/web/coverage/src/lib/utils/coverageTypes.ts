import type { CoverageDashboardQuery } from '@stint/web-data-access';

/** The `coverage` answer as the Coverage screen asks for it. */
export type CoverageData = CoverageDashboardQuery['coverage'];
export type CoverageTotals = CoverageData['totals'];
export type CoverageSeriesPoint = CoverageData['series'][number];
export type CoverageDepartment = CoverageData['departments'][number];
export type CoverageGranularity = CoverageData['granularity'];
