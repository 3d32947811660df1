import type { SendMailOptions } from 'nodemailer';

export interface OutboxRow {
  id: string;
  title: string;
  body: string;
  link: string;
  email: string;
  displayName: string;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * One notification as an e-mail: the title as subject, the body, and a link to the record.
 * The Message-ID is the notification's id, so a receiving system can recognise a repeat
 * should a crash ever fall between sending and recording it as sent.
 */
export function toEmail(row: OutboxRow, from: string, publicUrl: string): SendMailOptions {
  const url = `${publicUrl}${row.link}`;
  const domain = new URL(publicUrl).hostname || 'stint';
  return {
    from,
    to: { name: row.displayName, address: row.email },
    subject: row.title,
    messageId: `<notification-${row.id}@${domain}>`,
    headers: { 'X-Stint-Notification-Id': row.id },
    text: `${row.body}\n\nOpen in Stint: ${url}\n\nYou get this e-mail because of your Stint notification settings (${publicUrl}/preferences).\n`,
    html: `<p>${escapeHtml(row.body)}</p><p><a href="${escapeHtml(url)}">Open in Stint</a></p><p style="color:#555;font-size:small">You get this e-mail because of your <a href="${escapeHtml(publicUrl)}/preferences">Stint notification settings</a>.</p>`,
  };
}

/** The wait before the next attempt after `attempts` failures: doubling, capped, with jitter. */
export function retryDelayMs(
  attempts: number,
  baseMs: number,
  maxMs: number,
  random: () => number = Math.random,
): number {
  const exponential = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(exponential * (0.75 + random() * 0.5));
}
