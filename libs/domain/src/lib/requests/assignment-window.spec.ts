import { validateAssignmentWindow } from './assignment-window';

describe('validateAssignmentWindow', () => {
  it.each`
    case                         | startsOn        | endsOn          | fields
    ${'a year'}                  | ${'2026-09-01'} | ${'2027-08-31'} | ${[]}
    ${'a single day'}            | ${'2026-09-01'} | ${'2026-09-01'} | ${[]}
    ${'ending before it starts'} | ${'2026-09-01'} | ${'2026-08-31'} | ${['endsOn']}
    ${'an impossible start'}     | ${'2026-02-30'} | ${'2027-01-31'} | ${['startsOn']}
    ${'an impossible end'}       | ${'2026-09-01'} | ${'2027-13-01'} | ${['endsOn']}
    ${'neither a date'}          | ${'soon'}       | ${''}           | ${['startsOn', 'endsOn']}
  `('$case → problems on $fields', ({ startsOn, endsOn, fields }) => {
    expect(validateAssignmentWindow({ startsOn, endsOn }).map((p) => p.field)).toEqual(fields);
  });

  it('explains an end before the start', () => {
    expect(validateAssignmentWindow({ startsOn: '2026-09-01', endsOn: '2026-08-31' })).toEqual([
      { field: 'endsOn', message: 'Must be on or after the start (1 September 2026).' },
    ]);
  });

  it('allows a past start when no today is given (recording history)', () => {
    expect(validateAssignmentWindow({ startsOn: '2020-01-01', endsOn: '2020-12-31' })).toEqual([]);
  });

  it('given today, refuses a start in the past and accepts one today', () => {
    expect(
      validateAssignmentWindow({ startsOn: '2026-06-14', endsOn: '2027-06-13' }, '2026-06-15'),
    ).toEqual([{ field: 'startsOn', message: 'Must be today (15 June 2026) or later.' }]);
    expect(
      validateAssignmentWindow({ startsOn: '2026-06-15', endsOn: '2027-06-14' }, '2026-06-15'),
    ).toEqual([]);
  });
});
