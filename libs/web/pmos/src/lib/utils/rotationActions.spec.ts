import {
  availableActions,
  daysIn,
  fillChange,
  freedDays,
  monthsAround,
  outcomeGoalChoices,
  validateCancelReason,
  validateEndEarly,
  validateOutcome,
} from './rotationActions';

const active = { startsOn: '2026-01-01', endsOn: '2026-12-31', status: 'ACTIVE' as const };

describe('availableActions', () => {
  it('offers ending early and cancelling while the rotation runs, the outcome once it ended', () => {
    expect(availableActions(active, '2026-06-15')).toEqual({
      endEarly: true,
      cancel: true,
      outcome: false,
    });
    expect(availableActions({ ...active, status: 'COMPLETED' }, '2027-01-01')).toEqual({
      endEarly: false,
      cancel: false,
      outcome: true,
    });
  });

  it('offers nothing for a cancelled rotation', () => {
    expect(availableActions({ ...active, status: 'CANCELLED' }, '2026-06-15')).toEqual({
      endEarly: false,
      cancel: false,
      outcome: false,
    });
  });
});

describe('validateEndEarly', () => {
  it('wants a real date from the start and before the current end', () => {
    expect(validateEndEarly('2026-06-30', active)).toEqual([]);
    expect(validateEndEarly('2026-01-01', active)).toEqual([]);
    expect(validateEndEarly('2026-12-31', active)[0].message).toBe(
      'Must be on or after the start (2026-01-01) and before the current end (2026-12-31).',
    );
    expect(validateEndEarly('2025-12-31', active)[0].field).toBe('endsOn');
    expect(validateEndEarly('2026-02-30', active)[0].message).toMatch(/real date/);
  });
});

describe('validateCancelReason and validateOutcome', () => {
  it('need a text of at most 2,000 characters', () => {
    expect(validateCancelReason('  ')[0].field).toBe('reason');
    expect(validateCancelReason('x'.repeat(2001))[0].message).toMatch(/2,000/);
    expect(validateCancelReason('Moved to another programme.')).toEqual([]);
    expect(validateOutcome('', [], [])[0].field).toBe('note');
  });

  it('accepts only goals from the choices offered', () => {
    expect(validateOutcome('Good.', ['PROCESS_IMPROVEMENT'], ['PROCESS_IMPROVEMENT'])).toEqual([]);
    expect(validateOutcome('Good.', ['EXECUTIVE_NETWORK'], ['PROCESS_IMPROVEMENT'])).toEqual([
      { field: 'goalsAchieved', message: 'Choose from the goals listed.' },
    ]);
  });
});

describe('outcomeGoalChoices', () => {
  it('joins the goals served and the goals offered, in goal order, marking the served', () => {
    expect(
      outcomeGoalChoices(['EXECUTIVE_NETWORK'], ['PROGRAM_MANAGEMENT', 'PROCESS_IMPROVEMENT']),
    ).toEqual([
      { goal: 'PROGRAM_MANAGEMENT', served: false },
      { goal: 'PROCESS_IMPROVEMENT', served: false },
      { goal: 'EXECUTIVE_NETWORK', served: true },
    ]);
  });
});

describe('freed seat-days and the fill they change', () => {
  it('frees the days after a new last day, or the whole rotation when cancelled', () => {
    expect(freedDays(active, '2026-06-30')).toEqual({ from: '2026-07-01', to: '2026-12-31' });
    expect(freedDays(active)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(daysIn('2026-07-01', '2026-12-31')).toBe(184);
    expect(daysIn('2026-07-02', '2026-07-01')).toBe(0);
  });

  it('spans whole months for pmoFill', () => {
    expect(monthsAround('2026-07-15', '2027-02-03')).toEqual({
      from: '2026-07-01',
      to: '2027-02-28',
    });
  });

  it('takes the freed days out of the filled seat-days and keeps the open ones', () => {
    const points = [
      { daysFilled: 31, daysOpen: 62 },
      { daysFilled: 30, daysOpen: 60 },
    ];
    const months = { from: '2026-07-01', to: '2026-08-31' };
    const change = fillChange(points, months, { from: '2026-08-17', to: '2026-08-31' });
    expect(change).toEqual({ ...months, before: 61 / 122, after: 46 / 122 });
    expect(fillChange([{ daysFilled: 0, daysOpen: 0 }], months, months)).toBeNull();
  });
});
