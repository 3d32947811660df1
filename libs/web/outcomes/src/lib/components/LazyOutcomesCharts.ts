import { lazy } from 'react';

// Recharts stays out of the entry chunk: each chart loads when the screen first needs it.
const loadGoals = () => import('./OutcomesGoalsChart');
const loadCurve = () => import('./OutcomesPromotionCurveChart');
const loadRetention = () => import('./OutcomesRetentionChart');

export function preloadOutcomesCharts(): void {
  loadGoals().catch(() => undefined);
  loadCurve().catch(() => undefined);
  loadRetention().catch(() => undefined);
}

export const LazyOutcomesGoalsChart = lazy(() =>
  loadGoals().then((m) => ({ default: m.OutcomesGoalsChart })),
);
export const LazyOutcomesPromotionCurveChart = lazy(() =>
  loadCurve().then((m) => ({ default: m.OutcomesPromotionCurveChart })),
);
export const LazyOutcomesRetentionChart = lazy(() =>
  loadRetention().then((m) => ({ default: m.OutcomesRetentionChart })),
);
