import {
  Area,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { CoverageTrendRow } from '../utils/toCoverageTrendRows';
import { AXIS_COLOUR, formatAxisPercent, formatValuePercent, GRID_COLOUR } from './chartText';

export interface CoverageTrendChartProps {
  rows: readonly CoverageTrendRow[];
  /** The bucket today falls in: a labelled reference line there. */
  todayLabel?: string;
  /** The organisation's coverage target, drawn as a horizontal line. */
  target?: number;
  animate?: boolean;
  width?: number;
  height?: number;
}

const EXPERIENCE = '#1f4fbf';
const AWAY = '#a13d00';

/**
 * Experience and away share over time. Actuals are solid with a filled area; the forecast (from
 * planned rotations) is dashed over a paler area, named "forecast" in the legend, and starts at
 * a "Today" line — so it reads as a forecast without colour too.
 */
export function CoverageTrendChart({
  rows,
  todayLabel,
  target,
  animate = false,
  width,
  height = 320,
}: CoverageTrendChartProps) {
  const size = width ? { width, height } : { responsive: true, style: { width: '100%', height } };
  return (
    <ComposedChart
      {...size}
      data={[...rows]}
      margin={{ top: 24, right: 24, bottom: 8, left: 8 }}
      accessibilityLayer={false}
    >
      <CartesianGrid vertical={false} stroke={GRID_COLOUR} />
      {/* Recharts drops ticks that would collide (the default interval), so long monthly
          periods thin their labels instead of overlapping them. */}
      <XAxis
        dataKey="label"
        stroke={AXIS_COLOUR}
        minTickGap={12}
        padding={{ left: 24, right: 24 }}
      />
      <YAxis
        domain={[0, 1]}
        tickFormatter={formatAxisPercent}
        stroke={AXIS_COLOUR}
        width={48}
        allowDataOverflow
      />
      <Tooltip formatter={(value, name) => [formatValuePercent(value), name]} />
      <Legend
        verticalAlign="bottom"
        iconType="plainline"
        formatter={(value) => <span style={{ color: '#1b1f24' }}>{value}</span>}
      />
      <Area
        type="linear"
        dataKey="actualExperience"
        name="Experience share (actual)"
        stroke={EXPERIENCE}
        strokeWidth={2}
        fill={EXPERIENCE}
        fillOpacity={0.18}
        connectNulls={false}
        isAnimationActive={animate}
      />
      <Area
        type="linear"
        dataKey="forecastExperience"
        name="Experience share (forecast)"
        stroke={EXPERIENCE}
        strokeWidth={2}
        strokeDasharray="6 4"
        fill={EXPERIENCE}
        fillOpacity={0.06}
        connectNulls={false}
        isAnimationActive={animate}
      />
      <Line
        type="linear"
        dataKey="actualAway"
        name="Away share (actual)"
        stroke={AWAY}
        strokeWidth={2}
        dot={false}
        isAnimationActive={animate}
      />
      <Line
        type="linear"
        dataKey="forecastAway"
        name="Away share (forecast)"
        stroke={AWAY}
        strokeWidth={2}
        strokeDasharray="6 4"
        dot={false}
        isAnimationActive={animate}
      />
      {target !== undefined && (
        <ReferenceLine
          y={target}
          stroke="#1b1f24"
          strokeDasharray="2 3"
          ifOverflow="extendDomain"
        />
      )}
      {todayLabel && (
        <ReferenceLine
          x={todayLabel}
          stroke="#1b1f24"
          label={{ value: 'Today', position: 'top', fill: '#1b1f24', fontSize: 12 }}
        />
      )}
    </ComposedChart>
  );
}
