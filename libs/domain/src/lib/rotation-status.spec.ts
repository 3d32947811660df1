import { rotationStatusOn } from './rotation-status';

describe('rotationStatusOn', () => {
  const r = { startsOn: '2027-01-01', endsOn: '2027-12-31', cancelled: false };
  it('follows the calendar, inclusive at both ends', () => {
    expect(rotationStatusOn(r, '2026-12-31')).toBe('PLANNED');
    expect(rotationStatusOn(r, '2027-01-01')).toBe('ACTIVE');
    expect(rotationStatusOn(r, '2027-12-31')).toBe('ACTIVE');
    expect(rotationStatusOn(r, '2028-01-01')).toBe('COMPLETED');
  });
  it('keeps a cancelled rotation cancelled whatever the date', () => {
    expect(rotationStatusOn({ ...r, cancelled: true }, '2027-06-01')).toBe('CANCELLED');
  });
});
