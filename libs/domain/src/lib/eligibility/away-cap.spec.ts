import { windowMonths } from './away-cap';
import { evaluateEligibility } from './evaluate';
import { TODAY, createInput, ruleOf } from './test-factories';
import type { AwayContext } from './types';

// The default window, 1 Sept 2026 to 31 Aug 2027, touches these twelve months.
const MONTHS = [
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
];

function awayEveryMonth(headcount: number, onRotation: number, awayCap = 0.2): AwayContext {
  return { awayCap, months: MONTHS.map((month) => ({ month, headcount, onRotation })) };
}

describe('windowMonths', () => {
  it('lists every calendar month the window touches, across a year end', () => {
    expect(windowMonths({ startsOn: '2026-09-01', endsOn: '2027-08-31' })).toEqual(MONTHS);
  });

  it('includes a partial first and last month', () => {
    expect(windowMonths({ startsOn: '2026-11-15', endsOn: '2027-02-14' })).toEqual([
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
    ]);
  });
});

describe('AWAY_CAP', () => {
  it('is absent when no away context is given', () => {
    expect(evaluateEligibility(createInput()).rules.map((r) => r.code)).not.toContain('AWAY_CAP');
  });

  it('passes exactly at the cap', () => {
    const result = evaluateEligibility(createInput({ away: awayEveryMonth(10, 1) }));
    expect(ruleOf(result, 'AWAY_CAP')).toMatchObject({
      passed: true,
      message:
        'Keeps the home department within its 20% away cap in every month; the busiest month is September 2026, with 2 of 10 PMs away (20%).',
    });
    expect(result.eligible).toBe(true);
  });

  it('passes at the cap when the share is not an exact binary fraction (3 of 15 at 20%)', () => {
    const result = evaluateEligibility(createInput({ away: awayEveryMonth(15, 2) }));
    expect(ruleOf(result, 'AWAY_CAP').passed).toBe(true);
  });

  it('fails one person over the cap, without moving eligibleFrom', () => {
    const result = evaluateEligibility(createInput({ away: awayEveryMonth(10, 2) }));
    expect(ruleOf(result, 'AWAY_CAP')).toMatchObject({
      passed: false,
      message:
        "Would put 3 of 10 of the home department's PMs (30%) away in September 2026, above its 20% cap. 11 other months fail too.",
    });
    expect(result.eligible).toBe(false);
    expect(result.eligibleFrom).toBe(TODAY);
  });

  it('fails when a single month is over and names that month', () => {
    const away = awayEveryMonth(10, 0);
    away.months[6] = { month: '2027-03', headcount: 10, onRotation: 2 };
    const rule = ruleOf(evaluateEligibility(createInput({ away })), 'AWAY_CAP');
    expect(rule).toMatchObject({
      passed: false,
      message:
        "Would put 3 of 10 of the home department's PMs (30%) away in March 2027, above its 20% cap.",
      detail: { failingMonths: ['2027-03'] },
    });
  });

  it('fails for a month with no one employed', () => {
    const away = awayEveryMonth(10, 0);
    away.months[0] = { month: '2026-09', headcount: 0, onRotation: 0 };
    expect(ruleOf(evaluateEligibility(createInput({ away })), 'AWAY_CAP')).toMatchObject({
      passed: false,
      message:
        'The home department has no PMs employed in September 2026, so nobody can be away from it.',
    });
  });

  it('fails when the server left out a month of the window', () => {
    const away = awayEveryMonth(10, 0);
    away.months.pop();
    expect(ruleOf(evaluateEligibility(createInput({ away })), 'AWAY_CAP')).toMatchObject({
      passed: false,
      message:
        "The home department's staffing for August 2027 is not known, so its away cap cannot be checked.",
    });
  });
});
