import type { YAxisTickContentProps } from 'recharts';

// Shared by the Coverage charts: category labels are one line, always (Recharts' own ticks wrap
// long names onto a second line that collides with the next bar); the full name is in the
// tooltip and the data table.
const MAX_LABEL = 28;

export const AXIS_COLOUR = '#4a5361';
export const GRID_COLOUR = '#d9dde3';

export function shortLabel(name: string): string {
  return name.length > MAX_LABEL ? `${name.slice(0, MAX_LABEL - 1)}…` : name;
}

/** Room for the longest (shortened) label at ~7.5px a 13px character, within sensible bounds. */
export function labelWidth(names: readonly string[]): number {
  const longest = names.reduce((max, name) => Math.max(max, shortLabel(name).length), 0);
  return Math.min(240, Math.max(64, Math.ceil(longest * 7.5) + 16));
}

export function renderCategoryTick({ x, y, payload }: YAxisTickContentProps) {
  return (
    <text
      x={x}
      y={y}
      dy="0.355em"
      textAnchor="end"
      fill={AXIS_COLOUR}
      className="recharts-cartesian-axis-tick-value"
    >
      {shortLabel(String(payload.value))}
    </text>
  );
}

const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 });
const percentFine = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });

/** Axis ticks: whole percent. */
export const formatAxisPercent = (value: unknown) => percent.format(Number(value));
/** Value labels and tooltips: one decimal. */
export const formatValuePercent = (value: unknown) =>
  value === null || value === undefined ? '' : percentFine.format(Number(value));

/** Horizontal bar charts grow downwards by this much per category; the card scrolls. */
export const BAR_SLOT = 28;
export const MIN_HEIGHT = 160;
