import { bellLabel, formatWhen } from './formatWhen';

describe('formatWhen', () => {
  const now = new Date('2026-11-29T12:00:00Z');
  it.each([
    ['2026-11-29T11:59:30Z', 'just now'],
    ['2026-11-29T11:55:00Z', '5 min ago'],
    ['2026-11-29T09:00:00Z', '3 h ago'],
    ['2026-11-28T09:00:00Z', 'yesterday'],
    ['2026-11-20T09:00:00Z', '2026-11-20'],
  ])('%s → %s', (iso, expected) => expect(formatWhen(iso, now)).toBe(expected));
});

describe('bellLabel', () => {
  it('says the unread count in words', () => {
    expect(bellLabel(0)).toBe('Notifications, none unread');
    expect(bellLabel(3)).toBe('Notifications, 3 unread');
  });
});
