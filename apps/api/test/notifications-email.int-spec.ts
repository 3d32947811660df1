import type { NestExpressApplication } from '@nestjs/platform-express';
import { createHash, randomBytes } from 'node:crypto';
import { loadConfig } from '@stint/api-core';
import { SmtpSink } from '@stint/api-core/testing';
import { createApp } from '../src/app/create-app';
import { departmentOf, directedSeat, SUBMIT, window12 } from './support/rotation-factories';

import { startTestApp, type SignedIn, type TestApp } from './support/test-app';

const PUBLIC_URL = 'https://stint.test';

/** Signs many PMs in at once without a password check each: a session row per account. */
async function pmSessions(t: TestApp, personIds: string[]): Promise<Record<string, string>[]> {
  const headers: Record<string, string>[] = [];
  for (const [i, personId] of personIds.entries()) {
    const token = randomBytes(24).toString('base64url');
    const { rows } = await t.db.query<{ id: string }>(
      `INSERT INTO user_account (email, display_name, role, person_id) VALUES ($1, $2, 'PM', $3) RETURNING id`,
      [`bulk-pm-${i}-${token.slice(0, 6)}@stint.test`, `Bulk PM ${i}`, personId],
    );
    await t.db.query(
      `INSERT INTO user_session (token_hash, user_id, expires_at) VALUES ($1, $2, now() + interval '1 hour')`,
      [createHash('sha256').update(token).digest('hex'), rows[0].id],
    );
    headers.push({ authorization: `Bearer ${token}` });
  }
  return headers;
}

/** The request's notification rows once none is PENDING any more (at most 10 s). */
async function notificationStateOnceSettled(
  t: TestApp,
  recordId: string,
): Promise<{ email_state: string; email_attempts: number }[]> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const { rows } = await t.db.query<{ email_state: string; email_attempts: number }>(
      `SELECT email_state, email_attempts FROM notification WHERE record_id = $1`,
      [recordId],
    );
    if (rows.every((r) => r.email_state !== 'PENDING') || Date.now() > deadline) return rows;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function post(
  url: string,
  query: string,
  variables: unknown,
  headers: Record<string, string>,
) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: Record<string, { id: string }>; errors?: unknown[] };
}

describe('e-mail delivery over SMTP', () => {
  const smtp = new SmtpSink();
  let t: TestApp;
  let director: SignedIn;
  let env: Record<string, string>;

  beforeAll(async () => {
    await smtp.start();
    env = {
      SMTP_URL: smtp.url,
      SMTP_FROM: 'Stint <stint@stint.test>',
      PUBLIC_URL,
      EMAIL_POLL_INTERVAL_MS: '100',
      EMAIL_RETRY_BASE_MS: '200',
      EMAIL_RETRY_MAX_MS: '1500',
    };
    t = await startTestApp(env);
    director = await t.signIn('DIRECTOR', { email: 'the.director@stint.test' });
    await directedSeat(t, director);
  });

  afterAll(async () => {
    await smtp.stop();
  });

  it('sends the director an e-mail with the right recipient, subject and link', async () => {
    const { people } = await departmentOf(t, 1);
    const pm = await t.signIn('PM', { personId: people[0] });
    const { startsOn } = window12();
    const submitted = await t.gql<{ submitRotationRequest: { id: string } }>(
      SUBMIT,
      { input: { goals: ['PROGRAM_MANAGEMENT'], earliestStart: startsOn, durationMonths: 12 } },
      pm.headers,
    );
    const requestId = submitted.data!.submitRotationRequest.id;
    await smtp.waitFor(1, 10_000);
    const [message] = smtp.received;
    expect(message.to).toEqual(['the.director@stint.test']);
    expect(message.mail.subject).toMatch(/^Person \d+ requested a rotation$/);
    expect(message.mail.from?.text).toContain('stint@stint.test');
    expect(message.mail.text).toContain(`${PUBLIC_URL}/requests/${requestId}`);
    expect(message.mail.html).toContain(`href="${PUBLIC_URL}/requests/${requestId}"`);
    // The worker marks the notification SENT once the SMTP server has accepted the message, so
    // the sink can hold it a moment before the row says so (a full run saw PENDING here).
    const rows = await notificationStateOnceSettled(t, requestId);
    expect(rows).toEqual([{ email_state: 'SENT', email_attempts: 1 }]);
    // The PM is told nothing by e-mail about their own submission.
    expect(smtp.received.some((m) => m.to.includes(pm.email))).toBe(false);
  });

  it('delivers every e-mail exactly once across an SMTP outage and an API restart', async () => {
    const N = 200;
    const before = smtp.received.length;
    const { people } = await departmentOf(t, N);
    const sessions = await pmSessions(t, people);
    const { startsOn } = window12();
    const input = { goals: ['PORTFOLIO_MANAGEMENT'], earliestStart: startsOn, durationMonths: 12 };

    await smtp.stop();
    const started = Date.now();
    let url = t.url;
    const submit = async (from: number, to: number) => {
      for (let i = from; i < to; i += 10) {
        const answers = await Promise.all(
          sessions.slice(i, Math.min(i + 10, to)).map((h) => post(url, SUBMIT, { input }, h)),
        );
        for (const answer of answers) expect(answer.errors).toBeUndefined();
      }
    };
    await submit(0, N / 2);
    const mutationsMs = Date.now() - started;

    // Restart: the first instance finishes its round and stops; a new one starts on the database.
    const closing = Date.now();
    await t.app.close();
    const closeMs = Date.now() - closing;
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: t.database.url,
      STINT_DEMO_DATA: 'false',
      WEB_DIST_DIR: '/nonexistent',
      LOG_LEVEL: 'error',
      NOTIFICATION_SCAN_INTERVAL_MS: '0',
      ...env,
    });
    const second: NestExpressApplication = await createApp(config, t.database.url);
    await second.listen(0, '127.0.0.1');
    url = (await second.getUrl()).replace('[::1]', '127.0.0.1');
    try {
      await submit(N / 2, N);
      const { rows: failing } = await t.db.query<{ n: number; attempts: number }>(
        `SELECT count(*)::int AS n, coalesce(max(email_attempts), 0)::int AS attempts FROM notification
          WHERE event = 'REQUEST_SUBMITTED' AND email_state = 'PENDING'`,
      );
      expect(failing[0].n).toBe(N);

      // Let the worker fail against the closed port a while, then bring SMTP back.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const { rows: tried } = await t.db.query<{ attempts: number }>(
        `SELECT max(email_attempts)::int AS attempts FROM notification WHERE email_state = 'PENDING'`,
      );
      expect(tried[0].attempts).toBeGreaterThanOrEqual(1);
      const downMs = Date.now() - started;
      await smtp.start();
      await smtp.waitFor(before + N, 30_000);
      const deliveredMs = Date.now() - started;
      // Give any would-be duplicate the time to show up.
      await new Promise((resolve) => setTimeout(resolve, 1500));

      const batch = smtp.received.slice(before);
      const ids = batch.map((m) => String(m.mail.headers.get('x-stint-notification-id')));
      const unique = new Set(ids).size;
      const { rows } = await t.db.query<{ state: string; n: number; max_attempts: number }>(
        `SELECT email_state AS state, count(*)::int AS n, max(email_attempts)::int AS max_attempts
           FROM notification WHERE event = 'REQUEST_SUBMITTED' AND created_at > now() - interval '5 minutes'
          GROUP BY email_state`,
      );
      process.stdout.write(
        `restart test: ${N} notifying mutations (half before, half after an API restart) with SMTP down ${(downMs / 1000).toFixed(1)} s; ` +
          `mutations took ${mutationsMs} ms for the first ${N / 2}; delivered ${batch.length} e-mails (${unique} distinct, ${batch.length - unique} duplicates) ` +
          `${((deliveredMs - downMs) / 1000).toFixed(1)} s after SMTP came back; first instance stopped in ${closeMs} ms; states ${JSON.stringify(rows)}\n`,
      );
      expect(batch.length).toBe(N);
      expect(unique).toBe(N);
      expect(batch.every((m) => m.to.length === 1 && m.to[0] === 'the.director@stint.test')).toBe(
        true,
      );
      expect(rows.find((r) => r.state === 'SENT')?.n).toBeGreaterThanOrEqual(N);
      expect(rows.find((r) => r.state === 'PENDING')).toBeUndefined();
      expect(Math.max(...rows.map((r) => r.max_attempts))).toBeGreaterThan(1);
    } finally {
      await t.db.end().catch(() => undefined);
      await second.close();
      await t.database.drop();
    }
  }, 90_000);
});
