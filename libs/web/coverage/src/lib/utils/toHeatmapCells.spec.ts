import { COVERAGE_FIXTURE } from '../testing/coverageFixture';
import { heatLevel, toHeatmapCells } from './toHeatmapCells';

describe('heatLevel', () => {
  it.each([
    [0.3, 0.3, 10, 'met'],
    [0.5, 0.3, 10, 'met'],
    [0.225, 0.3, 10, 'near'],
    [0.15, 0.3, 10, 'below'],
    [0.149, 0.3, 10, 'far'],
    [0, 0.3, 10, 'far'],
    [0, 0.3, 0, 'none'],
    [0, 0, 10, 'met'],
  ] as const)('share %s against target %s with %s people is %s', (share, target, people, level) => {
    expect(heatLevel(share, target, people)).toBe(level);
  });
});

describe('toHeatmapCells', () => {
  const heatmap = toHeatmapCells(COVERAGE_FIXTURE.departments);

  it('has the buckets as columns in date order, forecast marked', () => {
    expect(heatmap.columns.map((c) => [c.label, c.forecast])).toEqual([
      ['2026-Q2', false],
      ['2026-Q3', false],
      ['2026-Q4', true],
      ['2027-Q1', true],
    ]);
  });

  it('has one row per department, each cell a share coloured against the department’s target', () => {
    expect(heatmap.rows.map((row) => [row.name, row.cells.map((c) => [c.share, c.level])])).toEqual(
      [
        [
          'Finance',
          [
            [0.1, 'far'],
            [0.2, 'below'],
            [0.3, 'met'],
            [0.4, 'met'],
          ],
        ],
        [
          'IT',
          [
            [0.25, 'below'],
            [0.3, 'near'],
            [0.3, 'near'],
            [0.15, 'far'],
          ],
        ],
        // Nobody employed in Q4, and no Q1 bucket at all: no share, not 0%.
        [
          'Legal',
          [
            [0.5, 'met'],
            [0, 'far'],
            [null, 'none'],
            [null, 'none'],
          ],
        ],
      ],
    );
  });

  it('is empty without departments', () => {
    expect(toHeatmapCells([])).toEqual({ columns: [], rows: [] });
  });
});
