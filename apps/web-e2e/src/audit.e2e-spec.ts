import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchBrowser, newContext, screenshot } from './support/browser';
import {
  Api,
  focusedName,
  recordOperations,
  seriousViolations,
  signInAs,
  tabTo,
  type Json,
} from './support/journeys';
import { startServer, type RunningServer } from './support/server';

/**
 * The audit trail of issue 9 on the demo organisation: a director changes a PMO and a seat
 * through the API and an admin finds exactly those changes, field by field; HR opens a person's
 * history from the person's page; the screen works with the keyboard alone; axe finds nothing
 * serious for HR and admins; PMs and directors are turned away.
 */

interface Ids {
  directorId: string;
  directorName: string;
  pmoId: string;
  pmoNameBefore: string;
  pmoNameAfter: string;
  seatId: string;
  seatTitleBefore: string;
  seatTitleAfter: string;
  personId: string;
  personName: string;
  requestId: string;
}

/** Waits until the page is the audit trail with exactly this query string ('' for none). */
function atAudit(page: Page, query: string): Promise<void> {
  return page.waitForURL(
    (url) => url.pathname === '/audit' && url.search === (query ? `?${query}` : ''),
  );
}

/** The rows of an event's changes table, cells trimmed, header included. */
async function changeRows(event: Locator): Promise<string[][]> {
  // The events arrive after the page: wait for this one's table before reading it.
  await event.locator('table tr').first().waitFor();
  return event
    .locator('table tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        Array.from((row as HTMLTableRowElement).cells, (cell) =>
          (cell.textContent ?? '').replace(/\s+/g, ' ').trim(),
        ),
      ),
    );
}

describe('The audit trail, in a real browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let api: Api;
  const ids = {} as Ids;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    api = new Api(server.url);

    // The director renames a PMO they direct and retitles one of its seats.
    const mine = await api.as(
      'director@stint.example',
      '{ me { id displayName } pmos { id name version directors { id } seats { id title version } } }',
    );
    ids.directorId = mine.data?.['me'].id;
    ids.directorName = mine.data?.['me'].displayName;
    const pmo = (mine.data?.['pmos'] as Json[]).find(
      (p) => p['directors'].some((d: Json) => d['id'] === ids.directorId) && p['seats'].length > 0,
    ) as Json;
    ids.pmoId = pmo['id'];
    ids.pmoNameBefore = pmo['name'];
    ids.pmoNameAfter = `${pmo['name']} (renamed)`;
    const renamed = await api.as(
      'director@stint.example',
      'mutation($input: UpdatePmoInput!) { updatePmo(input: $input) { name } }',
      { input: { id: pmo['id'], version: pmo['version'], name: ids.pmoNameAfter } },
    );
    expect(renamed.errors).toBeUndefined();
    const seat = pmo['seats'][0] as Json;
    ids.seatId = seat['id'];
    ids.seatTitleBefore = seat['title'];
    ids.seatTitleAfter = `${seat['title']} (retitled)`;
    const retitled = await api.as(
      'director@stint.example',
      'mutation($input: UpdateSeatInput!) { updateSeat(input: $input) { title } }',
      { input: { id: seat['id'], version: seat['version'], title: ids.seatTitleAfter } },
    );
    expect(retitled.errors).toBeUndefined();

    // HR puts a PM on leave.
    const pm = await api.as(
      'pm2@stint.example',
      '{ me { personId } rotationRequests(first: 5) { edges { node { id } } } }',
    );
    ids.personId = pm.data?.['me'].personId;
    ids.requestId = pm.data?.['rotationRequests'].edges[0].node.id;
    const person = await api.as(
      'hr@stint.example',
      'query($id: ID!) { person(id: $id) { fullName version } }',
      { id: ids.personId },
    );
    ids.personName = person.data?.['person'].fullName;
    const onLeave = await api.as(
      'hr@stint.example',
      'mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { onLeave } }',
      { input: { id: ids.personId, version: person.data?.['person'].version, onLeave: true } },
    );
    expect(onLeave.data?.['updatePerson']).toEqual({ onLeave: true });

    // Enough sign-ins that the whole trail runs to a second page.
    for (let i = 0; i < 21; i++) await api.login('pm@stint.example');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function freshPage(): Promise<{ context: BrowserContext; page: Page }> {
    const context = await newContext(browser, server.url);
    return { context, page: await context.newPage() };
  }

  it("admin: finds the director's changes by actor and record, with the exact before and after", async () => {
    const { context, page } = await freshPage();
    await signInAs(page, 'admin@stint.example');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Audit trail' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Audit trail' }).waitFor();

    await page.getByLabel('Actor').selectOption(ids.directorId);
    await atAudit(page, `actorUserId=${ids.directorId}`);
    const seatEvent = page.getByRole('article', { name: 'Seat updated' });
    await expect(changeRows(seatEvent)).resolves.toEqual([
      ['Field', 'Before', 'After'],
      ['Title', ids.seatTitleBefore, ids.seatTitleAfter],
    ]);
    await expect(page.getByRole('article').count()).resolves.toBe(3); // + the director's sign-in
    await screenshot(page, 'audit');

    await page.getByLabel('Record type').selectOption('pmo');
    await page.getByLabel('Record (id)').fill(ids.pmoId);
    await page.getByLabel('Record (id)').press('Enter');
    await atAudit(page, `entityType=pmo&entityId=${ids.pmoId}&actorUserId=${ids.directorId}`);
    // The URL changes first; the previous filter's events stay drawn until the new ones arrive.
    await page.waitForFunction(() => document.querySelectorAll('article').length <= 1);
    const events = page.getByRole('article');
    await expect(events.count()).resolves.toBe(1);
    const pmoEvent = page.getByRole('article', { name: 'PMO updated' });
    await expect(changeRows(pmoEvent)).resolves.toEqual([
      ['Field', 'Before', 'After'],
      ['Name', ids.pmoNameBefore, ids.pmoNameAfter],
    ]);
    await expect(pmoEvent.innerText()).resolves.toContain(
      `${ids.directorName} (director@stint.example)`,
    );
    await expect(pmoEvent.innerText()).resolves.not.toMatch(/[{}"]/);
    await expect(page.getByText('1–1 of 1 events').isVisible()).resolves.toBe(true);

    // A range of days: the day it happened keeps it; a later day finds nothing.
    const day = ((await pmoEvent.locator('time').getAttribute('datetime')) ?? '').slice(0, 10);
    const nextDay = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000)
      .toISOString()
      .slice(0, 10);
    await page.getByLabel('From (UTC day)').fill(day);
    await page.getByLabel('To (UTC day)').fill(day);
    await atAudit(
      page,
      `entityType=pmo&entityId=${ids.pmoId}&actorUserId=${ids.directorId}&from=${day}&to=${day}`,
    );
    await page.getByRole('article', { name: 'PMO updated' }).waitFor();
    await page.getByLabel('From (UTC day)').fill(nextDay);
    await page.getByRole('alert').getByText('The "to" date is before the "from" date.').waitFor();
    await page.getByLabel('To (UTC day)').fill(nextDay);
    await page.getByText('No events match these filters').waitFor();
    await page.goBack();
    await page.goBack();
    await page.getByRole('article', { name: 'PMO updated' }).waitFor();

    // The filters are in the URL: a reload shows the same.
    await page.reload();
    await page.getByRole('article', { name: 'PMO updated' }).waitFor();
    await expect(page.getByLabel('Record type').inputValue()).resolves.toBe('pmo');
    await context.close();
  });

  it("HR: opens a person's history from their page and sees that person's events only", async () => {
    const { context, page } = await freshPage();
    await signInAs(page, 'hr@stint.example');
    await page.goto(`/people/${ids.personId}`);
    await page.getByRole('heading', { level: 1, name: ids.personName }).waitFor();
    await page.getByRole('link', { name: `History of ${ids.personName}` }).click();
    await atAudit(page, `entityType=person&entityId=${ids.personId}`);

    const scope = page.locator('.audit-record-scope');
    // The person's name links back to their page.
    await expect(
      scope.getByRole('link', { name: ids.personName }).getAttribute('href'),
    ).resolves.toBe(`/people/${ids.personId}`);
    await expect(scope.innerText()).resolves.toContain(
      `Showing the history of Person ${ids.personName}.`,
    );
    const updated = page.getByRole('article', { name: 'Person updated' });
    const rows = await changeRows(updated);
    expect(rows[0]).toEqual(['Field', 'Before', 'After']);
    expect(rows).toContainEqual(['On leave', 'No', 'Yes']);
    // The rest is the date the change took effect and the history it recorded (a stretch on
    // leave from that day); nothing else of the person changed.
    const others = rows.slice(1).filter(([field]) => field !== 'On leave');
    expect(others.length).toBeGreaterThan(0);
    expect(
      others.every(([field]) => field.startsWith('History ›') || field === 'Effective on added'),
    ).toBe(true);
    expect(
      rows.some(
        ([field, before, after]) =>
          /^History › Item \d+ › On leave added$/.test(field) &&
          before === 'not set' &&
          after === 'Yes',
      ),
    ).toBe(true);
    const records = await page.getByRole('article').locator('.audit-event__id').allInnerTexts();
    expect(records.length).toBeGreaterThan(0);
    expect(new Set(records)).toEqual(new Set([ids.personId]));
    await screenshot(page, 'audit-person-history-hr');
    await context.close();
  });

  it('works with the keyboard alone: filters, record history, paging, clearing', async () => {
    const { context, page } = await freshPage();
    await signInAs(page, 'admin@stint.example');
    await page.goto('/audit');
    await page.getByRole('article').first().waitFor();

    // From here on, only keys.
    await tabTo(page, 'Actor');
    // The choices arrive after the page; a key pressed before them has nothing to move to.
    await page
      .getByLabel('Actor')
      .locator(`option[value="${ids.directorId}"]`)
      .waitFor({ state: 'attached' });
    // Each arrow applies the next actor; like a person, wait for the page to follow (the URL)
    // before the next key, so a busy machine cannot interleave a key with the previous render.
    for (let i = 0; i < 40 && !page.url().includes(`actorUserId=${ids.directorId}`); i++) {
      const before = page.url();
      await page.keyboard.press('ArrowDown');
      await page.waitForFunction((href) => window.location.href !== href, before);
    }
    await atAudit(page, `actorUserId=${ids.directorId}`);
    await page.getByRole('article', { name: 'PMO updated' }).waitFor();

    await tabTo(page, /^All events of this record \(PMO /);
    await page.keyboard.press('Enter');
    await atAudit(page, `entityType=pmo&entityId=${ids.pmoId}`);
    await page.getByText('Showing the history of PMO').waitFor();

    await tabTo(page, 'Clear filters');
    await page.keyboard.press('Enter');
    await atAudit(page, '');
    await expect(focusedName(page)).resolves.toBe('Record type');
    // Let the cleared trail load before typing, so its render cannot swallow keys.
    await page
      .getByRole('navigation', { name: 'Pages of events' })
      .getByText(/^1–20 of /)
      .waitFor();

    await tabTo(page, 'Record (id)');
    await page.keyboard.type(ids.seatId);
    // A re-render of the form while typing can drop a key; a keyboard user would see it and
    // type the id again.
    const record = page.getByLabel('Record (id)');
    for (let i = 0; i < 3 && (await record.inputValue()) !== ids.seatId; i++) {
      await page.keyboard.press('Control+A');
      await page.keyboard.type(ids.seatId);
    }
    await expect(record.inputValue()).resolves.toBe(ids.seatId);
    await page.keyboard.press('Enter');
    await atAudit(page, `entityId=${ids.seatId}`);
    await page.getByRole('article', { name: 'Seat updated' }).waitFor();

    await tabTo(page, 'Clear filters');
    await page.keyboard.press('Enter');
    await atAudit(page, '');
    const pager = page.getByRole('navigation', { name: 'Pages of events' });
    await pager.getByText(/^1–20 of /).waitFor();
    await tabTo(page, 'Next page');
    await page.keyboard.press('Enter');
    await pager.getByText(/^21–/).waitFor();
    await context.close();
  });

  it('axe: the audit trail has no serious or critical violation for HR and admins', async () => {
    const problems: string[] = [];
    for (const role of ['hr', 'admin']) {
      const { context, page } = await freshPage();
      await signInAs(page, `${role}@stint.example`);
      for (const [name, path] of [
        ['audit', '/audit'],
        ['audit-history', `/audit?entityType=person&entityId=${ids.personId}`],
        ['audit-empty', '/audit?action=NOTHING_LIKE_IT'],
        ['audit-bad-range', '/audit?from=2026-12-01&to=2026-11-01'],
      ] as const) {
        await page.goto(path);
        await page.getByRole('heading', { level: 1, name: 'Audit trail' }).waitFor();
        await page
          .locator('.loading-state')
          .first()
          .waitFor({ state: 'detached', timeout: 15_000 })
          .catch(() => undefined);
        problems.push(...(await seriousViolations(page, `${role} ${name}`)));
        await screenshot(page, `${name}-${role}`);
      }
      await context.close();
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it.each(['pm', 'director'])(
    '%s: typing /audit is turned away without asking for the trail',
    async (role) => {
      const { context, page } = await freshPage();
      await signInAs(page, `${role}@stint.example`);
      const operations = recordOperations(page);
      await page.goto(`/audit?entityType=person&entityId=${ids.personId}`);
      await page
        .getByRole('heading', { level: 1, name: "You don't have access to this page" })
        .waitFor();
      await expect(
        page
          .getByRole('navigation', { name: 'Main' })
          .getByRole('link', { name: 'Audit trail' })
          .count(),
      ).resolves.toBe(0);
      expect(operations.filter((name) => name.startsWith('Audit'))).toEqual([]);
      if (role === 'director') {
        // Nor does a record page offer them its history.
        await page.goto(`/requests/${ids.requestId}`);
        await page.getByRole('heading', { level: 1, name: /^Request/ }).waitFor();
        await expect(page.getByRole('link', { name: /^History/ }).count()).resolves.toBe(0);
      }
      await context.close();
    },
  );

  it('admin: the request page links to its history', async () => {
    const { context, page } = await freshPage();
    await signInAs(page, 'admin@stint.example');
    await page.goto(`/requests/${ids.requestId}`);
    await page.getByRole('link', { name: /^History of the request from / }).click();
    await atAudit(page, `entityType=rotation_request&entityId=${ids.requestId}`);
    await page.getByRole('heading', { level: 1, name: 'Audit trail' }).waitFor();
    await context.close();
  });
});
