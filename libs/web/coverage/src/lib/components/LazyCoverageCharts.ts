import { lazy, memo } from 'react';

// Recharts is the heaviest dependency of the dashboard: the Coverage charts load in chunks of
// their own when the screen first needs them, never in the entry chunk. Each is memoised: a
// filter change re-renders the whole screen at once, and a chart whose rows have not changed
// (yet) would otherwise be drawn again for nothing — ~80 ms for the five at `large`.
const loadShare = () => import('./DepartmentShareChart');
const loadTrend = () => import('./CoverageTrendChart');
const loadPmoFill = () => import('./PmoFillChart');
const loadFunnel = () => import('./RequestFunnelChart');

/** Starts fetching the charts' code while their data is still loading. */
export function preloadCoverageCharts(): void {
  for (const load of [loadShare, loadTrend, loadPmoFill, loadFunnel]) load().catch(() => undefined);
}

export const LazyDepartmentShareChart = lazy(() =>
  loadShare().then((m) => ({ default: memo(m.DepartmentShareChart) })),
);
export const LazyCoverageTrendChart = lazy(() =>
  loadTrend().then((m) => ({ default: memo(m.CoverageTrendChart) })),
);
export const LazyPmoFillChart = lazy(() =>
  loadPmoFill().then((m) => ({ default: memo(m.PmoFillChart) })),
);
export const LazyRequestFunnelChart = lazy(() =>
  loadFunnel().then((m) => ({ default: memo(m.RequestFunnelChart) })),
);
