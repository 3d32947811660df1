import { onlyAwayCapFails, readApprovalWindow, suggestedApprovalStart } from './approvalWindow';

const TODAY = '2026-06-15';

describe('approval window', () => {
  it('suggests the earliest start, or today once it has passed', () => {
    expect(suggestedApprovalStart('2026-09-01', TODAY)).toBe('2026-09-01');
    expect(suggestedApprovalStart('2026-01-01', TODAY)).toBe(TODAY);
  });

  it('ends the day before the monthly anniversary', () => {
    expect(readApprovalWindow({ startsOn: '2026-09-01', months: '12' }, TODAY)).toEqual({
      window: { startsOn: '2026-09-01', endsOn: '2027-08-31', months: 12 },
      problems: [],
    });
  });

  it('refuses a start in the past or not a date', () => {
    expect(
      readApprovalWindow({ startsOn: '2026-06-01', months: '12' }, TODAY).problems[0].field,
    ).toBe('startsOn');
    expect(readApprovalWindow({ startsOn: 'soon', months: '12' }, TODAY).window).toBeNull();
    expect(
      readApprovalWindow({ startsOn: '2026-09-01', months: '0' }, TODAY).problems[0].field,
    ).toBe('months');
  });

  it('allows an override only when AWAY_CAP alone fails', () => {
    expect(onlyAwayCapFails([{ code: 'AWAY_CAP' }])).toBe(true);
    expect(onlyAwayCapFails([{ code: 'AWAY_CAP' }, { code: 'EXPERIENCE' }])).toBe(false);
    expect(onlyAwayCapFails([])).toBe(false);
    expect(
      onlyAwayCapFails([
        { code: 'AWAY_CAP', passed: false },
        { code: 'LEVEL', passed: true },
      ]),
    ).toBe(true);
  });
});
