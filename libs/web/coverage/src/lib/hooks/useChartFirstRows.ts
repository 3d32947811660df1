import { useCallback, useMemo, useState } from 'react';

/**
 * Bars a long Coverage chart draws until asked for all: its rows come most pressing first
 * (furthest below target, least room under the cap, emptiest PMO), and the data table and CSV
 * always hold every row. At `large` the charts had 200 and 300 bars in scrolling boxes, ~2,500
 * elements each, which Recharts drew again on every filter.
 */
export const CHART_FIRST_ROWS = 25;

export interface ChartFirstRows<Row> {
  /** The rows the chart draws. */
  shown: readonly Row[];
  /** There are more rows than the chart draws by default. */
  limited: boolean;
  /** The person asked for every row. */
  all: boolean;
  toggle: () => void;
}

export function useChartFirstRows<Row>(rows: readonly Row[]): ChartFirstRows<Row> {
  const [all, setAll] = useState(false);
  const limited = rows.length > CHART_FIRST_ROWS;
  const shown = useMemo(
    () => (limited && !all ? rows.slice(0, CHART_FIRST_ROWS) : rows),
    [rows, limited, all],
  );
  const toggle = useCallback(() => setAll((current) => !current), []);
  return { shown, limited, all, toggle };
}

/** The chart summary's last sentence when the chart draws only the first rows. */
export function firstRowsNote(first: ChartFirstRows<unknown>, total: number, noun: string): string {
  return first.limited && !first.all
    ? ` The chart draws the first ${CHART_FIRST_ROWS}; the data table lists all ${total.toLocaleString('en')} ${noun}.`
    : '';
}
