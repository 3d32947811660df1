import { COVERAGE_FIXTURE } from '../testing/coverageFixture';
import { organisationTarget, toKpiTiles } from './toKpiTiles';

describe('toKpiTiles', () => {
  it('weights the departments’ targets by their headcount', () => {
    // (0.3 × 10 + 0.4 × 20 + 0.25 × 0) / 30 = 11 / 30
    expect(organisationTarget(COVERAGE_FIXTURE.departments)).toBeCloseTo(11 / 30, 10);
    expect(organisationTarget([])).toBeUndefined();
  });

  it('turns the totals into the five tiles, in order', () => {
    const tiles = toKpiTiles(COVERAGE_FIXTURE.totals, COVERAGE_FIXTURE.departments);
    expect(tiles.map(({ label, value, detail }) => [label, value, detail])).toEqual([
      ['PMs', '30', '11 eligible to rotate'],
      ['On rotation now', '6', '20% of PMs away'],
      ['Experience share', '30%', 'Target 36.7% (below)'],
      ['Open seats', '2', 'PMO seats without a rotation today'],
      ['Pending requests', '4', 'Submitted, awaiting a decision'],
    ]);
    expect(tiles[2].belowTarget).toBe(true);
  });

  it('says when the target is met, and when there is none', () => {
    const met = toKpiTiles(
      { ...COVERAGE_FIXTURE.totals, experienceShare: 0.5 },
      COVERAGE_FIXTURE.departments,
    );
    expect(met[2].detail).toBe('Target 36.7% (met)');
    expect(met[2].belowTarget).toBe(false);
    expect(toKpiTiles(COVERAGE_FIXTURE.totals, [])[2].detail).toBe('No target: nobody is employed');
  });
});
