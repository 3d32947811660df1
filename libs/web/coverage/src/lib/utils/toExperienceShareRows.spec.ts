import { COVERAGE_FIXTURE } from '../testing/coverageFixture';
import { toExperienceShareRows } from './toExperienceShareRows';
import { toAwayShareRows } from './toAwayShareRows';

describe('toExperienceShareRows', () => {
  it('puts the department furthest below its target first', () => {
    const rows = toExperienceShareRows(COVERAGE_FIXTURE.departments);
    expect(rows.map((r) => [r.name, r.headcount, r.experienced, r.share, r.target])).toEqual([
      ['Legal', 0, 0, 0, 0.25],
      ['IT', 20, 6, 0.3, 0.4],
      ['Finance', 10, 3, 0.3, 0.3],
    ]);
    expect(rows[1].gap).toBeCloseTo(-0.1, 10);
    expect(rows[2].gap).toBe(0);
  });

  it('orders equal gaps by name', () => {
    const same = COVERAGE_FIXTURE.departments.map((d) => ({
      ...d,
      experienceShare: 0.1,
      coverageTarget: 0.2,
    }));
    expect(toExperienceShareRows(same).map((r) => r.name)).toEqual(['Finance', 'IT', 'Legal']);
  });
});

describe('toAwayShareRows', () => {
  it('puts the department over its cap first, then the least room', () => {
    const rows = toAwayShareRows(COVERAGE_FIXTURE.departments);
    expect(rows.map((r) => [r.name, r.onRotation, r.headcount, r.share, r.cap])).toEqual([
      ['IT', 5, 20, 0.25, 0.2],
      ['Finance', 1, 10, 0.1, 0.2],
      ['Legal', 0, 0, 0, 0.2],
    ]);
    expect(rows[0].room).toBeCloseTo(-0.05, 10);
  });
});
