import { Suspense, useMemo } from 'react';
import { ChartCard, ChartSkeleton, usePrefersReducedMotion, type ChartColumn } from '@stint/web-ui';
import type { OutcomesResult } from '../hooks/useOutcomes';
import {
  csvShare,
  formatShare,
  SUPPRESSED,
  toGoalRows,
  type GoalRow,
} from '../utils/toOutcomeRows';
import { LazyOutcomesGoalsChart } from './LazyOutcomesCharts';

const COLUMNS: readonly ChartColumn<GoalRow>[] = [
  { header: 'Development goal', value: (r) => r.label },
  {
    header: 'Rotations that aimed at it',
    value: (r) => r.aimed ?? SUPPRESSED,
    numeric: true,
  },
  {
    header: 'Recorded achieved (%)',
    value: (r) => csvShare(r.achieved),
    format: (r) => formatShare(r.achieved),
    numeric: true,
  },
];

/** Per development goal: rotations that aimed at it and the share that recorded it achieved. */
export function GoalsAchievedPanel({ result }: { result: OutcomesResult }) {
  const reducedMotion = usePrefersReducedMotion();
  const rows = useMemo(() => (result.data ? toGoalRows(result.data) : []), [result.data]);
  const empty = result.data !== undefined && result.data.alumni.observations === 0;
  return (
    <ChartCard
      title="Development goals achieved"
      description="Of the completed rotations that aimed at each goal and recorded an outcome, the share that recorded it achieved."
      rows={empty ? [] : rows}
      columns={COLUMNS}
      rowKey={(r) => r.goal}
      loading={result.loading}
      errorMessage={result.errorMessage}
      onRetry={result.retry}
      emptyMessage="No rotation was completed in this period."
      csvFileName="outcomes-goals-achieved"
      chartSummary={`Bar chart of goals achieved: ${rows.map((r) => `${r.label} ${formatShare(r.achieved)}`).join(', ')}.`}
    >
      <Suspense fallback={<ChartSkeleton />}>
        <LazyOutcomesGoalsChart rows={rows} animate={!reducedMotion} />
      </Suspense>
    </ChartCard>
  );
}
