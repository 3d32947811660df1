import { DomainError } from '@stint/api-core';
import { checkRows, readHeader } from './people-import.rows';

const HEADER = [
  'Employee_Number',
  'full_name',
  'EMAIL',
  'department_code',
  'career_level',
  'pm_since',
  'hired_on',
  'on_leave',
];
const departments = new Map([['FIN', 'dept-fin']]);
const row = (line: number, over: Partial<Record<string, string>> = {}) => ({
  line,
  fields: [
    over['employee_number'] ?? `E${line}`,
    over['full_name'] ?? `Person ${line}`,
    over['email'] ?? `p${line}@example.test`,
    over['department_code'] ?? 'fin',
    over['career_level'] ?? 'project_manager',
    over['pm_since'] ?? '2020-01-01',
    over['hired_on'] ?? '2019-01-01',
    over['on_leave'] ?? 'yes',
  ],
});

function badInputFields(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error instanceof DomainError ? error.details.fields : error;
  }
  return undefined;
}

describe('people import rows', () => {
  it('reads a header in any order and case, and refuses missing, doubled or unknown columns naming csv', () => {
    expect(readHeader({ line: 1, fields: HEADER }).positions).toMatchObject({
      employee_number: 0,
      email: 2,
      on_leave: 7,
    });
    expect(badInputFields(() => readHeader({ line: 1, fields: HEADER.slice(1) }))).toEqual([
      { field: 'csv', message: 'The header is missing required column(s): employee_number' },
    ]);
    expect(badInputFields(() => readHeader({ line: 1, fields: [...HEADER, 'email'] }))).toEqual([
      { field: 'csv', message: 'The header names column email twice' },
    ]);
    expect(badInputFields(() => readHeader({ line: 1, fields: [...HEADER, 'left_date'] }))).toEqual(
      [
        expect.objectContaining({
          field: 'csv',
          message: expect.stringContaining('unknown column(s): left_date'),
        }),
      ],
    );
  });

  it('accepts levels in any case and yes/no flags; maps department codes', () => {
    const { rows, errors } = checkRows(
      [row(2)],
      readHeader({ line: 1, fields: HEADER }),
      departments,
    );
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({
      careerLevel: 'PROJECT_MANAGER',
      onLeave: true,
      departmentId: 'dept-fin',
      leftOn: null,
    });
  });

  it('names line and column of every problem, including duplicates inside the file', () => {
    const header = readHeader({ line: 1, fields: HEADER });
    const { rows, errors, failed } = checkRows(
      [
        row(2),
        row(3, { employee_number: 'E2', email: 'P2@example.test' }),
        row(4, {
          department_code: 'NOPE',
          pm_since: '2020-02-30',
          career_level: 'boss',
          on_leave: 'maybe',
        }),
        { line: 5, fields: ['E5', 'short'] },
      ],
      header,
      departments,
    );
    expect(rows.map((r) => r.line)).toEqual([2]);
    expect(errors.map((e) => [e.line, e.column])).toEqual([
      [3, 'employee_number'],
      [3, 'email'],
      [4, 'department_code'],
      [4, 'career_level'],
      [4, 'pm_since'],
      [4, 'on_leave'],
      [5, null],
    ]);
    expect(errors[0].message).toBe('Employee number E2 is already on line 2');
    expect([...failed.keys()]).toEqual([3, 4, 5]);
  });

  it('reads an optional effective_on per row: empty is today, a date between hire and today, nothing else', () => {
    const header = readHeader({ line: 1, fields: [...HEADER, 'Effective_On'] });
    const withDate = (line: number, date: string) => ({
      line,
      fields: [...row(line).fields, date],
    });
    const { rows, errors } = checkRows(
      [
        withDate(2, ''),
        withDate(3, '2025-06-30'),
        withDate(4, '2019-01-01'),
        withDate(5, '2018-12-31'),
        withDate(6, '2025-07-01'),
        withDate(7, '1 July'),
      ],
      header,
      departments,
      '2025-06-30',
    );
    expect(rows.map((r) => [r.line, r.effectiveOn])).toEqual([
      [2, null],
      [3, '2025-06-30'],
      [4, '2019-01-01'],
    ]);
    expect(errors).toEqual([
      {
        line: 5,
        column: 'effective_on',
        message: 'effective_on (2018-12-31) is before the person was hired (2019-01-01)',
      },
      {
        line: 6,
        column: 'effective_on',
        message:
          'effective_on (2025-07-01) is in the future; record a change on or before today (2025-06-30)',
      },
      {
        line: 7,
        column: 'effective_on',
        message: 'effective_on must be empty or a real date written YYYY-MM-DD (got "1 July")',
      },
    ]);
  });
});
