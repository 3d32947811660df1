import type { Browser, BrowserContext, Page } from 'playwright-core';
import path_ from 'node:path';
import { launchBrowser, newContext, screenshot } from './support/browser';
import {
  addDaysIso,
  addMonthsIso,
  Api,
  seriousViolations,
  signInAs,
  tabTo,
  type Json,
} from './support/journeys';
import { startServer, type RunningServer } from './support/server';
import { drawnCard, tableRows as chartTableRows } from './support/charts';

/**
 * The role journeys of issue 5 on the demo organisation, in order, against one server: a PM
 * asks for a rotation with the keyboard alone, a director approves it into a seat after seeing
 * the impact, HR sees the forecast count it; a PM cannot reach a director's screens; every
 * screen passes an axe scan for every role that can open it.
 */

interface Ids {
  pmPersonId: string;
  pmName: string;
  pmDepartmentId: string;
  pm2PersonId: string;
  pm2Name: string;
  pm2RequestId: string;
  requestId?: string;
  startsOn?: string;
  endsOn?: string;
  forecastLabel?: string;
  onRotationBefore?: number;
}

/** Screenshots the README shows (committed), beside the git-ignored ones of every run. */
const DOCS_SCREENSHOTS = path_.resolve(__dirname, '../../../docs/screenshots');

function firstOfNextMonth(): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1))
    .toISOString()
    .slice(0, 10);
}

/** Rows of a chart card's data table (its text alternative), cell texts trimmed, header left out. */
async function tableRows(page: Page, region: string): Promise<string[][]> {
  const card = await drawnCard(page, region);
  return (await chartTableRows(card)).slice(1);
}

describe('Screens for every role, in a real browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let api: Api;
  const ids = {} as Ids;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    api = new Api(server.url);
    const pm = await api.as('pm@stint.example', '{ me { personId } }');
    const pm2 = await api.as(
      'pm2@stint.example',
      '{ me { personId } rotationRequests(first: 5) { edges { node { id status } } } }',
    );
    ids.pmPersonId = pm.data?.['me'].personId;
    ids.pm2PersonId = pm2.data?.['me'].personId;
    ids.pm2RequestId = pm2.data?.['rotationRequests'].edges.find(
      (e: Json) => e.node.status === 'SUBMITTED',
    ).node.id;
    const people = await api.as(
      'hr@stint.example',
      'query ($a: ID!, $b: ID!) { a: person(id: $a) { fullName department { id } } b: person(id: $b) { fullName } }',
      { a: ids.pmPersonId, b: ids.pm2PersonId },
    );
    ids.pmName = people.data?.['a'].fullName;
    ids.pmDepartmentId = people.data?.['a'].department.id;
    ids.pm2Name = people.data?.['b'].fullName;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function freshPage(): Promise<{ context: BrowserContext; page: Page }> {
    const context = await newContext(browser, server.url);
    return { context, page: await context.newPage() };
  }

  it('PM: signs in, reads the eligibility checklist and submits a request with the keyboard alone', async () => {
    const { context, page } = await freshPage();
    await signInAs(page, 'pm@stint.example');
    await page.waitForURL(/\/my-rotation$/);

    const eligibility = page.getByRole('region', { name: 'Your eligibility' });
    await eligibility.getByText(/^You are eligible/).waitFor();
    const rules = eligibility
      .getByRole('list', { name: 'Eligibility rules' })
      .getByRole('listitem');
    await expect(rules.count()).resolves.toBeGreaterThanOrEqual(7);
    await expect(eligibility.innerText()).resolves.toMatch(/Needs|months|Employed/);

    // From here on, only keys.
    await tabTo(page, 'Program management');
    await page.keyboard.press('Space');
    await tabTo(page, 'Process improvement');
    await page.keyboard.press('Space');
    await tabTo(page, 'Preferred PMO or kind of PMO');
    await page.keyboard.press('ArrowDown'); // "Any program PMO"
    await tabTo(page, 'Motivation');
    await page.keyboard.type('I want to see how a program office steers many projects at once.');
    await expect(page.getByText('64 of 2,000 characters').isVisible()).resolves.toBe(true);
    await tabTo(page, 'Submit request');
    await page.keyboard.press('Enter');

    const card = page.getByRole('region', { name: 'Your request' });
    await card.getByText('Awaiting decision').waitFor();
    await expect(card.innerText()).resolves.toMatch(/Program management, Process improvement/);
    await expect(card.innerText()).resolves.toMatch(/any program PMO/);
    await screenshot(page, 'my-rotation-pm-request-sent');

    const requests = await api.as(
      'pm@stint.example',
      '{ rotationRequests(first: 5) { edges { node { id status earliestStart durationMonths preferredScope } } } }',
    );
    const open = requests.data?.['rotationRequests'].edges
      .map((e: Json) => e.node)
      .find((r: Json) => r.status === 'SUBMITTED');
    expect(open).toMatchObject({
      earliestStart: firstOfNextMonth(),
      durationMonths: 12,
      preferredScope: 'PROGRAM',
    });
    ids.requestId = open.id;
    ids.startsOn = open.earliestStart;
    ids.endsOn = addDaysIso(addMonthsIso(open.earliestStart, 12), -1);

    // The forecast before anyone approves: the PM's department, month by month.
    ids.forecastLabel = addMonthsIso(ids.startsOn as string, 2).slice(0, 7);
    const coverage = await api.as(
      'hr@stint.example',
      'query ($f: CoverageFilter!) { coverage(filter: $f) { series { label onRotation } } }',
      {
        f: {
          from: ids.startsOn,
          to: addMonthsIso(ids.startsOn as string, 6),
          granularity: 'MONTH',
          departmentIds: [ids.pmDepartmentId],
        },
      },
    );
    ids.onRotationBefore = coverage.data?.['coverage'].series.find(
      (p: Json) => p.label === ids.forecastLabel,
    ).onRotation;
    expect(typeof ids.onRotationBefore).toBe('number');
    await context.close();
  });

  it('director: plans a gap, then opens the request from the inbox, sees the impact and approves it into a seat', async () => {
    const { context, page } = await freshPage();
    await signInAs(page, 'director@stint.example');
    await page.waitForURL(/\/planning$/);

    // Planning: a gap → ranked candidates with score parts → one candidate's impact.
    await page
      .getByRole('button', { name: /^Open: / })
      .first()
      .click();
    const panel = page.locator('.candidate-panel');
    await panel.locator('.candidate').first().waitFor();
    await expect(panel.locator('.score-parts li').count()).resolves.toBeGreaterThan(0);
    await panel.locator('.candidate__choose').first().click();
    await page.getByRole('region', { name: 'Impact preview' }).locator('table').waitFor();
    await screenshot(page, 'planning-director-candidate');

    // A seat of the director's PMOs free for the whole window, at the PM's level.
    const seats = await api.as(
      'director@stint.example',
      '{ seats(filter: { directedByMe: true }, first: 100) { edges { node { id role opensOn closesOn pmo { id } } } } }',
    );
    const seatList: Json[] = seats.data?.['seats'].edges.map((e: Json) => e.node);
    const rotations = await api.as(
      'director@stint.example',
      'query ($s: [ID!]) { rotations(filter: { seatIds: $s, statuses: [PLANNED, ACTIVE] }, first: 100) { edges { node { seatId startsOn endsOn } } } }',
      { s: seatList.map((s) => s.id) },
    );
    const busy: Json[] = rotations.data?.['rotations'].edges.map((e: Json) => e.node);
    const seat = seatList.find(
      (s) =>
        s.role === 'PMO_ANALYST' &&
        s.opensOn <= (ids.startsOn as string) &&
        (!s.closesOn || s.closesOn >= (ids.endsOn as string)) &&
        !busy.some(
          (r) =>
            r.seatId === s.id &&
            r.startsOn <= (ids.endsOn as string) &&
            (ids.startsOn as string) <= r.endsOn,
        ),
    );
    expect(seat).toBeDefined();

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Requests' })
      .click();
    await page.waitForURL(/\/requests$/);
    await page.getByRole('link', { name: ids.pmName }).click();
    await page.getByRole('heading', { level: 1, name: `Request from ${ids.pmName}` }).waitFor();

    await page.getByLabel('PMO', { exact: true }).selectOption(seat?.['pmo'].id);
    await page.getByLabel('Seat', { exact: true }).selectOption(seat?.['id']);
    const checklist = page.getByRole('region', { name: 'Eligibility for this seat and window' });
    await checklist.getByRole('list', { name: 'Eligibility rules' }).waitFor();
    const impact = page.getByRole('region', { name: 'Impact of approving' });
    await impact.locator('table').waitFor();
    await expect(impact.innerText()).resolves.toMatch(/Before[\s\S]*After/);
    const override = page.getByLabel('Reason to go over the away cap');
    if (await override.isVisible())
      await override.fill('Covered by a temporary hire for the year.');
    await screenshot(page, 'request-director-approve');
    await page.getByRole('button', { name: 'Approve' }).click();

    await page
      .getByRole('region', { name: 'Decision messages' })
      .getByText(/^Approved\./)
      .waitFor();
    await page.locator('.status-badge', { hasText: 'Approved' }).waitFor();
    const request = await api.as(
      'director@stint.example',
      'query ($id: ID!) { rotationRequest(id: $id) { status rotationId } }',
      { id: ids.requestId },
    );
    expect(request.data?.['rotationRequest']).toMatchObject({
      status: 'APPROVED',
      rotationId: expect.any(String),
    });
    await context.close();
  });

  it('HR: the coverage forecast counts the new rotation, and the chart CSV holds the rows on screen', async () => {
    const { context, page } = await freshPage();
    await signInAs(page, 'hr@stint.example');
    const from = ids.startsOn as string;
    const to = addMonthsIso(from, 6);
    await page.goto(
      `/coverage?from=${from}&to=${to}&granularity=MONTH&departments=${ids.pmDepartmentId}`,
    );
    const rows = await tableRows(page, 'Coverage over time');
    const row = rows.find((cells) => cells[0] === ids.forecastLabel);
    expect(row).toBeDefined();
    expect(row?.[2]).toBe('Forecast');
    expect(Number(row?.[4])).toBe((ids.onRotationBefore as number) + 1);

    const card = page.getByRole('region', { name: 'Coverage over time', exact: true });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('button', { name: /Download CSV/ }).click(),
    ]);
    let csv = '';
    for await (const chunk of await download.createReadStream()) csv += String(chunk);
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines).toHaveLength(rows.length + 1);
    const csvRow = lines.find((line) => line.startsWith(`${ids.forecastLabel},`))?.split(',');
    expect(csvRow?.[4]).toBe(row?.[4]);
    await screenshot(page, 'coverage-hr-forecast');
    await context.close();
  });

  it('HR: records a backdated move and corrects a past stretch, and the person page draws the career path', async () => {
    // A demo PM with a completed rotation (not the two PMs the other journeys use).
    const found = await api.as(
      'hr@stint.example',
      '{ rotations(filter: { statuses: [COMPLETED] }, first: 50) { edges { node { personId } } } departments { id name } }',
    );
    const personId: string = found.data?.['rotations'].edges
      .map((e: Json) => e.node.personId)
      .find((id: string) => id !== ids.pmPersonId && id !== ids.pm2PersonId);
    const person = (
      await api.as(
        'hr@stint.example',
        'query ($id: ID!) { person(id: $id) { fullName hiredOn department { id name } } }',
        { id: personId },
      )
    ).data?.['person'];
    const target = found.data?.['departments'].find((d: Json) => d.id !== person.department.id);
    const today = new Date().toISOString().slice(0, 10);
    // A move backdated by about a year (never before the hire), a leave corrected before it.
    let movedOn = `${addMonthsIso(today, -12).slice(0, 7)}-01`;
    if (movedOn < person.hiredOn) movedOn = person.hiredOn;
    const leaveFrom = addMonthsIso(movedOn, -9) > person.hiredOn ? addMonthsIso(movedOn, -9) : null;

    const { context, page } = await freshPage();
    await signInAs(page, 'hr@stint.example');
    await page.goto(`/people/${personId}/edit`);
    await page.getByLabel('Department').selectOption(target.id);
    await page.getByLabel('Effective on').fill(movedOn);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(new RegExp(`/people/${personId}$`));

    const path = page.getByRole('figure', { name: `Career path of ${person.fullName}` });
    const departments = path.getByRole('group', { name: 'Department' }).getByRole('button');
    await departments.nth(1).waitFor();
    await expect(departments.allInnerTexts()).resolves.toEqual([
      person.department.name,
      target.name,
    ]);
    await expect(
      path.getByRole('group', { name: 'PMO rotations' }).getByRole('button').count(),
    ).resolves.toBeGreaterThanOrEqual(1);

    if (leaveFrom) {
      await page.getByText('Correct a past stretch').click();
      await page.getByLabel('From', { exact: true }).fill(leaveFrom);
      await page.getByLabel('Until', { exact: true }).fill(addMonthsIso(leaveFrom, 3));
      await page.getByRole('combobox', { name: 'Leave', exact: true }).selectOption('yes');
      await page.getByLabel('Reason').fill('Parental leave was missing from the HR export');
      await page.getByRole('button', { name: 'Correct history' }).click();
      await page.getByText(/^History corrected/).waitFor();
      await expect(
        path.getByRole('group', { name: 'Leave' }).getByRole('button').count(),
      ).resolves.toBe(1);
      await page.getByText('Correct a past stretch').click(); // fold the form away again
    }

    // Keyboard: tabbing onto a bar reads out its dates in the line below the lanes.
    await tabTo(page, new RegExp(`^In ${target.name} since`));
    await expect(path.locator('.career-timeline__detail').innerText()).resolves.toMatch(
      new RegExp(`^In ${target.name} since`),
    );
    const problems = await seriousViolations(page, 'hr person career path');
    expect(problems).toEqual([]);
    const card = page.getByRole('region', { name: 'Career path' });
    await card.screenshot({ path: path_.join(DOCS_SCREENSHOTS, 'career-path.png') });
    await screenshot(page, 'person-career-path-hr');
    await context.close();
  });

  it("PM: typing a director's address is turned away and shows no one else's data", async () => {
    const { context, page } = await freshPage();
    const operations: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && request.method() === 'POST') {
        const body = request.postDataJSON() as { operationName?: string } | null;
        if (body?.operationName) operations.push(body.operationName);
      }
    });
    await signInAs(page, 'pm@stint.example');
    // The PM lands on their own home (My rotation), which asks for their own data: wait until
    // its eligibility has answered (networkidle alone once fired between My rotation's answer and
    // the eligibility question, on a busy machine), then count from the forbidden addresses on.
    const eligibility = page.getByRole('region', { name: 'Your eligibility' });
    await eligibility.getByRole('list', { name: 'Eligibility rules' }).waitFor();
    await eligibility.and(page.locator('[aria-busy="false"]')).waitFor();
    await page.waitForLoadState('networkidle');
    operations.length = 0;
    for (const path of [
      '/planning',
      '/requests',
      `/requests/${ids.pm2RequestId}`,
      `/people/${ids.pm2PersonId}`,
      '/settings',
    ]) {
      await page.goto(path);
      await page
        .getByRole('heading', { level: 1, name: "You don't have access to this page" })
        .waitFor();
      await expect(page.locator('main').innerText()).resolves.not.toContain(ids.pm2Name);
    }
    // Each address asks only who is signed in and the header's own unread count.
    expect(operations.filter((name) => !['Me', 'UnreadNotificationCount'].includes(name))).toEqual(
      [],
    );
    await screenshot(page, 'no-access-pm');

    // The API gives the same answer for another person's records as for ones that do not exist.
    const other = await api.as(
      'pm@stint.example',
      'query ($id: ID!) { person(id: $id) { fullName } }',
      { id: ids.pm2PersonId },
    );
    expect(other.errors?.[0]?.['extensions'].code).toBe('NOT_FOUND');
    const request = await api.as(
      'pm@stint.example',
      'query ($id: ID!) { rotationRequest(id: $id) { id } }',
      { id: ids.pm2RequestId },
    );
    expect(request.data?.['rotationRequest'] ?? null).toBeNull();
    await context.close();
  });

  const SCREENS: Record<string, Array<[string, () => string]>> = {
    pm: [
      ['coverage', () => '/coverage'],
      ['my-rotation', () => '/my-rotation'],
    ],
    hr: [
      ['coverage', () => '/coverage'],
      ['staffing', () => '/staffing'],
      ['people', () => '/people'],
      ['person', () => `/people/${ids.pmPersonId}`],
      ['person-new', () => '/people/new'],
      ['people-import', () => '/people/import'],
      ['departments', () => '/people/departments'],
    ],
    director: [
      ['coverage', () => '/coverage'],
      ['staffing', () => '/staffing'],
      ['planning', () => '/planning'],
      ['requests', () => '/requests'],
      ['request', () => `/requests/${ids.pm2RequestId}`],
      ['people', () => '/people'],
      ['person', () => `/people/${ids.pmPersonId}`],
    ],
    admin: [
      ['coverage', () => '/coverage'],
      ['staffing', () => '/staffing'],
      ['planning', () => '/planning'],
      ['requests', () => '/requests?status=ALL'],
      ['request', () => `/requests/${ids.requestId ?? ids.pm2RequestId}`],
      ['people', () => '/people'],
      ['person', () => `/people/${ids.pmPersonId}`],
      ['person-edit', () => `/people/${ids.pmPersonId}/edit`],
      ['my-rotation', () => '/my-rotation'],
      ['settings', () => '/settings'],
    ],
  };

  it.each(Object.keys(SCREENS))(
    'axe: every screen %s can open has no serious or critical violation',
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
