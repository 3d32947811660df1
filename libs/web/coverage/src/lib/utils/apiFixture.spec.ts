// The analytics API's hand-built fixture (@stint/domain/testing, shared with the API's fixture
// test: FIXTURE_SNAPSHOT, FIXTURE_QUARTERS, FIXTURE_PMO_FILL) shaped as the API answers it. The
// API's test proves the API gives exactly these numbers; this spec proves the web's pure
// transforms turn the same answer into these rows, the ones the charts draw. The expected rows
// below are worked by hand, not computed from the fixture.
import {
  FIXTURE_DEPARTMENTS,
  FIXTURE_PMO_FILL,
  FIXTURE_QUARTERS,
  FIXTURE_SNAPSHOT,
} from '@stint/domain/testing';
import type { CoverageData, CoverageSeriesPoint } from './coverageTypes';
import { todayBucketLabel, toCoverageTrendRows } from './toCoverageTrendRows';
import { toAwayShareRows } from './toAwayShareRows';
import { toExperienceShareRows } from './toExperienceShareRows';
import { toHeatmapCells } from './toHeatmapCells';
import { toKpiTiles } from './toKpiTiles';
import { toPmoFillRows, type PmoFill } from './toPmoFillRows';

type Counts = readonly [number, number, number] | readonly number[];

// [headcount, onRotation, alumni] per quarter → the API's CoveragePoint for each quarter.
function quarters(counts: readonly Counts[]): CoverageSeriesPoint[] {
  return counts.map(([headcount, onRotation, alumni], i) => ({
    label: FIXTURE_QUARTERS.labels[i],
    date: FIXTURE_QUARTERS.dates[i],
    forecast: FIXTURE_QUARTERS.forecast[i],
    headcount,
    onRotation,
    alumni,
    // The shared fixture counts eligible on asOf only; no transform checked here reads it per bucket.
    eligible: 0,
    experienceShare: headcount ? (onRotation + alumni) / headcount : 0,
    awayShare: headcount ? onRotation / headcount : 0,
  }));
}

const seriesByCode: Record<string, readonly Counts[]> = {
  FIN: FIXTURE_QUARTERS.FIN,
  OPS: FIXTURE_QUARTERS.OPS,
  LAB: FIXTURE_QUARTERS.LAB,
};

// coverage(filter: { from: "2026-10-01", to: "2027-06-30", granularity: QUARTER, asOf: "2027-02-15" }),
// departments ordered by name as the API orders them.
const RESPONSE: CoverageData = {
  asOf: FIXTURE_SNAPSHOT.asOf,
  granularity: 'QUARTER',
  totals: FIXTURE_SNAPSHOT.totals,
  series: quarters(FIXTURE_QUARTERS.organisation),
  departments: FIXTURE_SNAPSHOT.departments
    .map((d) => {
      const department = FIXTURE_DEPARTMENTS.find((x) => x.id === d.departmentId);
      if (!department) throw new Error(`No fixture department ${d.departmentId}`);
      const [headcount, onRotation, alumni] = d.counts;
      return {
        departmentId: d.departmentId,
        code: d.code,
        name: department.name,
        coverageTarget: department.coverageTarget,
        awayCap: department.awayCap,
        headcount,
        onRotation,
        alumni,
        eligible: d.eligible,
        experienceShare: d.experienceShare,
        awayShare: d.awayShare,
        series: quarters(seriesByCode[d.code]),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name)),
};

const PMO_FILL: PmoFill[] = FIXTURE_PMO_FILL.map((pmo) => ({
  pmoId: pmo.pmoId,
  name: pmo.name,
  scope: pmo.name.startsWith('Program') ? 'PROGRAM' : 'ENTERPRISE',
  seatCount: pmo.seatCount,
  points: FIXTURE_QUARTERS.labels.map((label, i) => ({
    label,
    date: FIXTURE_QUARTERS.dates[i],
    forecast: FIXTURE_QUARTERS.forecast[i],
    daysOpen: pmo.daysOpen[i],
    daysFilled: pmo.daysFilled[i],
    fill: pmo.daysOpen[i] ? pmo.daysFilled[i] / pmo.daysOpen[i] : 0,
  })),
}));

describe('the API fixture, as the charts draw it', () => {
  it('KPI tiles: 17 PMs, 2 away, 35.3% experienced against a 39.4% target', () => {
    // target = (0.5 × 8 + 0.3 × 3 + 0.3 × 6) / 17 = 6.7 / 17 = 0.394…
    expect(
      toKpiTiles(RESPONSE.totals, RESPONSE.departments).map((t) => [t.value, t.detail]),
    ).toEqual([
      ['17', '7 eligible to rotate'],
      ['2', '11.8% of PMs away'],
      ['35.3%', 'Target 39.4% (below)'],
      ['3', 'PMO seats without a rotation today'],
      ['2', 'Submitted, awaiting a decision'],
    ]);
  });

  it('experience share: Lab (0 of 30%) and Finance (25% of 50%) below target, Operations above', () => {
    expect(
      toExperienceShareRows(RESPONSE.departments).map((r) => [
        r.code,
        r.experienced,
        r.headcount,
        r.share,
        r.target,
      ]),
    ).toEqual([
      ['LAB', 0, 3, 0, 0.3],
      ['FIN', 2, 8, 0.25, 0.5],
      ['OPS', 4, 6, 4 / 6, 0.3],
    ]);
  });

  it('away share: Operations nearest its cap (1 of 6 against 20%), Lab with the most room', () => {
    expect(
      toAwayShareRows(RESPONSE.departments).map((r) => [r.code, r.onRotation, r.share, r.cap]),
    ).toEqual([
      ['OPS', 1, 1 / 6, 0.2],
      ['FIN', 1, 0.125, 0.3],
      ['LAB', 0, 0, 1],
    ]);
  });

  it('coverage over time: 2026-Q4 actual, 2027-Q1 and Q2 forecast, today in 2027-Q1', () => {
    const rows = toCoverageTrendRows(RESPONSE.series);
    expect(
      rows.map((r) => [
        r.label,
        r.forecast,
        r.headcount,
        r.onRotation,
        r.alumni,
        r.actualExperience,
        r.forecastExperience,
      ]),
    ).toEqual([
      ['2026-Q4', false, 17, 2, 4, 6 / 17, 6 / 17],
      ['2027-Q1', true, 16, 2, 4, null, 6 / 16],
      ['2027-Q2', true, 16, 2, 6, null, 8 / 16],
    ]);
    expect(todayBucketLabel(rows)).toBe('2027-Q1');
  });

  it('heatmap: each department-quarter against its own target', () => {
    const heatmap = toHeatmapCells(RESPONSE.departments);
    expect(heatmap.rows.map((r) => [r.code, r.cells.map((c) => c.level)])).toEqual([
      // 2/7 = 57% of 50% → below; 3/7 = 86% of it → near
      ['FIN', ['below', 'below', 'near']],
      // 0, 0, then Liam away from 15 May: 1/3 ≥ 30% → met
      ['LAB', ['far', 'far', 'met']],
      ['OPS', ['met', 'met', 'met']],
    ]);
    expect(heatmap.rows[0].cells.map((c) => c.share)).toEqual([2 / 7, 2 / 7, 3 / 7]);
  });

  it('PMO fill: Program PMO empty to date, Enterprise 184 of 460 days; forecasts apart', () => {
    expect(
      toPmoFillRows(PMO_FILL).map((r) => [
        r.name,
        r.daysOpen,
        r.daysFilled,
        r.actualFill,
        r.forecastFill,
      ]),
    ).toEqual([
      ['Program PMO', 92, 0, 0, 47 / 181],
      ['Enterprise PMO', 460, 184, 0.4, 332 / 724],
    ]);
  });
});
