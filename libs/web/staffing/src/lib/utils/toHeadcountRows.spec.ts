import type { DepartmentHeadcount } from '@stint/web-data-access';
import { toHeadcountRows } from './toHeadcountRows';

function department(overrides: Partial<DepartmentHeadcount> & { id: string }): DepartmentHeadcount {
  return {
    __typename: 'Department',
    code: overrides.id.toUpperCase(),
    name: `Department ${overrides.id}`,
    headcount: 0,
    ...overrides,
  };
}

describe('toHeadcountRows', () => {
  it('is empty for no departments', () => {
    expect(toHeadcountRows([])).toEqual([]);
  });

  it('sorts by headcount, largest first, and keeps only what the chart needs', () => {
    const rows = toHeadcountRows([
      department({ id: 'fin', name: 'Finance', headcount: 12 }),
      department({ id: 'it', name: 'IT', headcount: 40 }),
      department({ id: 'hr', name: 'Human Resources', headcount: 5 }),
    ]);
    expect(rows).toEqual([
      { id: 'it', code: 'IT', name: 'IT', headcount: 40 },
      { id: 'fin', code: 'FIN', name: 'Finance', headcount: 12 },
      { id: 'hr', code: 'HR', name: 'Human Resources', headcount: 5 },
    ]);
  });

  it('orders ties alphabetically, ignoring case, with numbers in numeric order', () => {
    const rows = toHeadcountRows([
      department({ id: 'a', name: 'region 10', headcount: 3 }),
      department({ id: 'b', name: 'Region 2', headcount: 3 }),
      department({ id: 'c', name: 'audit', headcount: 3 }),
    ]);
    expect(rows.map((r) => r.name)).toEqual(['audit', 'Region 2', 'region 10']);
  });

  it('keeps departments with nobody employed, at the end', () => {
    const rows = toHeadcountRows([
      department({ id: 'x', name: 'Closed', headcount: 0 }),
      department({ id: 'y', name: 'Open', headcount: 1 }),
    ]);
    expect(rows.map((r) => [r.name, r.headcount])).toEqual([
      ['Open', 1],
      ['Closed', 0],
    ]);
  });

  it('does not change its input', () => {
    const input = [department({ id: 'a', headcount: 1 }), department({ id: 'b', headcount: 2 })];
    const before = JSON.stringify(input);
    toHeadcountRows(input);
    expect(JSON.stringify(input)).toBe(before);
  });
});
