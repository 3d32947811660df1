import { lazy } from 'react';

// Recharts is the heaviest dependency of the dashboard; it loads in its own chunk when the
// first chart needs it, never in the entry chunk.
const load = () => import('./HeadcountByDepartmentChart');

/** Starts fetching the chart's code early, e.g. while its data is still loading. */
export function preloadHeadcountByDepartmentChart(): void {
  load().catch(() => undefined);
}

export const LazyHeadcountByDepartmentChart = lazy(() =>
  load().then((module) => ({ default: module.HeadcountByDepartmentChart })),
);
