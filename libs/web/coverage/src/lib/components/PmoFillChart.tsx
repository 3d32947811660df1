import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { PmoFillRow } from '../utils/toPmoFillRows';
import {
  AXIS_COLOUR,
  formatAxisPercent,
  formatValuePercent,
  GRID_COLOUR,
  labelWidth,
  MIN_HEIGHT,
  renderCategoryTick,
} from './chartText';

export interface PmoFillChartProps {
  rows: readonly PmoFillRow[];
  animate?: boolean;
  width?: number;
}

const SLOT = 36;
const CHROME = 80;

/**
 * Seat fill per PMO: the period so far (solid) and the forecast from planned rotations (pale,
 * outlined), side by side. Horizontal, growing downwards like the department charts.
 */
export function PmoFillChart({ rows, animate = false, width }: PmoFillChartProps) {
  const height = Math.max(MIN_HEIGHT, rows.length * SLOT + CHROME);
  const size = width ? { width, height } : { responsive: true, style: { width: '100%', height } };
  return (
    <BarChart
      {...size}
      data={[...rows]}
      layout="vertical"
      margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
      accessibilityLayer={false}
    >
      <CartesianGrid horizontal={false} stroke={GRID_COLOUR} />
      <XAxis
        type="number"
        domain={[0, 1]}
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
      <Legend
        verticalAlign="top"
        formatter={(value) => <span style={{ color: '#1b1f24' }}>{value}</span>}
      />
      <Bar
        dataKey="actualFill"
        name="Fill to date"
        fill="#1f4fbf"
        barSize={10}
        isAnimationActive={animate}
      />
      <Bar
        dataKey="forecastFill"
        name="Forecast fill"
        fill="#c9d6f5"
        stroke="#1f4fbf"
        strokeDasharray="3 2"
        barSize={10}
        isAnimationActive={animate}
      />
    </BarChart>
  );
}
