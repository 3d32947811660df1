import type { Browser } from 'playwright-core';
import { Pool } from 'pg';
import { generateOrganisation, loadOrganisation } from '@stint/generator';
import { todayIso } from '@stint/domain';
import { launchBrowser, newContext, screenshot } from './support/browser';
import { drawnCard, overlaps, signIn, tableRows, textBoxes } from './support/charts';
import { startServer, type RunningServer } from './support/server';

/**
 * The dashboards at enterprise size: the generator's `large` organisation (200 departments,
 * 20,000 PMs, 300 PMOs). Every chart must still draw with no label on top of another.
 */
describe('HR: Coverage and Staffing with the large organisation', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer(
      { STINT_DEMO_DATA: 'false' },
      {
        prepare: async (url) => {
          const pool = new Pool({ connectionString: url, max: 2 });
          try {
            const anchor = `${todayIso().slice(0, 8)}01`;
            await loadOrganisation(pool, generateOrganisation({ size: 'large', seed: 1, anchor }));
          } finally {
            await pool.end();
          }
        },
      },
    );
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('draws every Coverage and Staffing chart without overlapping labels', async () => {
    const context = await newContext(browser, server.url);
    const page = await context.newPage();
    await page.goto('/');
    await signIn(page, 'hr@stint.example');
    await page.waitForURL(/\/coverage\?/);

    const charts = [
      'Coverage over time',
      'Experience share by department',
      'Away share by department',
      'PMO seat fill',
      'Request funnel',
    ];
    for (const title of charts) {
      const card = await drawnCard(page, title);
      expect({ title, overlaps: overlaps(await textBoxes(card)) }).toEqual({ title, overlaps: [] });
    }
    // The department and PMO charts draw the 25 most pressing rows until asked for all.
    const experience = await drawnCard(page, 'Experience share by department');
    const ticks = experience.locator('.recharts-yAxis .recharts-cartesian-axis-tick');
    expect(await ticks.count()).toBe(25);
    await experience.getByRole('button', { name: 'Chart all 200 departments' }).click();
    await ticks.nth(199).waitFor({ state: 'attached', timeout: 20_000 });
    expect(await ticks.count()).toBe(200);
    expect(overlaps(await textBoxes(experience))).toEqual([]);
    await experience.getByRole('button', { name: 'Chart the first 25' }).click();
    await ticks.nth(25).waitFor({ state: 'detached', timeout: 20_000 });
    const pmoFill = await drawnCard(page, 'PMO seat fill');
    expect(await pmoFill.locator('.recharts-yAxis .recharts-cartesian-axis-tick').count()).toBe(25);
    await expect(
      pmoFill.getByRole('button', { name: 'Chart all 300 PMOs' }).isVisible(),
    ).resolves.toBe(true);

    const heatmap = await drawnCard(
      page,
      'Experience share by department and period',
      '.coverage-heatmap__table',
    );
    // 200 departments, but only the rows in view are built; scrolling down draws the last one.
    const drawn = heatmap.locator(
      '.coverage-heatmap__table tbody tr:not(.coverage-heatmap__spacer)',
    );
    expect(await drawn.count()).toBeLessThan(60);
    const departments = (await tableRows(heatmap)).slice(1).map((row) => row[0]);
    expect(departments).toHaveLength(200);
    const scroller = heatmap.locator('.coverage-heatmap__scroll');
    await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    const last = departments[departments.length - 1];
    await heatmap
      .locator('.coverage-heatmap__table tbody th')
      .filter({ hasText: new RegExp(`^${last.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) })
      .waitFor({ timeout: 10_000 });
    expect(await drawn.count()).toBeLessThan(60);
    await scroller.evaluate((el) => el.scrollTo({ top: 0 }));
    await screenshot(page, 'coverage-large');

    await page.goto('/staffing');
    for (const title of [
      'Headcount by department',
      'Headcount by level and department',
      'Participation by level',
    ]) {
      const card = await drawnCard(page, title);
      expect({ title, overlaps: overlaps(await textBoxes(card)) }).toEqual({ title, overlaps: [] });
    }
    await screenshot(page, 'staffing-large');
    await context.close();
  }, 120_000);
});
