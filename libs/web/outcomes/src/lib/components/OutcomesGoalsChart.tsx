import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import type { GoalRow } from '../utils/toOutcomeRows';

const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 });

export interface OutcomesGoalsChartProps {
  rows: readonly GoalRow[];
  animate?: boolean;
  width?: number;
}

/** Share of rotations aiming at each goal that recorded it achieved; suppressed goals get no bar. */
export function OutcomesGoalsChart({ rows, animate = false, width }: OutcomesGoalsChartProps) {
  const height = rows.length * 40 + 48;
  const size = width ? { width, height } : { responsive: true, style: { width: '100%', height } };
  const data = rows.map((r) => ({
    label: r.label,
    achieved: r.achieved.value,
    text: r.achieved.suppressed
      ? 'suppressed'
      : r.achieved.value === null
        ? ''
        : percent.format(r.achieved.value),
  }));
  return (
    <BarChart
      {...size}
      data={data}
      layout="vertical"
      margin={{ top: 8, right: 88, bottom: 8, left: 8 }}
      accessibilityLayer={false}
    >
      <CartesianGrid horizontal={false} stroke="#d9dde3" />
      <XAxis
        type="number"
        domain={[0, 1]}
        tickFormatter={(v) => percent.format(Number(v))}
        orientation="top"
        stroke="#4a5361"
      />
      <YAxis type="category" dataKey="label" width={200} interval={0} stroke="#4a5361" />
      <Tooltip formatter={(value) => [percent.format(Number(value)), 'Achieved']} />
      <Bar dataKey="achieved" fill="#1f4fbf" barSize={18} isAnimationActive={animate}>
        <LabelList dataKey="text" position="right" fill="#1b1f24" fontSize={12} />
      </Bar>
    </BarChart>
  );
}
