export interface ChartSkeletonProps {
  /** Bars to draw while loading; any few will do. */
  bars?: number;
}

/** A grey placeholder in the chart's place while its data loads. Decorative only. */
export function ChartSkeleton({ bars = 6 }: ChartSkeletonProps) {
  return (
    <div className="chart-skeleton" aria-hidden="true" data-testid="chart-skeleton">
      {Array.from({ length: bars }, (_, i) => (
        <span
          key={i}
          className="chart-skeleton__bar"
          style={{ width: `${90 - ((i * 37) % 60)}%` }}
        />
      ))}
    </div>
  );
}
