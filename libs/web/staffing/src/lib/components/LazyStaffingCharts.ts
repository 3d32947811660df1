import { lazy } from 'react';

// Recharts stays out of the entry chunk: each chart loads when the screen first needs it.
const loadByLevel = () => import('./HeadcountByLevelChart');
const loadParticipation = () => import('./ParticipationByLevelChart');

export function preloadStaffingCharts(): void {
  loadByLevel().catch(() => undefined);
  loadParticipation().catch(() => undefined);
}

export const LazyHeadcountByLevelChart = lazy(() =>
  loadByLevel().then((m) => ({ default: m.HeadcountByLevelChart })),
);
export const LazyParticipationByLevelChart = lazy(() =>
  loadParticipation().then((m) => ({ default: m.ParticipationByLevelChart })),
);
