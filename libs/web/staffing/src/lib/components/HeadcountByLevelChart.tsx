import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  Tooltip,
  XAxis,
  YAxis,
  type YAxisTickContentProps,
} from 'recharts';
import { CAREER_LEVEL_LABELS, CAREER_LEVELS } from '@stint/domain';
import type { LevelHeadcountRow } from '../utils/toLevelHeadcountRows';

export interface HeadcountByLevelChartProps {
  rows: readonly LevelHeadcountRow[];
  animate?: boolean;
  width?: number;
}

// Junior to senior, light to dark, each at least 3:1 against white.
const LEVEL_COLOURS = ['#5b8def', '#1f4fbf', '#173c93', '#7a4fbf', '#4b2c80'];
const SLOT = 28;
const CHROME = 96;
const MAX_LABEL = 28;

const shortLabel = (name: string) =>
  name.length > MAX_LABEL ? `${name.slice(0, MAX_LABEL - 1)}…` : name;

function renderTick({ x, y, payload }: YAxisTickContentProps) {
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

/**
 * Stacked horizontal bars: one per department, a segment per career level, the total printed
 * at the end. Segments carry no labels of their own (small ones would collide); the tooltip
 * and the data table give each number.
 */
export function HeadcountByLevelChart({
  rows,
  animate = false,
  width,
}: HeadcountByLevelChartProps) {
  const height = Math.max(160, rows.length * SLOT + CHROME);
  const size = width ? { width, height } : { responsive: true, style: { width: '100%', height } };
  const longest = rows.reduce((max, r) => Math.max(max, shortLabel(r.name).length), 0);
  return (
    <BarChart
      {...size}
      data={[...rows]}
      layout="vertical"
      margin={{ top: 8, right: 48, bottom: 8, left: 8 }}
      accessibilityLayer={false}
    >
      <CartesianGrid horizontal={false} stroke="#d9dde3" />
      <XAxis
        type="number"
        allowDecimals={false}
        orientation="top"
        stroke="#4a5361"
        minTickGap={16}
      />
      <YAxis
        type="category"
        dataKey="name"
        width={Math.min(240, Math.max(64, Math.ceil(longest * 7.5) + 16))}
        interval={0}
        tick={renderTick}
        stroke="#4a5361"
      />
      <Tooltip cursor={{ fill: '#e6edfb' }} />
      <Legend
        verticalAlign="top"
        formatter={(value) => <span style={{ color: '#1b1f24' }}>{value}</span>}
      />
      {CAREER_LEVELS.map((level, index) => (
        <Bar
          key={level}
          dataKey={level}
          name={CAREER_LEVEL_LABELS[level]}
          stackId="levels"
          fill={LEVEL_COLOURS[index]}
          isAnimationActive={animate}
        >
          {index === CAREER_LEVELS.length - 1 && (
            <LabelList dataKey="total" position="right" fill="#1b1f24" fontSize={12} />
          )}
        </Bar>
      ))}
    </BarChart>
  );
}
