import {
  seatOpenOn,
  toSeatInput,
  validateClosingDate,
  validateSeatForm,
  type SeatFormValues,
} from './seatForm';

const seat: SeatFormValues = {
  title: ' Analyst ',
  role: 'PMO_ANALYST',
  opensOn: '2027-01-01',
  closesOn: '',
};
const fields = (values: SeatFormValues) => validateSeatForm(values).map((p) => p.field);

describe('validateSeatForm', () => {
  it('accepts an open-ended seat', () => {
    expect(fields(seat)).toEqual([]);
  });

  it('needs a title, a role and a real opening date', () => {
    expect(fields({ title: '', role: '', opensOn: '2027-02-30', closesOn: '' })).toEqual([
      'title',
      'role',
      'opensOn',
    ]);
  });

  it('refuses a closing date before the opening date, or one that is not a date', () => {
    expect(fields({ ...seat, closesOn: '2026-12-31' })).toEqual(['closesOn']);
    expect(fields({ ...seat, closesOn: '31/12/2027' })).toEqual(['closesOn']);
    expect(fields({ ...seat, closesOn: '2027-01-01' })).toEqual([]);
  });
});

describe('toSeatInput', () => {
  it('trims and sends an empty closing date as null (open-ended)', () => {
    expect(toSeatInput(seat)).toEqual({
      title: 'Analyst',
      role: 'PMO_ANALYST',
      opensOn: '2027-01-01',
      closesOn: null,
    });
  });
});

describe('validateClosingDate', () => {
  it('needs a real date on or after the opening date', () => {
    expect(validateClosingDate('2027-06-30', '2027-01-01')).toEqual([]);
    expect(validateClosingDate('2026-06-30', '2027-01-01')[0].message).toMatch(/2027-01-01/);
    expect(validateClosingDate('soon', '2027-01-01')[0].field).toBe('closesOn');
  });
});

describe('seatOpenOn', () => {
  it('includes both ends of the window', () => {
    const window = { opensOn: '2027-01-01', closesOn: '2027-12-31' };
    expect(seatOpenOn(window, '2027-01-01')).toBe(true);
    expect(seatOpenOn(window, '2027-12-31')).toBe(true);
    expect(seatOpenOn(window, '2028-01-01')).toBe(false);
    expect(seatOpenOn({ opensOn: '2027-01-01', closesOn: null }, '2099-01-01')).toBe(true);
  });
});
