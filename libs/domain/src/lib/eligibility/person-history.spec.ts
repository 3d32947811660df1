import type { CareerLevel } from '../enums';
import type { PersonStretch } from '../person-history';
import { careerLevelOn, departmentOn, leaveDuring, stretchOn } from '../person-history';
import { evaluateEligibility } from './evaluate';
import { createInput, createPerson, ruleOf } from './test-factories';

// Today is 15 June 2026; the default window is 12 months from 1 September 2026 to 31 August 2027.

const stretch = (
  validFrom: string,
  validTo: string | null,
  over: Partial<PersonStretch> = {},
): PersonStretch => ({
  validFrom,
  validTo,
  departmentId: 'FIN',
  careerLevel: 'PROJECT_MANAGER',
  onLeave: false,
  ...over,
});

// Hired 2019-01-01 in Finance as a PM; Legal from 2024-07-01; Senior PM from 2026-09-01.
const CAREER: PersonStretch[] = [
  stretch('2024-07-01', '2026-09-01', { departmentId: 'LEGAL' }),
  stretch('2019-01-01', '2024-07-01'),
  stretch('2026-09-01', null, { departmentId: 'LEGAL', careerLevel: 'SENIOR_PROJECT_MANAGER' }),
];

describe('reading a person history', () => {
  it.each`
    day             | department | level
    ${'2018-12-31'} | ${null}    | ${'PROJECT_MANAGER'}
    ${'2019-01-01'} | ${'FIN'}   | ${'PROJECT_MANAGER'}
    ${'2024-06-30'} | ${'FIN'}   | ${'PROJECT_MANAGER'}
    ${'2024-07-01'} | ${'LEGAL'} | ${'PROJECT_MANAGER'}
    ${'2026-08-31'} | ${'LEGAL'} | ${'PROJECT_MANAGER'}
    ${'2026-09-01'} | ${'LEGAL'} | ${'SENIOR_PROJECT_MANAGER'}
    ${'2040-01-01'} | ${'LEGAL'} | ${'SENIOR_PROJECT_MANAGER'}
  `(
    'on $day: department $department, level $level (stretches are [from, to))',
    ({ day, department, level }) => {
      expect(departmentOn(CAREER, day)).toBe(department);
      // Before the hire, the level is the one joined with.
      expect(
        careerLevelOn({ careerLevel: 'PORTFOLIO_MANAGER', onLeave: false, history: CAREER }, day),
      ).toBe(level);
      expect(stretchOn(CAREER, day)?.departmentId ?? null).toBe(department);
    },
  );

  it('without a history, the current values have always held', () => {
    expect(careerLevelOn({ careerLevel: 'PROGRAM_MANAGER', onLeave: true }, '2001-01-01')).toBe(
      'PROGRAM_MANAGER',
    );
    expect(
      leaveDuring({ careerLevel: 'PROGRAM_MANAGER', onLeave: true }, '2001-01-01', '2001-02-01'),
    ).toEqual([{ from: null, to: null }]);
  });
});

describe('eligibility over a history', () => {
  it.each<[string, CareerLevel, string, boolean]>([
    // Promoted from Project Coordinator to PM on 2026-09-01, the window's first day.
    ['promoted on the window start', 'PROJECT_COORDINATOR', '2026-09-01', true],
    // Promoted the day after: a coordinator on the window's first day.
    ['promoted the day after the window start', 'PROJECT_COORDINATOR', '2026-09-02', false],
    // Promoted out of the eligible levels on the window start: the old level does not help.
    ['promoted to Portfolio Manager on the window start', 'PROGRAM_MANAGER', '2026-09-01', false],
  ])('LEVEL uses the level on the window start: %s', (_case, before, promotedOn, passed) => {
    const after: CareerLevel =
      before === 'PROJECT_COORDINATOR' ? 'PROJECT_MANAGER' : 'PORTFOLIO_MANAGER';
    const history = [
      stretch('2019-01-01', promotedOn, { careerLevel: before }),
      stretch(promotedOn, null, { careerLevel: after }),
    ];
    const result = evaluateEligibility(
      createInput({ person: createPerson({ careerLevel: after, history }) }),
    );
    expect(ruleOf(result, 'LEVEL').passed).toBe(passed);
    expect(result.eligible).toBe(passed);
  });

  it('SEAT_LEVEL uses the level on the window start, not today’s', () => {
    // A Senior PM today, demoted to PM by a correction from the window start on (unusual, but a
    // recorded fact): a manager seat is refused.
    const history = [
      stretch('2019-01-01', '2026-09-01', { careerLevel: 'SENIOR_PROJECT_MANAGER' }),
      stretch('2026-09-01', null, { careerLevel: 'PROJECT_MANAGER' }),
    ];
    const result = evaluateEligibility(
      createInput({ person: createPerson({ history }), seat: { role: 'PMO_MANAGER' } }),
    );
    expect(ruleOf(result, 'SEAT_LEVEL')).toMatchObject({
      passed: false,
      message: 'A PMO manager seat needs a Senior Project Manager or above; is a Project Manager.',
    });
  });

  it.each`
    leave                           | passed   | eligibleFrom    | message
    ${['2025-01-01', '2025-06-01']} | ${true}  | ${'2026-06-15'} | ${'Employed for the whole window, 1 September 2026 to 31 August 2027, and not on leave.'}
    ${['2026-05-01', '2026-09-01']} | ${true}  | ${'2026-09-01'} | ${'Employed for the whole window, 1 September 2026 to 31 August 2027, and not on leave.'}
    ${['2026-05-01', '2026-09-02']} | ${false} | ${'2026-09-02'} | ${'Is on leave until 1 September 2026, within the window; a rotation can start once they are back.'}
    ${['2027-08-31', '2027-10-01']} | ${false} | ${'2026-06-15'} | ${'Will be on leave until 30 September 2027, within the window; a rotation can start once they are back.'}
    ${['2027-09-01', '2027-10-01']} | ${true}  | ${'2026-06-15'} | ${'Employed for the whole window, 1 September 2026 to 31 August 2027, and not on leave.'}
    ${['2026-01-01', null]}         | ${false} | ${null}         | ${'Is on leave; a rotation can be planned once they are back.'}
    ${['2027-01-01', null]}         | ${false} | ${null}         | ${'Goes on leave on 1 January 2027, within the window.'}
  `(
    'EMPLOYED with leave [$leave.0, $leave.1): passes $passed, eligible from $eligibleFrom',
    ({ leave, passed, eligibleFrom, message }) => {
      const [from, to] = leave as [string, string | null];
      const history = [
        stretch('2019-01-01', from),
        stretch(from, to, { onLeave: true }),
        ...(to ? [stretch(to, null)] : []),
      ];
      const onLeave = to === null;
      const result = evaluateEligibility(
        createInput({ person: createPerson({ onLeave, history }) }),
      );
      expect(ruleOf(result, 'EMPLOYED')).toMatchObject({ passed, message });
      expect(result.eligible).toBe(passed);
      expect(result.eligibleFrom).toBe(eligibleFrom);
    },
  );

  it('AWAY_CAP judges each month against the cap of the department the person is in then', () => {
    // Moves on 2027-01-15 from a 20% department to a 10% one: 2 of 10 away passes until
    // December, fails from January (the department on the month's last day).
    const months = [
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
      '2027-03',
      '2027-04',
      '2027-05',
      '2027-06',
      '2027-07',
      '2027-08',
    ].map((month) => ({
      month,
      headcount: 10,
      onRotation: 1,
      awayCap: month < '2027-01' ? 0.2 : 0.1,
    }));
    const result = evaluateEligibility(createInput({ away: { awayCap: 0.2, months } }));
    expect(ruleOf(result, 'AWAY_CAP')).toMatchObject({
      passed: false,
      message:
        "Would put 2 of 10 of the home department's PMs (20%) away in January 2027, above its 10% cap. 7 other months fail too.",
    });
  });
});
