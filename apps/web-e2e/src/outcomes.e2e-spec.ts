import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newContext, screenshot } from './support/browser';
import { downloadCsv, drawnCard, signIn, tableRows } from './support/charts';
import { startServer, type RunningServer } from './support/server';

const SUPPRESSED = 'suppressed (fewer than 5)';
const CARDS = [
  'Development goals achieved',
  'Promotion after return',
  'Retention and return to delivery',
];

async function seriousViolations(page: Page): Promise<string[]> {
  await page.waitForLoadState('networkidle');
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Every figure cell is a percentage, a count, "No data" or the suppression words: never both. */
function expectNoNumberWhereSuppressed(rows: string[][]): void {
  for (const row of rows.slice(1)) {
    for (const cell of row.slice(1)) {
      if (cell.includes('suppressed')) expect(cell).toBe(SUPPRESSED);
      else expect(cell).toMatch(/^(\d[\d,.]*%?|No data)$/);
    }
  }
}

describe('Outcomes on the demo organisation, in a real browser', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function open(role: string, address = '/outcomes') {
    const context = await newContext(browser, server.url);
    const page = await context.newPage();
    await page.goto(address);
    await signIn(page, `${role}@stint.example`);
    await page.waitForURL((url) => url.pathname === '/outcomes');
    await page.getByRole('heading', { level: 1, name: 'Outcomes' }).waitFor();
    return { context, page };
  }

  it('HR: goals, the promotion curve, retention and delivery, with tables and CSVs that say "suppressed", never a number', async () => {
    const { context, page } = await open('hr');
    await expect(page.getByText('Association, not cause.').isVisible()).resolves.toBe(true);
    for (const title of CARDS) {
      const card = await drawnCard(page, title);
      const rows = await tableRows(card);
      expect(rows.length).toBeGreaterThan(1);
      expectNoNumberWhereSuppressed(rows);
      // The CSV holds exactly the rows on screen, suppressed cells as the same words.
      const csv = await downloadCsv(page, card);
      expect(csv.length).toBe(rows.length);
      for (const [i, row] of rows.entries())
        for (const [j, cell] of row.entries())
          if (cell === SUPPRESSED) expect(csv[i][j]).toBe(SUPPRESSED);
    }
    const curve = await tableRows(await drawnCard(page, 'Promotion after return'));
    expect(curve.map((r) => r[0])).toEqual([
      'Months since return',
      ...Array.from({ length: 25 }, (_, m) => String(m)),
    ]);
    await page.screenshot({
      path: path.resolve(__dirname, '../../../docs/screenshots/outcomes.png'),
      fullPage: true,
    });
    await screenshot(page, 'outcomes-hr');

    // One department: a smaller group, whose small figures read as words.
    const department = page.getByRole('combobox', { name: 'Department on return' });
    const first = await department.locator('option').nth(1).getAttribute('value');
    await department.selectOption(first ?? '');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL((url) => url.searchParams.get('department') === first);
    await page.waitForLoadState('networkidle');
    const retention = page.getByRole('region', {
      name: 'Retention and return to delivery',
      exact: true,
    });
    // Drawn (not the empty state): its data table, when asked for.
    if ((await retention.getByRole('button', { name: 'Show data table' }).count()) > 0)
      expectNoNumberWhereSuppressed(await tableRows(retention));
    await context.close();
  }, 120_000);

  it('PM: the organisation only, no department or level filter', async () => {
    const { context, page } = await open('pm');
    await drawnCard(page, 'Promotion after return');
    await expect(page.getByRole('combobox', { name: 'PMO scope' }).count()).resolves.toBe(1);
    await expect(
      page.getByRole('combobox', { name: 'Department on return' }).count(),
    ).resolves.toBe(0);
    await expect(page.getByRole('combobox', { name: 'Level on return' }).count()).resolves.toBe(0);
    // Asking by address changes nothing: the filter is not sent.
    await page.goto(
      '/outcomes?department=00000000-0000-4000-8000-000000000000&level=PROJECT_MANAGER',
    );
    await drawnCard(page, 'Promotion after return');
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
    await context.close();
  }, 120_000);

  it.each(['hr', 'director', 'admin', 'pm'])(
    'axe: Outcomes for %s has no serious or critical violation',
    async (role) => {
      const { context, page } = await open(role);
      for (const title of CARDS) await drawnCard(page, title);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, `outcomes-${role}`);
      await context.close();
    },
    120_000,
  );
});
