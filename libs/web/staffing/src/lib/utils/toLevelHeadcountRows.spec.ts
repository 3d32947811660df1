import type { HeadcountCell } from './staffingTypes';
import { toLevelHeadcountRows } from './toLevelHeadcountRows';

const cell = (
  departmentId: string,
  careerLevel: HeadcountCell['careerLevel'],
  headcount: number,
): HeadcountCell => ({
  departmentId,
  code: departmentId.toUpperCase(),
  name: `Dept ${departmentId}`,
  careerLevel,
  headcount,
});

describe('toLevelHeadcountRows', () => {
  const cells = [
    cell('a', 'PROJECT_MANAGER', 4),
    cell('a', 'SENIOR_PROJECT_MANAGER', 2),
    cell('b', 'PROJECT_COORDINATOR', 10),
    cell('c', 'PROGRAM_MANAGER', 1),
    cell('d', 'PORTFOLIO_MANAGER', 1),
    cell('e', 'PROJECT_MANAGER', 3),
  ];

  it('makes one row per department with every level, largest first', () => {
    const rows = toLevelHeadcountRows(cells);
    expect(rows.map((r) => [r.name, r.total])).toEqual([
      ['Dept b', 10],
      ['Dept a', 6],
      ['Dept e', 3],
      ['Dept c', 1],
      ['Dept d', 1],
    ]);
    expect(rows[1]).toEqual({
      id: 'a',
      code: 'A',
      name: 'Dept a',
      total: 6,
      PROJECT_COORDINATOR: 0,
      PROJECT_MANAGER: 4,
      SENIOR_PROJECT_MANAGER: 2,
      PROGRAM_MANAGER: 0,
      PORTFOLIO_MANAGER: 0,
    });
  });

  it('is empty when nobody is employed', () => {
    expect(toLevelHeadcountRows([])).toEqual([]);
  });
});
