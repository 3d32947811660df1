import AxeBuilder from '@axe-core/playwright';
import { Client } from 'pg';
import type { Browser, Page } from 'playwright-core';
import { startOidcProvider, type TestOidcProvider } from '@stint/api-core/testing';
import { launchBrowser, newContext, screenshot } from './support/browser';
import { freePort, startServer, type RunningServer } from './support/server';

/**
 * Issue 13: sign-in through a real OpenID provider (`oidc-provider`, started here on loopback),
 * in Chromium, with local passwords turned off.
 */

const PROVIDER_NAME = 'Test IdP';
const ROLE_MAP = 'stint-admins:ADMIN,stint-directors:DIRECTOR,stint-hr:HR,stint-pms:PM';

describe('OpenID Connect sign-in in a real browser', () => {
  let provider: TestOidcProvider;
  let server: RunningServer;
  let browser: Browser;
  let db: Client;
  let newPm: { id: string; email: string };

  const accounts = () => ({
    pm: { email: 'pm@stint.example', email_verified: true, name: 'Pat PM', groups: ['stint-pms'] },
    newpm: { email: newPm.email, email_verified: true, name: 'New PM', groups: ['stint-pms'] },
    nobody: {
      email: 'nobody@corp.example',
      email_verified: true,
      name: 'No Body',
      groups: ['everyone'],
    },
    mover: {
      email: 'mover@corp.example',
      email_verified: true,
      name: 'Mo Ver',
      groups: ['stint-hr'],
    },
  });

  beforeAll(async () => {
    const port = await freePort();
    provider = await startOidcProvider({
      port: await freePort(),
      redirectUri: `http://127.0.0.1:${port}/auth/oidc/callback`,
      accounts: {},
    });
    server = await startServer({
      PORT: String(port),
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: provider.clientId,
      OIDC_CLIENT_SECRET: provider.clientSecret,
      OIDC_PROVIDER_NAME: PROVIDER_NAME,
      OIDC_ROLE_MAP: ROLE_MAP,
      LOCAL_LOGIN: 'false',
      NOTIFICATION_SCAN_INTERVAL_MS: '0',
    });
    db = new Client({ connectionString: server.database.url });
    await db.connect();
    // A demo PM who has no Stint account yet: the first sign-in makes one, linked by e-mail.
    const { rows } = await db.query<{ id: string; email: string }>(
      `SELECT p.id, p.email FROM person p
        WHERE p.left_on IS NULL AND NOT EXISTS (SELECT 1 FROM user_account u WHERE u.person_id = p.id)
        ORDER BY p.employee_number LIMIT 1`,
    );
    newPm = rows[0];
    await provider.setAccounts(accounts());
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await db?.end();
    await server?.stop();
    await provider?.stop();
  });

  /** Through the provider's own pages: login (any password), consent, back to Stint. */
  async function signInWithProvider(
    login: string,
  ): Promise<{ page: Page; close: () => Promise<void> }> {
    const context = await newContext(browser, server.url);
    const page = await context.newPage();
    await page.goto('/sign-in');
    await page.getByRole('link', { name: `Sign in with ${PROVIDER_NAME}` }).click();
    await page.waitForURL((url) => url.origin === provider.issuer);
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="password"]').fill('any password');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    const consent = page.getByRole('button', { name: 'Continue' });
    await page.waitForURL(
      (url) => url.origin === server.url || url.pathname.includes('interaction'),
    );
    if (new URL(page.url()).origin === provider.issuer) await consent.click();
    await page.waitForURL(
      (url) =>
        url.origin === server.url && !url.pathname.startsWith('/auth/') && url.pathname !== '/',
    );
    return { page, close: () => context.close() };
  }

  async function sessionsOf(email: string): Promise<number> {
    const { rows } = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM user_session s JOIN user_account u ON u.id = s.user_id WHERE lower(u.email) = lower($1)`,
      [email],
    );
    return rows[0].n;
  }

  it('offers only the company sign-in when LOCAL_LOGIN=false, and refuses passwords', async () => {
    const context = await newContext(browser, server.url);
    const page = await context.newPage();
    await page.goto('/sign-in');
    await page.getByRole('link', { name: `Sign in with ${PROVIDER_NAME}` }).waitFor();
    await expect(page.getByLabel('Password').count()).resolves.toBe(0);
    const violations = (
      await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze()
    ).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(violations.map((v) => v.id)).toEqual([]);
    await context.close();
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation { login(email: "pm@stint.example", password: "stint-demo") { token } }',
      }),
    });
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('a PM signs in through the provider and lands on My rotation; the session also works as a bearer token', async () => {
    const { page, close } = await signInWithProvider('pm');
    await page.waitForURL(/\/my-rotation$/);
    await page.getByRole('heading', { level: 1, name: 'My rotation' }).waitFor();
    await screenshot(page, 'oidc-pm-my-rotation');
    const { rows } = await db.query(
      `SELECT role, oidc_subject, person_id IS NOT NULL AS linked FROM user_account WHERE email = 'pm@stint.example'`,
    );
    expect(rows).toEqual([{ role: 'PM', oidc_subject: 'pm', linked: true }]);

    const cookie = (await page.context().cookies()).find((c) => c.name === 'stint_session');
    const me = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${cookie?.value}` },
      body: JSON.stringify({ query: '{ me { email role } }' }),
    });
    expect(((await me.json()) as { data: unknown }).data).toEqual({
      me: { email: 'pm@stint.example', role: 'PM' },
    });
    await close();
  });

  it('makes an account on first sign-in and links the PM to their person by e-mail', async () => {
    const { page, close } = await signInWithProvider('newpm');
    await page.waitForURL(/\/my-rotation$/);
    const { rows } = await db.query(
      `SELECT role, person_id FROM user_account WHERE lower(email) = lower($1)`,
      [newPm.email],
    );
    expect(rows).toEqual([{ role: 'PM', person_id: newPm.id }]);
    await close();
  });

  it('a user in no mapped group gets a clear no-access page and no account', async () => {
    const { page, close } = await signInWithProvider('nobody');
    await page.waitForURL(/\/no-access\?reason=no-access$/);
    await page.getByRole('heading', { level: 1, name: 'No access to Stint' }).waitFor();
    await expect(page.getByText(/not in any group that gives access/).isVisible()).resolves.toBe(
      true,
    );
    await screenshot(page, 'oidc-no-access');
    const { rows } = await db.query(
      `SELECT 1 FROM user_account WHERE email = 'nobody@corp.example'`,
    );
    expect(rows).toHaveLength(0);
    await close();
  });

  it('applies a role change at the provider at the next sign-in; a disabled account stays out', async () => {
    const first = await signInWithProvider('mover');
    await first.page.waitForURL(/\/coverage$/); // HR's home
    await first.close();

    await provider.setAccounts({
      ...accounts(),
      mover: { ...accounts().mover, groups: ['stint-directors'] },
    });
    const second = await signInWithProvider('mover');
    await second.page.waitForURL(/\/planning$/); // a director's home
    await second.close();
    const { rows } = await db.query(
      `SELECT role FROM user_account WHERE email = 'mover@corp.example'`,
    );
    expect(rows).toEqual([{ role: 'DIRECTOR' }]);

    await db.query(`UPDATE user_account SET disabled = true WHERE email = 'mover@corp.example'`);
    const before = await sessionsOf('mover@corp.example');
    const third = await signInWithProvider('mover');
    await third.page.waitForURL(/\/sign-in\?oidc=disabled$/);
    await expect(third.page.getByRole('alert').innerText()).resolves.toMatch(/disabled/);
    expect(await sessionsOf('mover@corp.example')).toBe(before);
    await third.close();
  });

  it.each([
    ['forged', /signature/i],
    ['expired', /"exp"/],
    ['wrong-audience', /"aud"/],
  ] as const)('refuses a %s ID token: no session, back to sign-in', async (mode, why) => {
    const logged = server.output().length;
    const before = await sessionsOf('pm@stint.example');
    await provider.setMode(mode);
    try {
      const { page, close } = await signInWithProvider('pm');
      await page.waitForURL(/\/sign-in\?oidc=failed$/);
      await expect(page.getByRole('alert').innerText()).resolves.toMatch(/did not work/);
      await close();
    } finally {
      await provider.setMode('normal');
    }
    expect(await sessionsOf('pm@stint.example')).toBe(before);
    // Refused for the reason the tampering gave, as the server log says.
    expect(server.output().slice(logged)).toMatch(why);
  });
});
