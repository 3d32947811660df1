import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import type { FunnelRow } from '../utils/toFunnelRows';
import { AXIS_COLOUR, GRID_COLOUR, renderCategoryTick } from './chartText';

export interface RequestFunnelChartProps {
  rows: readonly FunnelRow[];
  animate?: boolean;
  width?: number;
}

const count = new Intl.NumberFormat('en');

/** The funnel as horizontal bars: the steps in blue, the ways out in grey. */
export function RequestFunnelChart({ rows, animate = false, width }: RequestFunnelChartProps) {
  const height = rows.length * 36 + 48;
  const size = width ? { width, height } : { responsive: true, style: { width: '100%', height } };
  return (
    <BarChart
      {...size}
      data={[...rows]}
      layout="vertical"
      margin={{ top: 8, right: 48, bottom: 8, left: 8 }}
      accessibilityLayer={false}
    >
      <CartesianGrid horizontal={false} stroke={GRID_COLOUR} />
      <XAxis
        type="number"
        allowDecimals={false}
        orientation="top"
        stroke={AXIS_COLOUR}
        minTickGap={16}
      />
      <YAxis
        type="category"
        dataKey="stage"
        width={96}
        interval={0}
        tick={renderCategoryTick}
        stroke={AXIS_COLOUR}
      />
      <Tooltip
        cursor={{ fill: '#e6edfb' }}
        formatter={(value) => [count.format(Number(value)), 'Requests']}
      />
      <Bar dataKey="count" barSize={18} isAnimationActive={animate}>
        {rows.map((row) => (
          <Cell key={row.id} fill={row.kind === 'step' ? '#1f4fbf' : '#6b7280'} />
        ))}
        <LabelList dataKey="count" position="right" fill="#1b1f24" fontSize={12} />
      </Bar>
    </BarChart>
  );
}
