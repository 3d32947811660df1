import { retryDelayMs, toEmail } from './email-message';

describe('toEmail', () => {
  const row = {
    id: '0b1e4a4e-7c1d-4f5e-9a8b-1c2d3e4f5a6b',
    title: 'Ana <Lee> requested a rotation',
    body: 'Preferred: R&D PMO',
    link: '/requests/42',
    email: 'dir@example.com',
    displayName: 'Dee Rector',
  };

  it('addresses the recipient, uses the title as subject and links to the record', () => {
    const mail = toEmail(row, 'Stint <stint@example.com>', 'https://stint.example.com');
    expect(mail).toMatchObject({
      to: { name: 'Dee Rector', address: 'dir@example.com' },
      subject: 'Ana <Lee> requested a rotation',
      messageId: `<notification-${row.id}@stint.example.com>`,
    });
    expect(mail.text).toContain('Open in Stint: https://stint.example.com/requests/42');
    expect(mail.html).toContain('R&#38;D PMO');
    expect(mail.html).not.toContain('<Lee>');
  });
});

describe('retryDelayMs', () => {
  it('doubles from the base, caps at the maximum and jitters by ±25 %', () => {
    const mid = () => 0.5;
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, 1000, 5000, mid))).toEqual([
      1000, 2000, 4000, 5000,
    ]);
    expect(retryDelayMs(1, 1000, 5000, () => 0)).toBe(750);
    expect(retryDelayMs(1, 1000, 5000, () => 1)).toBe(1250);
  });
});
