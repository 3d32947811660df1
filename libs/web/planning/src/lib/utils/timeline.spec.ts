import { monthsIn, placeOnTimeline, seatGaps, timelineRange } from './timeline';

describe('timeline', () => {
  it('spans whole months around today', () => {
    expect(timelineRange('2026-06-15', 6, 24)).toEqual({ from: '2025-12-01', to: '2028-06-30' });
    expect(monthsIn({ from: '2026-01-01', to: '2026-03-31' })).toEqual([
      '2026-01-01',
      '2026-02-01',
      '2026-03-01',
    ]);
  });

  it('places a range in percent, clipped', () => {
    const range = { from: '2026-01-01', to: '2026-01-10' };
    expect(placeOnTimeline(range, { from: '2026-01-01', to: '2026-01-05' })).toEqual({
      left: 0,
      width: 50,
    });
    expect(placeOnTimeline(range, { from: '2025-12-01', to: '2026-01-02' })).toEqual({
      left: 0,
      width: 20,
    });
    expect(placeOnTimeline(range, { from: '2026-02-01', to: '2026-03-01' })).toBeNull();
  });

  describe('seatGaps', () => {
    const seat = { opensOn: '2026-01-01', closesOn: null };

    it('is the whole window for an empty seat', () => {
      expect(seatGaps(seat, [], '2026-06-15', '2026-12-31')).toEqual([
        { from: '2026-06-15', to: '2026-12-31' },
      ]);
    });

    it('leaves out the rotations, with gaps between and after them', () => {
      expect(
        seatGaps(
          seat,
          [
            { startsOn: '2026-09-01', endsOn: '2026-10-31' },
            { startsOn: '2026-01-01', endsOn: '2026-06-30' },
          ],
          '2026-06-15',
          '2026-12-31',
        ),
      ).toEqual([
        { from: '2026-07-01', to: '2026-08-31' },
        { from: '2026-11-01', to: '2026-12-31' },
      ]);
    });

    it('respects the seat window', () => {
      expect(
        seatGaps({ opensOn: '2026-08-01', closesOn: '2026-09-30' }, [], '2026-06-15', '2026-12-31'),
      ).toEqual([{ from: '2026-08-01', to: '2026-09-30' }]);
      expect(
        seatGaps({ opensOn: '2026-01-01', closesOn: '2026-03-31' }, [], '2026-06-15', '2026-12-31'),
      ).toEqual([]);
    });

    it('has no gap when a rotation covers everything', () => {
      expect(
        seatGaps(
          seat,
          [{ startsOn: '2025-01-01', endsOn: '2027-12-31' }],
          '2026-06-15',
          '2026-12-31',
        ),
      ).toEqual([]);
    });
  });
});
