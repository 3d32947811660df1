import { seatHoldings } from './seatHolders';

describe('seatHoldings', () => {
  it('finds who holds each seat today and the earliest next rotation', () => {
    const rotations = [
      { id: 'past', personId: 'a', seatId: 's1', startsOn: '2024-01-01', endsOn: '2024-12-31' },
      { id: 'now', personId: 'b', seatId: 's1', startsOn: '2026-01-01', endsOn: '2026-12-31' },
      { id: 'later', personId: 'c', seatId: 's1', startsOn: '2028-01-01', endsOn: '2028-12-31' },
      { id: 'next', personId: 'd', seatId: 's1', startsOn: '2027-01-01', endsOn: '2027-12-31' },
      { id: 'other', personId: 'e', seatId: 's2', startsOn: '2027-03-01', endsOn: '2027-12-31' },
    ];
    const holdings = seatHoldings(rotations, '2026-12-31');
    expect(holdings.get('s1')?.current?.id).toBe('now');
    expect(holdings.get('s1')?.next?.id).toBe('next');
    expect(holdings.get('s2')).toEqual({ current: undefined, next: rotations[4] });
    expect(holdings.get('s3')).toBeUndefined();
  });
});
