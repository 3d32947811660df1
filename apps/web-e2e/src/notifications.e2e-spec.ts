import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SmtpSink } from '@stint/api-core/testing';
import { launchBrowser, newContext, screenshot } from './support/browser';
import { startServer, type RunningServer } from './support/server';

/**
 * Issue 13 in a real browser: a PM submits a request; the director's bell shows it and the
 * e-mail reaches a real SMTP server; the director approves; the PM's bell shows the decision
 * and that e-mail arrives too. The open panel passes an axe scan.
 */

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const PASSWORD = 'stint-demo';

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

async function gql(url: string, email: string, query: string, variables: Json = {}) {
  const login = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation { login(email: "${email}", password: "${PASSWORD}") { token } }`,
    }),
  });
  const token = ((await login.json()) as Json)['data'].login.token as string;
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: Json; errors?: Json[] };
}

async function seriousViolations(page: Page, include: string): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .include(include)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('Notifications in a real browser, with e-mail over SMTP', () => {
  const smtp = new SmtpSink();
  let server: RunningServer;
  let browser: Browser;
  let requestId = '';

  beforeAll(async () => {
    await smtp.start();
    server = await startServer({
      SMTP_URL: smtp.url,
      EMAIL_POLL_INTERVAL_MS: '200',
      // The demo's history would otherwise bring scheduled notifications at start.
      NOTIFICATION_SCAN_INTERVAL_MS: '0',
    });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await smtp.stop();
  });

  async function freshPage(): Promise<{ context: BrowserContext; page: Page }> {
    const context = await newContext(browser, server.url);
    return { context, page: await context.newPage() };
  }

  it('PM submits; the director’s bell shows 1 and the e-mail arrives', async () => {
    const pm = await freshPage();
    await signIn(pm.page, 'pm@stint.example');
    await pm.page.waitForURL(/\/my-rotation$/);
    await pm.page.getByLabel('Program management').check();
    await pm.page
      .getByLabel('Motivation')
      .fill('I would like to learn how a PMO steers a portfolio of projects.');
    await pm.page.getByRole('button', { name: 'Submit request' }).click();
    await pm.page
      .getByRole('region', { name: 'Your request' })
      .getByText('Awaiting decision')
      .waitFor();
    await pm.context.close();

    const mine = await gql(
      server.url,
      'pm@stint.example',
      '{ rotationRequests(first: 5, filter: { statuses: [SUBMITTED] }) { edges { node { id } } } }',
    );
    requestId = mine.data?.['rotationRequests'].edges[0].node.id;

    const director = await freshPage();
    await signIn(director.page, 'director@stint.example');
    const bell = director.page.getByRole('button', { name: 'Notifications, 1 unread' });
    await bell.waitFor();
    await expect(bell.innerText()).resolves.toContain('1');

    await smtp.waitFor(1, 15_000);
    const toDirector = smtp.received.find((m) => m.to.includes('director@stint.example'));
    expect(toDirector?.mail.subject).toMatch(/requested a rotation$/);
    expect(toDirector?.mail.text).toContain(`${server.url}/requests/${requestId}`);

    // The panel: newest first, linking to the record; axe finds nothing serious in it.
    await bell.click();
    const panel = director.page.getByRole('region', { name: 'Notifications' });
    const link = panel.getByRole('link', { name: /requested a rotation$/ });
    await link.waitFor();
    expect(await seriousViolations(director.page, '.notifications-panel')).toEqual([]);
    await screenshot(director.page, 'notifications-director-panel');
    await link.click();
    await director.page.waitForURL(new RegExp(`/requests/${requestId}$`));
    await director.page.getByRole('button', { name: 'Notifications, none unread' }).waitFor();
    await director.context.close();
  });

  it('director approves; the PM’s bell shows it and the e-mail arrives', async () => {
    // A free analyst seat of the director's PMOs for the requested window.
    const request = await gql(
      server.url,
      'director@stint.example',
      'query ($id: ID!) { rotationRequest(id: $id) { earliestStart durationMonths } }',
      { id: requestId },
    );
    const startsOn: string = request.data?.['rotationRequest'].earliestStart;
    const end = new Date(`${startsOn}T00:00:00Z`);
    end.setUTCMonth(end.getUTCMonth() + 12);
    end.setUTCDate(end.getUTCDate() - 1);
    const endsOn = end.toISOString().slice(0, 10);
    const seats = await gql(
      server.url,
      'director@stint.example',
      '{ seats(filter: { directedByMe: true }, first: 100) { edges { node { id role opensOn closesOn pmo { id } } } } }',
    );
    const seatList: Json[] = seats.data?.['seats'].edges.map((e: Json) => e.node);
    const rotations = await gql(
      server.url,
      'director@stint.example',
      'query ($s: [ID!]) { rotations(filter: { seatIds: $s, statuses: [PLANNED, ACTIVE] }, first: 100) { edges { node { seatId startsOn endsOn } } } }',
      { s: seatList.map((s) => s.id) },
    );
    const busy: Json[] = rotations.data?.['rotations'].edges.map((e: Json) => e.node);
    const seat = seatList.find(
      (s) =>
        s.role === 'PMO_ANALYST' &&
        s.opensOn <= startsOn &&
        (!s.closesOn || s.closesOn >= endsOn) &&
        !busy.some((r) => r.seatId === s.id && r.startsOn <= endsOn && startsOn <= r.endsOn),
    );
    expect(seat).toBeDefined();

    const director = await freshPage();
    await signIn(director.page, 'director@stint.example');
    await director.page.goto(`/requests/${requestId}`);
    await director.page.getByLabel('PMO', { exact: true }).selectOption(seat?.['pmo'].id);
    await director.page.getByLabel('Seat', { exact: true }).selectOption(seat?.['id']);
    await director.page
      .getByRole('region', { name: 'Impact of approving' })
      .locator('table')
      .waitFor();
    const override = director.page.getByLabel('Reason to go over the away cap');
    if (await override.isVisible()) await override.fill('Covered by a temporary hire.');
    await director.page.getByRole('button', { name: 'Approve' }).click();
    await director.page.locator('.status-badge', { hasText: 'Approved' }).waitFor();
    await director.context.close();

    const pm = await freshPage();
    await signIn(pm.page, 'pm@stint.example');
    const bell = pm.page.getByRole('button', { name: 'Notifications, 1 unread' });
    await bell.waitFor();
    await bell.click();
    const panel = pm.page.getByRole('region', { name: 'Notifications' });
    await panel.getByRole('link', { name: 'Your rotation request was approved' }).waitFor();
    expect(await seriousViolations(pm.page, '.notifications-panel')).toEqual([]);
    await panel.getByRole('button', { name: 'Mark all read' }).click();
    await pm.page.getByRole('button', { name: 'Notifications, none unread' }).waitFor();

    await smtp.waitFor(2, 15_000);
    const toPm = smtp.received.find((m) => m.to.includes('pm@stint.example'));
    expect(toPm?.mail.subject).toBe('Your rotation request was approved');
    expect(toPm?.mail.text).toContain(`${server.url}/my-rotation`);

    // My settings: every role can choose which events come by e-mail.
    await pm.page.getByRole('link', { name: 'My settings' }).click();
    await pm.page.getByRole('heading', { level: 1, name: 'My settings' }).waitFor();
    await pm.page.getByLabel('Your rotation request was declined').uncheck();
    await pm.page.getByRole('button', { name: 'Save e-mail settings' }).click();
    await pm.page.getByRole('status').getByText('Saved.').waitFor();
    expect(await seriousViolations(pm.page, 'main')).toEqual([]);
    await pm.context.close();
  });
});
