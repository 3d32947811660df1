import { NotificationScanService } from '@stint/api-notifications';
import { addDays, todayIso } from '@stint/domain';
import { insertPmoWithSeat } from '@stint/api-core/testing';
import {
  APPROVE,
  departmentOf,
  directedSeat,
  SUBMIT,
  window12,
} from './support/rotation-factories';
import { startTestApp, type SignedIn, type TestApp } from './support/test-app';

const LIST = `query($unread: Boolean, $first: Int, $after: String) {
  notifications(unreadOnly: $unread, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id event recordType recordId title body link readAt } }
  }
  unreadNotificationCount
}`;

interface Listed {
  notifications: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: {
      node: {
        id: string;
        event: string;
        recordType: string;
        recordId: string;
        title: string;
        body: string;
        link: string;
        readAt: string | null;
      };
    }[];
  };
  unreadNotificationCount: number;
}

describe('notifications', () => {
  let t: TestApp;
  let director: SignedIn;
  let otherDirector: SignedIn;
  let pmoId: string;
  let seatId: string;

  beforeAll(async () => {
    t = await startTestApp();
    director = await t.signIn('DIRECTOR');
    otherDirector = await t.signIn('DIRECTOR');
    ({ pmoId, seatId } = await directedSeat(t, director));
    // otherDirector directs another PMO only.
    await directedSeat(t, otherDirector);
  });
  afterAll(() => t.close());

  const list = (who: SignedIn, variables: Record<string, unknown> = {}) =>
    t.gql<Listed>(LIST, variables, who.headers);

  async function submitAs(pm: SignedIn, extra: Record<string, unknown> = {}) {
    const { startsOn } = window12();
    const response = await t.gql<{ submitRotationRequest: { id: string } }>(
      SUBMIT,
      {
        input: {
          goals: ['PROCESS_IMPROVEMENT'],
          earliestStart: startsOn,
          durationMonths: 12,
          motivation: 'Growth',
          ...extra,
        },
      },
      pm.headers,
    );
    expect(response.errors).toBeUndefined();
    return response.data!.submitRotationRequest.id;
  }

  it('tells the directors of the PMO a request names, only them, in the same transaction', async () => {
    const { people } = await departmentOf(t, 1);
    const pm = await t.signIn('PM', { personId: people[0] });
    const before = (await list(otherDirector)).data!.unreadNotificationCount;
    const requestId = await submitAs(pm, { preferredPmoId: pmoId });

    const mine = (await list(director)).data!;
    const item = mine.notifications.edges.find((e) => e.node.recordId === requestId)!.node;
    expect(item).toMatchObject({
      event: 'REQUEST_SUBMITTED',
      recordType: 'rotation_request',
      link: `/requests/${requestId}`,
      readAt: null,
    });
    expect(item.title).toMatch(/requested a rotation/);
    expect((await list(otherDirector)).data!.unreadNotificationCount).toBe(before);

    // A refused submit (a second open request) writes no notification either.
    const count = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM notification`);
    const duplicate = await t.gql(
      SUBMIT,
      {
        input: {
          goals: ['PROCESS_IMPROVEMENT'],
          earliestStart: window12().startsOn,
          durationMonths: 12,
        },
      },
      pm.headers,
    );
    expect(duplicate.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    const after = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM notification`);
    expect(after.rows[0].n).toBe(count.rows[0].n);
  });

  it('tells every director when the request names no PMO', async () => {
    const { people } = await departmentOf(t, 1);
    const pm = await t.signIn('PM', { personId: people[0] });
    const requestId = await submitAs(pm);
    for (const who of [director, otherDirector]) {
      const data = (await list(who)).data!;
      expect(data.notifications.edges.map((e) => e.node.recordId)).toContain(requestId);
    }
  });

  it('tells the PM about the approval and the decline, with the note', async () => {
    const { people } = await departmentOf(t, 2);
    const pmA = await t.signIn('PM', { personId: people[0] });
    const pmB = await t.signIn('PM', { personId: people[1] });
    const a = await submitAs(pmA, { preferredPmoId: pmoId });
    const b = await submitAs(pmB, { preferredPmoId: pmoId });
    const { startsOn, endsOn } = window12();
    const approved = await t.gql(
      APPROVE,
      { id: a, input: { seatId, startsOn, endsOn } },
      director.headers,
    );
    expect(approved.errors).toBeUndefined();
    const declined = await t.gql(
      'mutation($id: ID!) { declineRotationRequest(id: $id, note: "No seat this year, sorry.") { id } }',
      { id: b },
      director.headers,
    );
    expect(declined.errors).toBeUndefined();

    const forA = (await list(pmA)).data!;
    expect(forA.unreadNotificationCount).toBe(1);
    expect(forA.notifications.edges[0].node).toMatchObject({
      event: 'REQUEST_APPROVED',
      recordId: a,
      link: '/my-rotation',
      title: 'Your rotation request was approved',
    });
    expect(forA.notifications.edges[0].node.body).toContain(startsOn);
    // The directors' "waiting for a decision" notifications are settled by the decision.
    const settled = await t.db.query<{ read: boolean; email_state: string }>(
      `SELECT read_at IS NOT NULL AS read, email_state FROM notification
        WHERE event = 'REQUEST_SUBMITTED' AND record_id = ANY ($1::uuid[])`,
      [[a, b]],
    );
    expect(settled.rows.length).toBeGreaterThan(0);
    expect(settled.rows.every((r) => r.read && r.email_state !== 'PENDING')).toBe(true);
    const forB = (await list(pmB)).data!;
    expect(forB.notifications.edges[0].node).toMatchObject({
      event: 'REQUEST_DECLINED',
      body: 'Note: No seat this year, sorry.',
    });
  });

  it('marks read one at a time or all at once, pages newest first, and hides others’ ids', async () => {
    const mine = (await list(director, { first: 1 })).data!;
    expect(mine.notifications.totalCount).toBeGreaterThanOrEqual(3);
    expect(mine.notifications.pageInfo.hasNextPage).toBe(true);
    const second = (
      await list(director, { first: 1, after: mine.notifications.pageInfo.endCursor })
    ).data!;
    expect(second.notifications.edges[0].node.id).not.toBe(mine.notifications.edges[0].node.id);

    const firstUnread = (await list(director, { first: 1, unread: true })).data!;
    const id = firstUnread.notifications.edges[0].node.id;
    const marked = await t.gql<{ markNotificationRead: { readAt: string | null } }>(
      'mutation($id: ID!) { markNotificationRead(id: $id) { id readAt } }',
      { id },
      director.headers,
    );
    expect(marked.data!.markNotificationRead.readAt).not.toBeNull();
    const unread = (await list(director, { unread: true })).data!;
    expect(unread.notifications.edges.map((e) => e.node.id)).not.toContain(id);
    expect(unread.unreadNotificationCount).toBe(mine.unreadNotificationCount - 1);

    // Someone else's notification id: exactly what a nonexistent one gets, and unchanged.
    const theirs = (await list(otherDirector)).data!.notifications.edges[0].node.id;
    const missing = '0b1e4a4e-7c1d-4f5e-9a8b-1c2d3e4f5a6b';
    const doc = 'mutation($id: ID!) { markNotificationRead(id: $id) { id } }';
    const a = await t.gql(doc, { id: theirs }, director.headers);
    const b = await t.gql(doc, { id: missing }, director.headers);
    expect(JSON.stringify(a).replaceAll(theirs, 'X')).toBe(
      JSON.stringify(b).replaceAll(missing, 'X'),
    );
    expect(a.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    const still = await t.db.query(`SELECT read_at FROM notification WHERE id = $1`, [theirs]);
    expect(still.rows[0].read_at).toBeNull();

    const all = await t.gql<{ markAllNotificationsRead: number }>(
      'mutation { markAllNotificationsRead }',
      {},
      director.headers,
    );
    expect(all.data!.markAllNotificationsRead).toBe(unread.unreadNotificationCount);
    expect((await list(director)).data!.unreadNotificationCount).toBe(0);
    expect((await list(otherDirector)).data!.unreadNotificationCount).toBeGreaterThan(0);
  });

  it('keeps e-mail to the events a user chose', async () => {
    const settings = await t.gql<{
      notificationSettings: { emailEvents: string[]; emailEnabled: boolean };
    }>('{ notificationSettings { emailEvents emailEnabled } }', {}, otherDirector.headers);
    expect(settings.data!.notificationSettings.emailEvents).toContain('REQUEST_SUBMITTED');
    expect(settings.data!.notificationSettings.emailEnabled).toBe(false);
    const updated = await t.gql<{ updateNotificationSettings: { emailEvents: string[] } }>(
      'mutation { updateNotificationSettings(input: { emailEvents: [SEAT_UNFILLED] }) { emailEvents } }',
      {},
      otherDirector.headers,
    );
    expect(updated.data!.updateNotificationSettings.emailEvents).toEqual(['SEAT_UNFILLED']);
    const { people } = await departmentOf(t, 1);
    const pm = await t.signIn('PM', { personId: people[0] });
    const requestId = await submitAs(pm);
    const rows = await t.db.query<{ user_id: string; email_state: string }>(
      `SELECT user_id, email_state FROM notification WHERE record_id = $1`,
      [requestId],
    );
    const state = Object.fromEntries(rows.rows.map((r) => [r.user_id, r.email_state]));
    expect(state[otherDirector.userId]).toBe('NONE');
    expect(state[director.userId]).toBe('PENDING');
    const bad = await t.gql(
      'mutation { updateNotificationSettings(input: { emailEvents: [NOPE] }) { emailEvents } }',
      {},
      otherDirector.headers,
    );
    expect(bad.status).toBe(400);
  });

  describe('the scheduled scan', () => {
    it('writes each time-based notification once, to the right people, even when run concurrently', async () => {
      const today = todayIso();
      const { people } = await departmentOf(t, 4);
      const pms = await Promise.all(people.map((personId) => t.signIn('PM', { personId })));
      const hr = await t.signIn('HR');
      const dir = await t.signIn('DIRECTOR');
      const { pmoId: scanPmo } = await insertPmoWithSeat(t.db, { opensOn: '2020-01-01' });
      await t.db.query(`INSERT INTO pmo_director (pmo_id, user_id) VALUES ($1, $2)`, [
        scanPmo,
        dir.userId,
      ]);
      const seat = async (opensOn: string) =>
        (
          await t.db.query<{ id: string }>(
            `INSERT INTO seat (pmo_id, role, title, opens_on) VALUES ($1, 'PMO_ANALYST', 'Scan seat', $2) RETURNING id`,
            [scanPmo, opensOn],
          )
        ).rows[0].id;
      const rotation = async (personId: string, seatId: string, startsOn: string, endsOn: string) =>
        (
          await t.db.query<{ id: string }>(
            `INSERT INTO rotation (person_id, seat_id, starts_on, ends_on) VALUES ($1, $2, $3, $4) RETURNING id`,
            [personId, seatId, startsOn, endsOn],
          )
        ).rows[0].id;
      // Starts in 10 days (and its seat is taken from then); ends in 20 days (the seat frees up
      // the day after, with nobody following); ended 5 days ago without an outcome; a seat that
      // opens in 25 days with nobody; and one that starts in 40 days (too early to say).
      const starting = await rotation(
        people[0],
        await seat('2020-01-01'),
        addDays(today, 10),
        addDays(today, 400),
      );
      const endingSeat = await seat('2020-01-01');
      const ending = await rotation(
        people[1],
        endingSeat,
        addDays(today, -300),
        addDays(today, 20),
      );
      const ended = await rotation(
        people[2],
        await seat('2020-01-01'),
        addDays(today, -400),
        addDays(today, -5),
      );
      const opening = await seat(addDays(today, 25));
      await rotation(people[3], await seat('2020-01-01'), addDays(today, 40), addDays(today, 400));

      const scan = t.app.get(NotificationScanService);
      const results = await Promise.all([scan.scan(today), scan.scan(today), scan.scan(today)]);
      const again = await scan.scan(today);
      expect(again).toEqual({
        ROTATION_STARTING: 0,
        ROTATION_ENDING: 0,
        OUTCOME_DUE: 0,
        SEAT_UNFILLED: 0,
      });
      expect(results.filter((r) => r !== null).length).toBeGreaterThanOrEqual(1);

      const { rows } = await t.db.query<{
        user_id: string;
        event: string;
        record_id: string;
        occasion: string;
      }>(
        `SELECT user_id, event, record_id, occasion FROM notification
          WHERE event IN ('ROTATION_STARTING', 'ROTATION_ENDING', 'OUTCOME_DUE', 'SEAT_UNFILLED')
            AND (user_id = ANY ($1::uuid[]))`,
        [[...pms.map((p) => p.userId), hr.userId, dir.userId]],
      );
      const got = rows.map((r) => `${r.event}:${r.record_id}:${r.user_id}`).sort();
      const expected = [
        `ROTATION_STARTING:${starting}:${pms[0].userId}`,
        `ROTATION_STARTING:${starting}:${hr.userId}`,
        `ROTATION_ENDING:${ending}:${pms[1].userId}`,
        `ROTATION_ENDING:${ending}:${hr.userId}`,
        `OUTCOME_DUE:${ended}:${dir.userId}`,
        `SEAT_UNFILLED:${endingSeat}:${dir.userId}`,
        `SEAT_UNFILLED:${opening}:${dir.userId}`,
      ].sort();
      expect(got).toEqual(expected);
      // Once the outcome is recorded nothing more is due; a re-scan adds nothing.
      await t.db.query(`UPDATE rotation SET goals_achieved = '{}' WHERE id = $1`, [ended]);
      expect(await scan.scan(today)).toEqual({
        ROTATION_STARTING: 0,
        ROTATION_ENDING: 0,
        OUTCOME_DUE: 0,
        SEAT_UNFILLED: 0,
      });
    });
  });
});
