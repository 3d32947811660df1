import { useEffect } from 'react';
import { todayIso } from '@stint/domain';
import { PageHeading } from '@stint/web-ui';
import { useCoverage } from '../hooks/useCoverage';
import { useCoverageFilters } from '../hooks/useCoverageFilters';
import { defaultCoverageFilters } from '../utils/coverageFilters';
import { AwaySharePanel } from './AwaySharePanel';
import { CoverageFiltersForm } from './CoverageFiltersForm';
import { CoverageHeatmapPanel } from './CoverageHeatmapPanel';
import { CoverageKpiTiles } from './CoverageKpiTiles';
import { CoverageTrendPanel } from './CoverageTrendPanel';
import { ExperienceSharePanel } from './ExperienceSharePanel';
import { preloadCoverageCharts } from './LazyCoverageCharts';
import { PmoFillPanel } from './PmoFillPanel';
import { RequestFunnelPanel } from './RequestFunnelPanel';

/**
 * Coverage (SPEC §4, §6): how well each department is covered by PMs with PMO experience.
 * Every signed-in role opens it; it shows organisation-level numbers only (no person is named),
 * which is all a PM may see. One `coverage` request feeds the tiles and four charts.
 */
export function CoveragePage() {
  const today = todayIso();
  const { filters, setFilters } = useCoverageFilters(today);
  const coverage = useCoverage(filters);

  // Fetch the chart code alongside the data instead of after it.
  useEffect(() => preloadCoverageCharts(), []);

  return (
    <>
      <PageHeading title="Coverage">
        How many PMs have PMO experience in each department, against its target, and how many are
        away, against its cap — from {filters.from} to {filters.to}.
      </PageHeading>
      <CoverageFiltersForm
        filters={filters}
        onApply={setFilters}
        onReset={() => setFilters(defaultCoverageFilters(today))}
      />
      <CoverageKpiTiles result={coverage} />
      <div className="coverage-grid">
        <CoverageTrendPanel result={coverage} />
        <ExperienceSharePanel result={coverage} />
        <AwaySharePanel result={coverage} />
        <CoverageHeatmapPanel result={coverage} />
        <PmoFillPanel filters={filters} />
        <RequestFunnelPanel filters={filters} />
      </div>
    </>
  );
}
