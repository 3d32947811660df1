import { CHART_FIRST_ROWS, type ChartFirstRows } from '../hooks/useChartFirstRows';

/** "Chart all 200 departments" / "Chart the first 25": nothing when every row is drawn anyway. */
export function ChartRowsToggle({
  first,
  total,
  noun,
}: {
  first: ChartFirstRows<unknown>;
  total: number;
  noun: string;
}) {
  if (!first.limited) return null;
  return (
    <button type="button" className="button button--secondary" onClick={first.toggle}>
      {first.all
        ? `Chart the first ${CHART_FIRST_ROWS}`
        : `Chart all ${total.toLocaleString('en')} ${noun}`}
    </button>
  );
}
