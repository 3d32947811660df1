import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import {
  AXIS_COLOUR,
  BAR_SLOT,
  formatAxisPercent,
  formatValuePercent,
  GRID_COLOUR,
  labelWidth,
  MIN_HEIGHT,
  renderCategoryTick,
} from './chartText';

/** A department's share and the line it is measured against (its target, or its cap). */
export interface DepartmentShareDatum {
  id: string;
  name: string;
  share: number;
  reference: number;
}

export interface DepartmentShareChartProps {
  rows: readonly DepartmentShareDatum[];
  /** "Experience share" / "Away share". */
  shareName: string;
  /** "Target" / "Cap". */
  referenceName: string;
  colour: string;
  animate?: boolean;
  /** Fixed width in pixels (tests); fills its container otherwise. */
  width?: number;
}

const CHROME = 48;
const BAR_SIZE = 14;

interface MarkShape {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
}

// The reference is drawn as a bar of its own, stacked exactly on top of the share bar (a
// negative gap), of which only the end is painted: a dark tick where the target or cap sits.
function renderReferenceMark({ x = 0, y = 0, width = 0, height = 0 }: MarkShape) {
  const end = x + width;
  return (
    <line
      className="department-share-chart__mark"
      x1={end}
      x2={end}
      y1={y - 3}
      y2={y + height + 3}
      stroke="#1b1f24"
      strokeWidth={2}
    />
  );
}

/**
 * Horizontal bars of a share per department with a tick at its target or cap. Bars, not
 * columns: names read left to right at any length and number; the chart grows downwards and
 * its card scrolls, so 200 departments never squeeze their labels together.
 */
export function DepartmentShareChart({
  rows,
  shareName,
  referenceName,
  colour,
  animate = false,
  width,
}: DepartmentShareChartProps) {
  const height = Math.max(MIN_HEIGHT, rows.length * BAR_SLOT + CHROME);
  const size = width ? { width, height } : { responsive: true, style: { width: '100%', height } };
  const max = Math.min(1, Math.max(0.1, ...rows.map((r) => Math.max(r.share, r.reference))) * 1.15);

  return (
    <BarChart
      {...size}
      data={[...rows]}
      layout="vertical"
      margin={{ top: 8, right: 56, bottom: 8, left: 8 }}
      barGap={-BAR_SIZE}
      accessibilityLayer={false}
    >
      <CartesianGrid horizontal={false} stroke={GRID_COLOUR} />
      <XAxis
        type="number"
        domain={[0, max]}
        tickFormatter={formatAxisPercent}
        orientation="top"
        stroke={AXIS_COLOUR}
        minTickGap={16}
      />
      <YAxis
        type="category"
        dataKey="name"
        width={labelWidth(rows.map((r) => r.name))}
        interval={0}
        tick={renderCategoryTick}
        stroke={AXIS_COLOUR}
      />
      <Tooltip
        cursor={{ fill: '#e6edfb' }}
        formatter={(value, name) => [formatValuePercent(value), name]}
      />
      <Bar
        dataKey="share"
        name={shareName}
        fill={colour}
        barSize={BAR_SIZE}
        isAnimationActive={animate}
      >
        <LabelList
          dataKey="share"
          position="right"
          offset={8}
          fill="#1b1f24"
          fontSize={12}
          formatter={formatValuePercent}
        />
      </Bar>
      <Bar
        dataKey="reference"
        name={referenceName}
        fill="none"
        barSize={BAR_SIZE}
        shape={renderReferenceMark}
        isAnimationActive={false}
      />
    </BarChart>
  );
}
