import {
  csvShare,
  formatMonths,
  formatShare,
  SUPPRESSED,
  toCurveRows,
  toGoalRows,
  toMeasureRows,
  type OutcomesData,
} from './toOutcomeRows';

const rate = (value: number | null, suppressed = false) => ({
  value,
  count: null,
  total: null,
  suppressed,
});

const group = (suppressed: boolean) => ({
  group: 'ALUMNI' as const,
  suppressed,
  people: suppressed ? null : 20,
  observations: suppressed ? null : 22,
  promotedWithin12: rate(suppressed ? null : 0.25, suppressed),
  promotedWithin24: rate(null, true),
  monthsToPromotion: {
    months: suppressed ? null : 7,
    count: null,
    suppressed,
  },
  retained12: rate(suppressed ? null : 0.9, suppressed),
  inDelivery3: rate(suppressed ? null : 0.95, suppressed),
});

const data: OutcomesData = {
  from: '2022-01-01',
  to: '2025-12-31',
  asOf: '2026-11-01',
  rotations: 22,
  goals: [
    { goal: 'PROGRAM_MANAGEMENT', aimed: 10, achieved: rate(0.8) },
    // A rate the API flagged: even a number that slipped through is not shown.
    {
      goal: 'EXECUTIVE_NETWORK',
      aimed: null,
      achieved: rate(0.5, true),
    },
  ],
  alumni: group(false),
  comparison: group(true),
  curve: [
    { months: 0, alumni: rate(0), comparison: rate(null, true) },
    {
      months: 12,
      alumni: rate(0.25),
      comparison: rate(null, true),
    },
  ],
};

describe('outcome rows', () => {
  it('turns goals into labelled shares, suppressed ones without a number', () => {
    expect(toGoalRows(data)).toEqual([
      {
        goal: 'PROGRAM_MANAGEMENT',
        label: 'Program management',
        aimed: 10,
        achieved: { value: 0.8, suppressed: false },
      },
      {
        goal: 'EXECUTIVE_NETWORK',
        label: expect.any(String),
        aimed: null,
        achieved: { value: null, suppressed: true },
      },
    ]);
  });

  it('keeps the curve month by month, a suppressed group as nulls', () => {
    expect(
      toCurveRows(data).map((r) => [
        r.months,
        r.alumni.value,
        r.comparison.value,
        r.comparison.suppressed,
      ]),
    ).toEqual([
      [0, 0, null, true],
      [12, 0.25, null, true],
    ]);
  });

  it('lines up alumni and comparison per measure', () => {
    const rows = toMeasureRows(data);
    const show = (r: (typeof rows)[number], s: (typeof rows)[number]['alumni']) =>
      r.kind === 'months' ? formatMonths(s) : formatShare(s);
    expect(rows.map((r) => [r.key, show(r, r.alumni), show(r, r.comparison)])).toEqual([
      ['retained12', '90%', SUPPRESSED],
      ['inDelivery3', '95%', SUPPRESSED],
      ['promoted12', '25%', SUPPRESSED],
      ['promoted24', SUPPRESSED, SUPPRESSED],
      ['median', '7', SUPPRESSED],
    ]);
  });

  it('writes the same words into the CSV as on the screen', () => {
    expect(csvShare({ value: null, suppressed: true })).toBe(SUPPRESSED);
    expect(csvShare({ value: 0.256, suppressed: false })).toBe(25.6);
  });
});
