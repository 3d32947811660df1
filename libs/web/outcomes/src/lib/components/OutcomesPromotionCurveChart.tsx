import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { CurveRow } from '../utils/toOutcomeRows';

const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 });

export interface OutcomesPromotionCurveChartProps {
  rows: readonly CurveRow[];
  animate?: boolean;
  width?: number;
}

/** Cumulative share promoted by months since return: alumni (solid) against comparison (dashed). */
export function OutcomesPromotionCurveChart({
  rows,
  animate = false,
  width,
}: OutcomesPromotionCurveChartProps) {
  const height = 300;
  const size = width ? { width, height } : { responsive: true, style: { width: '100%', height } };
  const data = rows.map((r) => ({
    months: r.months,
    alumni: r.alumni.value,
    comparison: r.comparison.value,
  }));
  return (
    <LineChart
      {...size}
      data={data}
      margin={{ top: 8, right: 24, bottom: 24, left: 8 }}
      accessibilityLayer={false}
    >
      <CartesianGrid stroke="#d9dde3" />
      <XAxis
        dataKey="months"
        stroke="#4a5361"
        label={{
          value: 'Months since return',
          position: 'insideBottom',
          offset: -12,
          fill: '#4a5361',
        }}
      />
      <YAxis
        domain={[0, 'auto']}
        tickFormatter={(v) => percent.format(Number(v))}
        stroke="#4a5361"
      />
      <Tooltip
        formatter={(value, name) => [percent.format(Number(value)), String(name)]}
        labelFormatter={(m) => `${String(m)} months`}
      />
      <Legend verticalAlign="top" />
      <Line
        type="stepAfter"
        dataKey="alumni"
        name="Alumni"
        stroke="#1f4fbf"
        strokeWidth={2}
        dot={false}
        isAnimationActive={animate}
      />
      <Line
        type="stepAfter"
        dataKey="comparison"
        name="Comparison group"
        stroke="#a4470f"
        strokeWidth={2}
        strokeDasharray="6 4"
        dot={false}
        isAnimationActive={animate}
      />
    </LineChart>
  );
}
