import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newContext, screenshot } from './support/browser';
import { tableRows } from './support/charts';
import { startServer, type RunningServer } from './support/server';

interface DepartmentRow {
  name: string;
  code: string;
  headcount: number;
}

/** What the API says, read with a bearer token, to compare with what the screen shows. */
async function departmentsFromApi(url: string): Promise<DepartmentRow[]> {
  const post = (body: unknown, token?: string) =>
    fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(body),
    }).then((r) => r.json() as Promise<{ data: Record<string, never> }>);
  const login = await post({
    query: 'mutation { login(email: "hr@stint.example", password: "stint-demo") { token } }',
  });
  const token = (login.data['login'] as { token: string }).token;
  const result = await post({ query: '{ departments { name code headcount } }' }, token);
  return result.data['departments'] as DepartmentRow[];
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill('stint-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe('HR: the Staffing screen on the demo organisation', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('signs in and charts headcount for every demo department, with a matching CSV', async () => {
    const expected = await departmentsFromApi(server.url);
    expect(expected.length).toBeGreaterThanOrEqual(10);

    const context = await newContext(browser, server.url);
    const page = await context.newPage();
    await page.goto('/staffing');
    await page.waitForURL(/\/sign-in\?next=\/staffing$/);
    await signIn(page, 'hr@stint.example');
    await page.waitForURL(/\/staffing$/);

    const card = page.getByRole('region', { name: 'Headcount by department' });
    await card.locator('svg.recharts-surface').waitFor();
    // One bar per department in the chart.
    await expect(card.locator('.recharts-bar-rectangle').count()).resolves.toBe(expected.length);

    // The text alternative lists every department with the API's headcount.
    const shown = (await tableRows(card)).slice(1);
    expect(shown).toHaveLength(expected.length);
    for (const department of expected) {
      expect(shown).toContainEqual([
        department.name,
        department.code,
        department.headcount.toLocaleString('en'),
      ]);
    }

    // The CSV download holds exactly the rows on screen.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('button', { name: /Download CSV/ }).click(),
    ]);
    const stream = await download.createReadStream();
    let csv = '';
    for await (const chunk of stream) csv += String(chunk);
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toBe('Department,Code,Headcount');
    expect(lines).toHaveLength(expected.length + 1);
    for (const department of expected) {
      expect(lines).toContain(`${department.name},${department.code},${department.headcount}`);
    }

    await screenshot(page, 'staffing-hr');
    await context.close();
  });
});
