import { COVERAGE_FIXTURE } from '../testing/coverageFixture';
import { todayBucketLabel, toCoverageTrendRows } from './toCoverageTrendRows';

describe('toCoverageTrendRows', () => {
  const rows = toCoverageTrendRows(COVERAGE_FIXTURE.series);

  it('orders the buckets by date, marks the forecast ones and keeps eligible for every bucket', () => {
    expect(
      rows.map((r) => [r.label, r.forecast, r.headcount, r.onRotation, r.alumni, r.eligible]),
    ).toEqual([
      ['2026-Q2', false, 30, 3, 3, 9],
      ['2026-Q3', false, 32, 4, 4, 10],
      ['2026-Q4', true, 30, 6, 3, 11],
      ['2027-Q1', true, 30, 4, 6, 12],
    ]);
  });

  it('draws actuals and forecast as two lines that meet at the last actual bucket', () => {
    expect(rows.map((r) => [r.actualExperience, r.forecastExperience])).toEqual([
      [0.2, null],
      [0.25, 0.25],
      [null, 0.3],
      [null, 1 / 3],
    ]);
    expect(rows.map((r) => [r.actualAway, r.forecastAway])).toEqual([
      [0.1, null],
      [0.125, 0.125],
      [null, 0.2],
      [null, 4 / 30],
    ]);
  });

  it('puts "today" in the first forecast bucket', () => {
    expect(todayBucketLabel(rows)).toBe('2026-Q4');
  });

  it('has no bridge and no today when everything is past, or everything is future', () => {
    const past = toCoverageTrendRows(COVERAGE_FIXTURE.series.filter((p) => !p.forecast));
    expect(past.every((r) => r.forecastExperience === null)).toBe(true);
    expect(todayBucketLabel(past)).toBeUndefined();
    const future = toCoverageTrendRows(COVERAGE_FIXTURE.series.filter((p) => p.forecast));
    expect(future.every((r) => r.actualExperience === null)).toBe(true);
    expect(todayBucketLabel(future)).toBe('2026-Q4');
  });

  it('is empty for no buckets', () => {
    expect(toCoverageTrendRows([])).toEqual([]);
  });
});
