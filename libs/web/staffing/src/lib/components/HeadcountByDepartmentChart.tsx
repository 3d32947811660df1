import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Tooltip,
  XAxis,
  YAxis,
  type YAxisTickContentProps,
} from 'recharts';
import type { HeadcountRow } from '../utils/toHeadcountRows';

export interface HeadcountByDepartmentChartProps {
  rows: readonly HeadcountRow[];
  animate?: boolean;
  /** Fixed width in pixels (tests, exports); fills its container otherwise. */
  width?: number;
}

// Horizontal bars: department names read left to right whatever their length or number, and
// the chart grows downwards (its card scrolls) instead of squeezing labels together.
const BAR_SLOT = 28;
const CHROME = 48;
const MIN_HEIGHT = 160;
const MAX_LABEL = 28;

function shortLabel(name: string): string {
  return name.length > MAX_LABEL ? `${name.slice(0, MAX_LABEL - 1)}…` : name;
}

/** Room for the longest (shortened) name at ~7.5px a 13px character, within sensible bounds. */
function labelWidth(rows: readonly HeadcountRow[]): number {
  const longest = rows.reduce((max, row) => Math.max(max, shortLabel(row.name).length), 0);
  return Math.min(240, Math.max(64, Math.ceil(longest * 7.5) + 16));
}

// One line per label, always: Recharts' own tick text wraps long names onto a second line that
// collides with the next bar. The full name is in the tooltip and the data table.
function renderDepartmentTick({ x, y, payload }: YAxisTickContentProps) {
  return (
    <text
      x={x}
      y={y}
      dy="0.355em"
      textAnchor="end"
      fill="#4a5361"
      className="recharts-cartesian-axis-tick-value"
    >
      {shortLabel(String(payload.value))}
    </text>
  );
}

/** Headcount per department, largest first. Fed plain rows; knows nothing about GraphQL. */
export function HeadcountByDepartmentChart({
  rows,
  animate = false,
  width,
}: HeadcountByDepartmentChartProps) {
  const height = Math.max(MIN_HEIGHT, rows.length * BAR_SLOT + CHROME);
  const size = width ? { width, height } : { responsive: true, style: { width: '100%', height } };

  return (
    <BarChart
      {...size}
      data={[...rows]}
      layout="vertical"
      margin={{ top: 8, right: 40, bottom: 8, left: 8 }}
      accessibilityLayer={false}
    >
      <CartesianGrid horizontal={false} stroke="#d9dde3" />
      <XAxis type="number" allowDecimals={false} orientation="top" stroke="#4a5361" />
      <YAxis
        type="category"
        dataKey="name"
        width={labelWidth(rows)}
        interval={0}
        tick={renderDepartmentTick}
        stroke="#4a5361"
      />
      <Tooltip cursor={{ fill: '#e6edfb' }} formatter={(value) => [value, 'People employed']} />
      <Bar dataKey="headcount" fill="var(--color-chart-bar, #1f4fbf)" isAnimationActive={animate}>
        <LabelList dataKey="headcount" position="right" fill="#1b1f24" fontSize={12} />
      </Bar>
    </BarChart>
  );
}
