import { Client } from 'pg';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext, screenshot } from './support/browser';
import { drawnCard, tableRows } from './support/charts';
import {
  addDaysIso,
  addMonthsIso,
  Api,
  isoDay,
  seriousViolations,
  signInAs,
  signInWithKeyboard,
  tabTo,
  typeInto,
  type Json,
} from './support/journeys';
import { startServer, type RunningServer } from './support/server';

/**
 * Issue 9 on the demo organisation: a director creates a PMO with two seats, assigns a
 * candidate to one from Planning, ends the rotation early and records its outcome, all with
 * the keyboard alone, while the seat-fill and coverage numbers move as they should; a director
 * cannot open or change a PMO they do not direct; axe passes on every new screen for every
 * role that can open it.
 */

const DIRECTOR = 'director@stint.example';
const PMO_NAME = 'Harbour Enterprise PMO';

interface Ids {
  pmoId: string;
  analystSeatId: string;
  managerSeatId: string;
  rotationId: string;
  personId: string;
  personName: string;
  departmentId: string;
  /** onRotation of the person's department at the end of next month, before the assignment. */
  onRotationBefore: number;
  otherPmoId: string;
  otherPmoName: string;
  otherRotationId: string;
}

const today = isoDay(new Date());
const thisMonth = `${today.slice(0, 7)}-01`;
const seatOpensOn = addMonthsIso(thisMonth, -1);
const nextMonthLabel = addMonthsIso(thisMonth, 1).slice(0, 7);
const periodTo = addDaysIso(addMonthsIso(thisMonth, 12), -1);

const FILL = `query ($p: [ID!], $from: String!, $to: String!) {
  pmoFill(filter: { pmoIds: $p, from: $from, to: $to, granularity: MONTH }) {
    points { daysFilled daysOpen }
  }
}`;
const COVERAGE = `query ($f: CoverageFilter!) {
  coverage(filter: $f) { departments { departmentId series { label onRotation } } }
}`;

describe('PMOs, seats and rotations, in a real browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let api: Api;
  const ids = {} as Ids;

  /** The PMO's seat fill from the start of this month for a year: filled and open seat-days. */
  async function seatFill(): Promise<{ filled: number; open: number }> {
    const answer = await api.as(DIRECTOR, FILL, { p: [ids.pmoId], from: thisMonth, to: periodTo });
    const points: Json[] = answer.data?.['pmoFill'][0].points ?? [];
    return {
      filled: points.reduce((sum, p) => sum + p['daysFilled'], 0),
      open: points.reduce((sum, p) => sum + p['daysOpen'], 0),
    };
  }

  /** Each department's onRotation at the end of next month. */
  async function onRotationNextMonth(): Promise<Map<string, number>> {
    const answer = await api.as(DIRECTOR, COVERAGE, {
      f: { from: thisMonth, to: periodTo, granularity: 'MONTH' },
    });
    return new Map(
      (answer.data?.['coverage'].departments as Json[]).map((d) => [
        d['departmentId'],
        (d['series'] as Json[]).find((p) => p['label'] === nextMonthLabel)?.['onRotation'],
      ]),
    );
  }

  /** The rows of a chart card's data table on the Coverage screen. */
  async function coverageRows(page: Page, card: string): Promise<string[][]> {
    await page.goto(
      `/coverage?from=${thisMonth}&to=${periodTo}&granularity=MONTH&departments=${ids.departmentId}`,
    );
    // Header left out.
    return (await tableRows(await drawnCard(page, card))).slice(1);
  }

  /** What the Coverage screen shows for the new PMO's forecast fill and the department next month. */
  async function chartsShow(page: Page): Promise<{ forecastFill: string; onRotation: number }> {
    const fill = await coverageRows(page, 'PMO seat fill');
    const pmoRow = fill.find((cells) => cells[0] === PMO_NAME);
    const trend = await coverageRows(page, 'Coverage over time');
    const month = trend.find((cells) => cells[0] === nextMonthLabel);
    return { forecastFill: pmoRow?.[6] ?? '', onRotation: Number(month?.[4]) };
  }

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    api = new Api(server.url);
    const me = await api.as(DIRECTOR, '{ me { id } }');
    const pmos = await api.as(DIRECTOR, '{ pmos { id name directors { id } } }');
    const other = (pmos.data?.['pmos'] as Json[]).find(
      (p) => !(p['directors'] as Json[]).some((d) => d['id'] === me.data?.['me'].id),
    );
    ids.otherPmoId = other?.['id'];
    ids.otherPmoName = other?.['name'];
    const rotations = await api.as(
      DIRECTOR,
      'query ($p: [ID!]) { rotations(filter: { pmoIds: $p }, first: 1) { edges { node { id } } } }',
      { p: [ids.otherPmoId] },
    );
    ids.otherRotationId = rotations.data?.['rotations'].edges[0].node.id;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function freshPage(): Promise<{ context: BrowserContext; page: Page }> {
    const context = await newContext(browser, server.url);
    return { context, page: await context.newPage() };
  }

  it('director: creates a PMO with two seats, with the keyboard alone', async () => {
    const { context, page } = await freshPage();
    await signInWithKeyboard(page, DIRECTOR);
    await page.waitForURL(/\/planning$/);

    await tabTo(page, 'PMOs');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'PMOs' }).waitFor();
    await tabTo(page, 'Add a PMO');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Add a PMO' }).waitFor();

    // Sending it empty marks the fields, as the API would.
    await tabTo(page, 'Add PMO');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').getByText('Check the fields marked below.').waitFor();
    await expect(page.getByText('Enter a name for the PMO.').isVisible()).resolves.toBe(true);

    await typeInto(page, 'Name', PMO_NAME);
    await tabTo(page, 'Kind of PMO');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    await expect(page.getByLabel('Kind of PMO').inputValue()).resolves.toBe('ENTERPRISE');
    await tabTo(page, 'Add PMO');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/pmos\/[0-9a-f-]{36}$/);
    ids.pmoId = page.url().split('/').pop() as string;
    await page.getByRole('heading', { level: 1, name: PMO_NAME }).waitFor();

    for (const [title, downs] of [
      ['Harbour analyst', 1],
      ['Harbour office manager', 2],
    ] as const) {
      // Let the PMO page settle (its seats and the header's polls) before walking its tab order.
      await page.getByRole('region', { name: 'Seats' }).waitFor();
      await page.waitForLoadState('networkidle');
      await tabTo(page, 'Add a seat');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Add a seat' }).waitFor();
      await typeInto(page, 'Title', title);
      await tabTo(page, 'Role');
      for (let i = 0; i < downs; i++) await page.keyboard.press('ArrowDown');
      await typeInto(page, 'Opens on', seatOpensOn);
      await expect(page.getByLabel('Title').inputValue()).resolves.toBe(title);
      await tabTo(page, 'Add seat');
      await page.keyboard.press('Enter');
      await page.waitForURL(new RegExp(`/pmos/${ids.pmoId}$`));
      await page.getByRole('rowheader', { name: title }).waitFor();
    }
    const seats = page.getByRole('region', { name: 'Seats' }).locator('tbody tr');
    await expect(seats.count()).resolves.toBe(2);

    const pmo = await api.as(
      DIRECTOR,
      'query ($id: ID!) { pmo(id: $id) { scope directors { displayName } seats { id title role opensOn closesOn } } }',
      { id: ids.pmoId },
    );
    expect(pmo.data?.['pmo']).toMatchObject({
      scope: 'ENTERPRISE',
      directors: [{ displayName: 'Dana Director' }],
    });
    const created: Json[] = pmo.data?.['pmo'].seats;
    expect(created.map((s) => [s['title'], s['role'], s['opensOn'], s['closesOn']]).sort()).toEqual(
      [
        ['Harbour analyst', 'PMO_ANALYST', seatOpensOn, null],
        ['Harbour office manager', 'PMO_MANAGER', seatOpensOn, null],
      ],
    );
    ids.analystSeatId = created.find((s) => s['title'] === 'Harbour analyst')?.['id'];
    ids.managerSeatId = created.find((s) => s['title'] === 'Harbour office manager')?.['id'];
    await expect(seatFill()).resolves.toMatchObject({ filled: 0 });
    await context.close();
  });

  it('director: assigns a candidate to one seat from Planning; seat fill and coverage rise', async () => {
    const before = await onRotationNextMonth();
    const { context, page } = await freshPage();
    await signInWithKeyboard(page, DIRECTOR);
    await page.waitForURL(/\/planning$/);

    await tabTo(page, /^Open: Harbour analyst from/, 400);
    await page.keyboard.press('Enter');
    const panel = page.locator('.candidate-panel');
    const first = panel.locator('.candidate__choose').first();
    await first.waitFor({ timeout: 20_000 });
    const name = ((await first.textContent()) ?? '').trim();
    await tabTo(page, name);
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: 'Impact preview' }).locator('table').waitFor();
    const override = page.getByLabel('Reason to go over the away cap');
    if (await override.isVisible()) {
      await typeInto(page, 'Reason to go over the away cap', 'Covered by a temporary hire.');
    }
    await tabTo(page, `Assign ${name}`);
    await page.keyboard.press('Enter');
    await page.getByText(new RegExp(`^${name} is assigned from`)).waitFor();

    const rotation = await api.as(
      DIRECTOR,
      'query ($s: [ID!]) { rotations(filter: { seatIds: $s }, first: 5) { edges { node { id personId startsOn endsOn status } } } }',
      { s: [ids.analystSeatId] },
    );
    const node: Json = rotation.data?.['rotations'].edges[0].node;
    expect(node).toMatchObject({ startsOn: today, status: 'ACTIVE' });
    ids.rotationId = node['id'];
    ids.personId = node['personId'];
    ids.personName = name;
    const person = await api.as(
      DIRECTOR,
      'query ($id: ID!) { person(id: $id) { department { id } } }',
      { id: ids.personId },
    );
    ids.departmentId = person.data?.['person'].department.id;
    ids.onRotationBefore = before.get(ids.departmentId) as number;
    expect(typeof ids.onRotationBefore).toBe('number');

    // The API's numbers: one of two seats now filled from today for the rotation's length.
    const fill = await seatFill();
    expect(fill.filled).toBeGreaterThan(0);
    expect(fill.filled / fill.open).toBeGreaterThan(0.4);
    expect(fill.filled / fill.open).toBeLessThanOrEqual(0.5);
    expect((await onRotationNextMonth()).get(ids.departmentId)).toBe(ids.onRotationBefore + 1);
    // And the charts' text alternatives on the Coverage screen.
    const shown = await chartsShow(page);
    expect(Number.parseFloat(shown.forecastFill)).toBeGreaterThan(40);
    expect(shown.onRotation).toBe(ids.onRotationBefore + 1);

    // The PMO page now names who holds the seat.
    await page.goto(`/pmos/${ids.pmoId}`);
    const seatRow = page
      .getByRole('region', { name: 'Seats' })
      .getByRole('row', { name: /Harbour analyst/ });
    await seatRow.getByRole('link', { name }).waitFor();
    await page.getByRole('region', { name: 'Rotations' }).getByRole('link', { name }).waitFor();
    await screenshot(page, 'pmo');

    // Closing the seat inside the rotation is refused, naming the rotation in the way.
    await page.goto(`/pmos/${ids.pmoId}/seats/${ids.analystSeatId}/edit`);
    const lastDay = page.getByLabel('Last open day');
    await lastDay.fill(addMonthsIso(today, 1));
    await page.getByRole('button', { name: 'Close seat' }).click();
    await page
      .getByRole('alert')
      .getByText(
        `The rotation of ${name} from ${today} to ${node['endsOn']} would lie outside the seat's window.`,
      )
      .waitFor();
    const seat = await api.as(DIRECTOR, 'query ($id: ID!) { seat(id: $id) { closesOn } }', {
      id: ids.analystSeatId,
    });
    expect(seat.data?.['seat'].closesOn).toBeNull();
    await context.close();
  });

  it('director: ends it early from the PMO page, seeing the seat fill before and after', async () => {
    const { context, page } = await freshPage();
    await signInWithKeyboard(page, DIRECTOR);
    await page.goto(`/pmos/${ids.pmoId}`);
    await page.getByRole('heading', { level: 1, name: PMO_NAME }).waitFor();
    await tabTo(page, ids.personName);
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/rotations/${ids.rotationId}$`));
    await page.getByRole('heading', { level: 1, name: `Rotation of ${ids.personName}` }).waitFor();

    // A date outside the rotation is refused before anything is sent.
    await typeInto(page, 'New last day', addDaysIso(today, -1));
    await tabTo(page, 'End rotation early');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').getByText('Check the new last day.').waitFor();
    await expect(page.locator('.form-field__error').innerText()).resolves.toMatch(
      /Must be on or after the start/,
    );

    await tabTo(page, 'New last day', 20);
    await page.keyboard.press('Control+A');
    await page.keyboard.type(today);
    const impact = page.getByRole('region', { name: 'Impact on the seat fill' });
    const row = impact.locator('tbody tr').first();
    await row.waitFor();
    const [, beforeText, afterText] = await row
      .locator('th, td')
      .evaluateAll((cells) => cells.map((c) => (c.textContent ?? '').trim()));
    expect(Number.parseFloat(beforeText)).toBeGreaterThan(Number.parseFloat(afterText));
    await screenshot(page, 'rotation');

    await tabTo(page, 'End rotation early');
    await page.keyboard.press('Enter');
    await page.getByText(`The rotation now ends on ${today}.`).waitFor();

    const ended = await api.as(DIRECTOR, 'query ($id: ID!) { rotation(id: $id) { endsOn } }', {
      id: ids.rotationId,
    });
    expect(ended.data?.['rotation'].endsOn).toBe(today);
    expect((await seatFill()).filled).toBe(1);
    expect((await onRotationNextMonth()).get(ids.departmentId)).toBe(ids.onRotationBefore);
    const shown = await chartsShow(page);
    expect(Number.parseFloat(shown.forecastFill)).toBeLessThan(1);
    expect(shown.onRotation).toBe(ids.onRotationBefore);
    await context.close();
  });

  it('director: records the outcome from Outcomes due once the rotation has ended', async () => {
    // The server's clock cannot be moved: shift the rotation one day back, as it stands tomorrow.
    const db = new Client({ connectionString: server.database.url });
    await db.connect();
    await db.query(
      `UPDATE rotation SET starts_on = starts_on - 1, ends_on = ends_on - 1 WHERE id = $1`,
      [ids.rotationId],
    );
    await db.end();
    const due = async () =>
      (
        await api.as(
          DIRECTOR,
          '{ rotations(filter: { outcomeDue: true, directedByMe: true }, first: 1) { totalCount } }',
        )
      ).data?.['rotations'].totalCount as number;
    const dueBefore = await due();
    expect(dueBefore).toBeGreaterThan(0);

    const { context, page } = await freshPage();
    await signInWithKeyboard(page, DIRECTOR);
    await page.waitForURL(/\/planning$/);
    const badge = page.getByRole('navigation', { name: 'Main' }).locator('.main-nav__badge');
    /** The nav badge's number once it shows `expected` (0 when it is hidden), or what it showed. */
    const badgeShows = async (expected: number): Promise<number> => {
      let shown = -1;
      for (let i = 0; i < 50 && shown !== expected; i++) {
        if (i > 0) await page.waitForTimeout(200);
        shown =
          (await badge.count()) === 0
            ? 0
            : Number(await badge.locator('[aria-hidden]').innerText());
      }
      return shown;
    };
    await expect(badgeShows(dueBefore)).resolves.toBe(dueBefore);

    const list = page.getByRole('region', { name: /^Outcomes due/ });
    const link = `Record outcome for ${ids.personName}’s rotation`;
    // Oldest first: the rotation that ended yesterday is last; show more until it is listed.
    for (;;) {
      const listed = await list
        .getByRole('link', { name: link })
        .waitFor({ timeout: 5_000 })
        .then(
          () => true,
          () => false,
        );
      if (listed) break;
      await list.getByRole('button', { name: /^Show \d+ more/ }).click();
    }
    await tabTo(page, link, 800);
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/rotations/${ids.rotationId}$`));
    await page.getByRole('heading', { name: 'Record the outcome' }).waitFor();

    await tabTo(page, /^Portfolio management/);
    await page.keyboard.press('Space');
    await tabTo(page, /^Organisational visibility/);
    await page.keyboard.press('Space');
    await typeInto(
      page,
      'Note',
      'Ran the portfolio review for two quarters before returning early.',
    );
    await tabTo(page, 'Record outcome');
    await page.keyboard.press('Enter');
    await page.getByText('The outcome is recorded.').waitFor();

    const recorded = await api.as(
      DIRECTOR,
      'query ($id: ID!) { rotation(id: $id) { status goalsAchieved outcomeNote } }',
      { id: ids.rotationId },
    );
    expect(recorded.data?.['rotation']).toEqual({
      status: 'COMPLETED',
      goalsAchieved: ['PORTFOLIO_MANAGEMENT', 'ORGANIZATIONAL_VISIBILITY'],
      outcomeNote: 'Ran the portfolio review for two quarters before returning early.',
    });
    await expect(due()).resolves.toBe(dueBefore - 1);
    await expect(badgeShows(dueBefore - 1)).resolves.toBe(dueBefore - 1);
    await context.close();
  });

  it('director: cannot open or change a PMO they do not direct, by link either', async () => {
    expect(ids.otherPmoId).toBeDefined();
    const { context, page } = await freshPage();
    await signInAs(page, DIRECTOR);
    for (const path of [
      `/pmos/${ids.otherPmoId}`,
      `/pmos/${ids.otherPmoId}/edit`,
      `/pmos/${ids.otherPmoId}/seats/new`,
    ]) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1, name: 'You do not direct this PMO' }).waitFor();
      await expect(page.locator('main form').count()).resolves.toBe(0);
    }
    await page.goto('/pmos');
    await page.getByRole('link', { name: PMO_NAME }).waitFor();
    await expect(page.getByRole('link', { name: ids.otherPmoName }).count()).resolves.toBe(0);

    // A rotation there can be read but not acted on.
    await page.goto(`/rotations/${ids.otherRotationId}`);
    await page.getByText(`Only the directors of ${ids.otherPmoName} or an admin`).waitFor();
    await expect(page.locator('main form').count()).resolves.toBe(0);

    // And the API refuses, whatever the page shows.
    const pmo = await api.as(DIRECTOR, 'query ($id: ID!) { pmo(id: $id) { version } }', {
      id: ids.otherPmoId,
    });
    const attempts = [
      await api.as(
        DIRECTOR,
        'mutation ($id: ID!, $v: Int!) { updatePmo(input: { id: $id, version: $v, name: "Taken over" }) { id } }',
        { id: ids.otherPmoId, v: pmo.data?.['pmo'].version },
      ),
      await api.as(
        DIRECTOR,
        'mutation ($p: ID!) { createSeat(input: { pmoId: $p, role: PMO_ANALYST, title: "x", opensOn: "2030-01-01" }) { id } }',
        { p: ids.otherPmoId },
      ),
      await api.as(
        DIRECTOR,
        'mutation ($id: ID!) { cancelRotation(id: $id, reason: "no") { id } }',
        { id: ids.otherRotationId },
      ),
    ];
    expect(attempts.map((a) => a.errors?.[0]?.['extensions'].code)).toEqual([
      'FORBIDDEN',
      'FORBIDDEN',
      'FORBIDDEN',
    ]);
    await context.close();
  });

  const SCREENS: Record<string, Array<[string, () => string]>> = {
    director: [
      ['pmos', () => '/pmos'],
      ['pmo-new', () => '/pmos/new'],
      ['pmo', () => `/pmos/${ids.pmoId}`],
      ['pmo-edit', () => `/pmos/${ids.pmoId}/edit`],
      ['seat-new', () => `/pmos/${ids.pmoId}/seats/new`],
      ['seat-edit', () => `/pmos/${ids.pmoId}/seats/${ids.managerSeatId}/edit`],
      ['rotation', () => `/rotations/${ids.rotationId}`],
      ['rotation-not-directed', () => `/rotations/${ids.otherRotationId}`],
      ['pmo-not-directed', () => `/pmos/${ids.otherPmoId}`],
      ['planning-outcomes-due', () => '/planning'],
    ],
    admin: [
      ['pmos', () => '/pmos'],
      ['pmo-new', () => '/pmos/new'],
      ['pmo', () => `/pmos/${ids.otherPmoId}`],
      ['pmo-edit', () => `/pmos/${ids.otherPmoId}/edit`],
      ['seat-edit', () => `/pmos/${ids.pmoId}/seats/${ids.analystSeatId}/edit`],
      ['rotation', () => `/rotations/${ids.otherRotationId}`],
      ['rotation-completed', () => `/rotations/${ids.rotationId}`],
      ['planning-outcomes-due', () => '/planning'],
    ],
    hr: [['rotation', () => `/rotations/${ids.rotationId}`]],
  };

  it.each(Object.keys(SCREENS))(
    'axe: every new screen %s can open has no serious or critical violation',
    async (role) => {
      const { context, page } = await freshPage();
      await signInAs(page, `${role}@stint.example`);
      const problems: string[] = [];
      for (const [name, path] of SCREENS[role]) {
        await page.goto(path());
        await page.locator('h1').first().waitFor();
        await page
          .locator('.loading-state')
          .first()
          .waitFor({ state: 'detached', timeout: 15_000 })
          .catch(() => undefined);
        problems.push(...(await seriousViolations(page, `${role} ${name}`)));
        await screenshot(page, `${name}-${role}`);
      }
      expect(problems).toEqual([]);
      await context.close();
    },
    180_000,
  );
});
