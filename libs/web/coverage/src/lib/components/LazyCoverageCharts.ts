import { lazy } from 'react';

// Recharts is the heaviest dependency of the dashboard: the Coverage charts load in chunks of
// their own when the screen first needs them, never in the entry chunk.
const loadShare = () => import('./DepartmentShareChart');
const loadTrend = () => import('./CoverageTrendChart');
const loadPmoFill = () => import('./PmoFillChart');
const loadFunnel = () => import('./RequestFunnelChart');

/** Starts fetching the charts' code while their data is still loading. */
export function preloadCoverageCharts(): void {
  for (const load of [loadShare, loadTrend, loadPmoFill, loadFunnel]) load().catch(() => undefined);
}

export const LazyDepartmentShareChart = lazy(() =>
  loadShare().then((m) => ({ default: m.DepartmentShareChart })),
);
export const LazyCoverageTrendChart = lazy(() =>
  loadTrend().then((m) => ({ default: m.CoverageTrendChart })),
);
export const LazyPmoFillChart = lazy(() =>
  loadPmoFill().then((m) => ({ default: m.PmoFillChart })),
);
export const LazyRequestFunnelChart = lazy(() =>
  loadFunnel().then((m) => ({ default: m.RequestFunnelChart })),
);
