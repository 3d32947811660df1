import {
  addMonths,
  isIsoDate,
  monthsBetween,
  rangesOverlap,
  wholeMonthsIn,
  windowEnd,
} from './dates';

describe('calendar dates', () => {
  it('rejects strings that are not real calendar days', () => {
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('26-01-01')).toBe(false);
  });

  it('adds months clamping to the end of shorter months', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-11-15', 14)).toBe('2028-01-15');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });

  it('counts whole months between dates', () => {
    expect(monthsBetween('2024-01-15', '2026-01-15')).toBe(24);
    expect(monthsBetween('2024-01-15', '2026-01-14')).toBe(23);
    expect(monthsBetween('2024-01-31', '2024-02-29')).toBe(1);
    expect(monthsBetween('2026-01-15', '2024-01-15')).toBe(-24);
  });

  it('makes a 12-month window end the day before the anniversary', () => {
    expect(windowEnd('2027-01-01', 12)).toBe('2027-12-31');
    expect(windowEnd('2027-03-15', 18)).toBe('2028-09-14');
  });

  it('treats inclusive ranges sharing one day as overlapping', () => {
    const a = { startsOn: '2027-01-01', endsOn: '2027-06-30' };
    expect(rangesOverlap(a, { startsOn: '2027-06-30', endsOn: '2027-12-31' })).toBe(true);
    expect(rangesOverlap(a, { startsOn: '2027-07-01', endsOn: '2027-12-31' })).toBe(false);
  });
});

describe('wholeMonthsIn', () => {
  it('counts windows that end the day before a monthly anniversary', () => {
    expect(wholeMonthsIn('2027-01-01', '2027-12-31')).toBe(12);
    expect(wholeMonthsIn('2027-03-15', '2028-09-14')).toBe(18);
    expect(wholeMonthsIn('2027-01-31', '2027-02-27')).toBe(1);
  });
  it('refuses windows of part months or reversed dates', () => {
    expect(wholeMonthsIn('2027-01-01', '2027-12-30')).toBeNull();
    expect(wholeMonthsIn('2027-01-01', '2027-01-15')).toBeNull();
    expect(wholeMonthsIn('2027-02-01', '2027-01-31')).toBeNull();
  });
});
