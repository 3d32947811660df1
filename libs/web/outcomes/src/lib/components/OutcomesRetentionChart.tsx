import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { MeasureRow } from '../utils/toOutcomeRows';

const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 });

export interface OutcomesRetentionChartProps {
  rows: readonly MeasureRow[];
  animate?: boolean;
  width?: number;
}

const SHORT: Record<string, string> = {
  retained12: 'Employed at 12 months',
  inDelivery3: 'In delivery at 3 months',
};

/** Retention and "not stuck" side by side, alumni against comparison; suppressed bars are absent. */
export function OutcomesRetentionChart({
  rows,
  animate = false,
  width,
}: OutcomesRetentionChartProps) {
  const height = 280;
  const size = width ? { width, height } : { responsive: true, style: { width: '100%', height } };
  const data = rows
    .filter((r) => r.key in SHORT)
    .map((r) => ({ label: SHORT[r.key], alumni: r.alumni.value, comparison: r.comparison.value }));
  return (
    <BarChart
      {...size}
      data={data}
      margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
      accessibilityLayer={false}
    >
      <CartesianGrid vertical={false} stroke="#d9dde3" />
      <XAxis dataKey="label" stroke="#4a5361" interval={0} />
      <YAxis domain={[0, 1]} tickFormatter={(v) => percent.format(Number(v))} stroke="#4a5361" />
      <Tooltip formatter={(value, name) => [percent.format(Number(value)), String(name)]} />
      <Legend verticalAlign="top" />
      <Bar dataKey="alumni" name="Alumni" fill="#1f4fbf" isAnimationActive={animate} />
      <Bar
        dataKey="comparison"
        name="Comparison group"
        fill="#a4470f"
        isAnimationActive={animate}
      />
    </BarChart>
  );
}
