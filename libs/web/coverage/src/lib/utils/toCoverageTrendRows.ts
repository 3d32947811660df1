import type { CoverageSeriesPoint } from './coverageTypes';

/** One bucket of "coverage over time" (organisation series). */
export interface CoverageTrendRow {
  label: string;
  date: string;
  /** After asOf: counts planned rotations, so it is a forecast and drawn differently. */
  forecast: boolean;
  headcount: number;
  onRotation: number;
  alumni: number;
  /** People who could start a rotation of the policy's minimum length on the bucket's last day. */
  eligible: number;
  experienceShare: number;
  awayShare: number;
  /** Drawing only: the actual line's value (null in forecast buckets). */
  actualExperience: number | null;
  /** Drawing only: the forecast line's value; the last actual bucket too, so the lines join. */
  forecastExperience: number | null;
  actualAway: number | null;
  forecastAway: number | null;
}

/**
 * The organisation series as chart rows, in date order, marking which buckets are forecast. The
 * API marks them (`forecast`: date > asOf); the transform trusts that flag and only adds the
 * values the two line styles need.
 */
export function toCoverageTrendRows(series: readonly CoverageSeriesPoint[]): CoverageTrendRow[] {
  const points = [...series].sort((a, b) => a.date.localeCompare(b.date));
  const firstForecast = points.findIndex((p) => p.forecast);
  return points.map((p, index) => {
    const bridge = firstForecast > 0 && index === firstForecast - 1;
    return {
      label: p.label,
      date: p.date,
      forecast: p.forecast,
      headcount: p.headcount,
      onRotation: p.onRotation,
      alumni: p.alumni,
      eligible: p.eligible,
      experienceShare: p.experienceShare,
      awayShare: p.awayShare,
      actualExperience: p.forecast ? null : p.experienceShare,
      forecastExperience: p.forecast || bridge ? p.experienceShare : null,
      actualAway: p.forecast ? null : p.awayShare,
      forecastAway: p.forecast || bridge ? p.awayShare : null,
    };
  });
}

/** The bucket "today" falls in: the first forecast bucket (its last day is after asOf). */
export function todayBucketLabel(rows: readonly CoverageTrendRow[]): string | undefined {
  return rows.find((row) => row.forecast)?.label;
}
