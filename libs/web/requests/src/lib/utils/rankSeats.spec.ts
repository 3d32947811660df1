import { rankSeats } from './rankSeats';

const seat = (
  id: string,
  role: 'PMO_ANALYST' | 'PMO_MANAGER' = 'PMO_ANALYST',
  closesOn: string | null = null,
) => ({
  id,
  title: id,
  role,
  opensOn: '2020-01-01',
  closesOn,
});
const WINDOW = { startsOn: '2027-01-01', endsOn: '2027-12-31' };

describe('rankSeats', () => {
  it('puts the seats the person can take first, and says why the others do not suit', () => {
    const ranked = rankSeats(
      [
        seat('manager', 'PMO_MANAGER'),
        seat('taken'),
        seat('closing', 'PMO_ANALYST', '2027-06-30'),
        seat('free'),
      ],
      [{ seatId: 'taken', startsOn: '2026-06-01', endsOn: '2027-02-28' }],
      WINDOW,
      false,
    );
    expect(ranked.map((r) => [r.seat.id, r.note])).toEqual([
      ['free', ''],
      ['manager', 'needs a more senior level'],
      ['taken', 'taken during this window'],
      ['closing', 'not open for the whole window'],
    ]);
  });

  it('keeps the order when there is no window yet', () => {
    expect(rankSeats([seat('a'), seat('b')], [], null, true).map((r) => r.seat.id)).toEqual([
      'a',
      'b',
    ]);
  });
});
