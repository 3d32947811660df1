import { toPmoFillRows, type PmoFill } from './toPmoFillRows';

const point = (label: string, forecast: boolean, daysOpen: number, daysFilled: number) => ({
  label,
  date: `${label}-28`,
  forecast,
  daysOpen,
  daysFilled,
  fill: daysOpen > 0 ? daysFilled / daysOpen : 0,
});

const pmos: PmoFill[] = [
  {
    pmoId: 'p-ent',
    name: 'Enterprise PMO',
    scope: 'ENTERPRISE',
    seatCount: 2,
    points: [
      point('2026-01', false, 90, 90),
      point('2026-02', false, 10, 0),
      point('2026-03', true, 90, 45),
    ],
  },
  {
    pmoId: 'p-fin',
    name: 'Finance PMO',
    scope: 'DEPARTMENT',
    seatCount: 1,
    points: [point('2026-01', false, 90, 30)],
  },
  {
    pmoId: 'p-new',
    name: 'New PMO',
    scope: 'PROGRAM',
    seatCount: 0,
    points: [point('2026-01', false, 0, 0)],
  },
];

describe('toPmoFillRows', () => {
  it('sums days over buckets rather than averaging their ratios, emptiest first', () => {
    expect(
      toPmoFillRows(pmos).map((r) => [
        r.name,
        r.daysOpen,
        r.daysFilled,
        r.actualFill,
        r.forecastFill,
      ]),
    ).toEqual([
      ['Finance PMO', 90, 30, 1 / 3, null],
      // (90 + 0) / (90 + 10) = 0.9, not (1 + 0) / 2 = 0.5
      ['Enterprise PMO', 100, 90, 0.9, 0.5],
      ['New PMO', 0, 0, null, null],
    ]);
  });
});
