import type { Browser } from 'playwright-core';
import { launchBrowser, newContext, screenshot } from './support/browser';
import { startServer, type RunningServer } from './support/server';
import { downloadCsv, drawnCard, overlaps, signIn, tableRows, textBoxes } from './support/charts';

const COVERAGE_CHARTS = [
  'Coverage over time',
  'Experience share by department',
  'Away share by department',
  'PMO seat fill',
  'Request funnel',
];

describe('HR: the Coverage and Staffing dashboards on the demo organisation', () => {
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

  it('draws every chart without overlapping labels, keeps the filters in the URL, and matches CSV to table', async () => {
    const context = await newContext(browser, server.url);
    const page = await context.newPage();
    await page.goto('/');
    await signIn(page, 'hr@stint.example');

    // HR's home is Coverage; the default filters are written into the address.
    await page.waitForURL(
      /\/coverage\?from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}&granularity=quarter$/,
    );
    await page.getByTestId('kpi-pms').waitFor();

    for (const title of COVERAGE_CHARTS) {
      const card = await drawnCard(page, title);
      expect({ title, overlaps: overlaps(await textBoxes(card)) }).toEqual({ title, overlaps: [] });
    }
    const heatmap = await drawnCard(
      page,
      'Experience share by department and period',
      '.coverage-heatmap__table',
    );
    expect(
      await heatmap.locator('.coverage-heatmap__table tbody tr').count(),
    ).toBeGreaterThanOrEqual(10);
    // The trend marks its forecast: some periods say so in the table.
    const trend = await tableRows(await drawnCard(page, 'Coverage over time'));
    expect(trend.slice(1).some((row) => row[2] === 'Forecast')).toBe(true);
    expect(trend.slice(1).some((row) => row[2] === 'Actual')).toBe(true);
    await screenshot(page, 'coverage-hr');

    // Filters: months, one department (found by searching), applied into the address…
    await page.getByLabel('Periods', { exact: true }).selectOption('MONTH');
    await page.getByText(/^Departments:/).click();
    const firstDepartment = heatmap.locator('.coverage-heatmap__table tbody th').first();
    const name = (await firstDepartment.textContent())?.trim() ?? '';
    await page.getByLabel('Search departments', { exact: true }).fill(name);
    await page
      .getByRole('checkbox', {
        name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`),
      })
      .first()
      .check();
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/granularity=month&departments=[^&]+$/);
    const filteredUrl = page.url();
    const experience = await drawnCard(page, 'Experience share by department');
    // One department: its data table has a header row and one row.
    expect(await tableRows(experience)).toHaveLength(2);
    const before = await tableRows(await drawnCard(page, 'Coverage over time'));
    expect(before[1][0]).toMatch(/^\d{4}-\d{2}$/);

    // …and a reload of that address shows the same view.
    await page.reload();
    await page.getByTestId('kpi-pms').waitFor();
    expect(page.url()).toBe(filteredUrl);
    expect(await tableRows(await drawnCard(page, 'Coverage over time'))).toEqual(before);
    await expect(page.getByLabel('Periods', { exact: true }).inputValue()).resolves.toBe('MONTH');

    // Staffing: every chart drawn, labels apart; one chart's CSV is its table, cell for cell.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Staffing' })
      .click();
    await page.waitForURL(/\/staffing$/);
    for (const title of [
      'Headcount by department',
      'Headcount by level and department',
      'Participation by level',
    ]) {
      const card = await drawnCard(page, title);
      expect({ title, overlaps: overlaps(await textBoxes(card)) }).toEqual({ title, overlaps: [] });
    }
    const byLevel = await drawnCard(page, 'Headcount by level and department');
    const shown = await tableRows(byLevel);
    expect(shown.length).toBeGreaterThan(1);
    expect(await downloadCsv(page, byLevel)).toEqual(shown);

    // HR sees fairness; a suppressed group never shows a number.
    const fairness = page.getByRole('region', { name: 'Fairness by department', exact: true });
    await fairness.locator('table').waitFor();
    for (const row of await tableRows(fairness)) {
      if (row.includes('Suppressed (fewer than 5 people)')) expect(row).toHaveLength(2);
    }
    await page
      .getByRole('region', { name: 'Upcoming returns', exact: true })
      .locator('table, .chart-card__message')
      .first()
      .waitFor();
    await screenshot(page, 'staffing-hr');
    await context.close();
  });
});
