import {
  defaultCoverageFilters,
  parseCoverageFilters,
  periodProblem,
  toFilterParams,
} from './coverageFilters';

const TODAY = '2026-11-25';
const params = (query: string) => new URLSearchParams(query);

describe('coverage filters in the URL', () => {
  it('defaults to 24 months back, 12 ahead, by quarter, every department', () => {
    expect(defaultCoverageFilters(TODAY)).toEqual({
      from: '2024-11-25',
      to: '2027-11-25',
      granularity: 'QUARTER',
      departmentIds: [],
    });
    expect(parseCoverageFilters(params(''), TODAY)).toEqual(defaultCoverageFilters(TODAY));
  });

  it('reads every filter from the address', () => {
    expect(
      parseCoverageFilters(
        params('from=2025-01-01&to=2025-12-31&granularity=month&departments=d-1,d-2,d-1'),
        TODAY,
      ),
    ).toEqual({
      from: '2025-01-01',
      to: '2025-12-31',
      granularity: 'MONTH',
      departmentIds: ['d-1', 'd-2'],
    });
  });

  it('falls back for unusable values instead of sending them to the API', () => {
    const filters = parseCoverageFilters(
      params('from=2025-02-30&to=soon&granularity=week&departments=,'),
      TODAY,
    );
    expect(filters).toEqual(defaultCoverageFilters(TODAY));
  });

  it('rejects an upside-down or over-long period as a whole', () => {
    expect(parseCoverageFilters(params('from=2026-01-01&to=2025-01-01'), TODAY).from).toBe(
      '2024-11-25',
    );
    expect(parseCoverageFilters(params('from=2000-01-01&to=2015-01-02'), TODAY).to).toBe(
      '2027-11-25',
    );
    expect(parseCoverageFilters(params('from=2000-01-01&to=2015-01-01'), TODAY).to).toBe(
      '2015-01-01',
    );
  });

  it('writes every value so a copied link reproduces the view, and reads it back', () => {
    const filters = {
      from: '2025-01-01',
      to: '2026-06-30',
      granularity: 'MONTH' as const,
      departmentIds: ['d-2', 'd-9'],
    };
    const written = toFilterParams(filters);
    expect(written.toString()).toBe(
      'from=2025-01-01&to=2026-06-30&granularity=month&departments=d-2%2Cd-9',
    );
    expect(parseCoverageFilters(written, '2030-01-01')).toEqual(filters);
  });

  it('leaves departments out of the address when all are shown', () => {
    expect(toFilterParams(defaultCoverageFilters(TODAY)).has('departments')).toBe(false);
  });

  it('explains a period it cannot use', () => {
    expect(periodProblem('2025-01-01', '2025-12-31')).toBeUndefined();
    expect(periodProblem('', '2025-12-31')).toBe('Enter the first day of the period as a date.');
    expect(periodProblem('2025-01-01', '2024-12-31')).toBe(
      'The period must end on or after the day it starts.',
    );
    expect(periodProblem('2000-01-01', '2016-01-01')).toBe(
      'The period can be at most 15 years long.',
    );
  });
});
