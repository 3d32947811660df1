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
import type { ParticipationRow } from '../utils/toParticipationRows';

export interface ParticipationByLevelChartProps {
  rows: readonly ParticipationRow[];
  animate?: boolean;
  width?: number;
}

const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 });
const percentFine = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });

// One line per label (Recharts' own ticks wrap "Senior Project Manager" onto two lines).
function renderLevelTick({ x, y, payload }: YAxisTickContentProps) {
  return (
    <text
      x={x}
      y={y}
      dy="0.355em"
      textAnchor="end"
      fill="#4a5361"
      className="recharts-cartesian-axis-tick-value"
    >
      {String(payload.value)}
    </text>
  );
}

/** Share of each career level with PMO experience (on rotation or back), junior first. */
export function ParticipationByLevelChart({
  rows,
  animate = false,
  width,
}: ParticipationByLevelChartProps) {
  const height = rows.length * 36 + 48;
  const size = width ? { width, height } : { responsive: true, style: { width: '100%', height } };
  return (
    <BarChart
      {...size}
      data={[...rows]}
      layout="vertical"
      margin={{ top: 8, right: 56, bottom: 8, left: 8 }}
      accessibilityLayer={false}
    >
      <CartesianGrid horizontal={false} stroke="#d9dde3" />
      <XAxis
        type="number"
        domain={[0, 1]}
        tickFormatter={(v) => percent.format(Number(v))}
        orientation="top"
        stroke="#4a5361"
        minTickGap={16}
      />
      <YAxis
        type="category"
        dataKey="label"
        width={184}
        interval={0}
        tick={renderLevelTick}
        stroke="#4a5361"
      />
      <Tooltip
        cursor={{ fill: '#e6edfb' }}
        formatter={(value) => [percentFine.format(Number(value)), 'Participation']}
      />
      <Bar dataKey="participation" fill="#1f4fbf" barSize={18} isAnimationActive={animate}>
        <LabelList
          dataKey="participation"
          position="right"
          fill="#1b1f24"
          fontSize={12}
          formatter={(v) => percentFine.format(Number(v))}
        />
      </Bar>
    </BarChart>
  );
}
