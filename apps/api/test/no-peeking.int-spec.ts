import { departmentOf, directedSeat, monthStart } from './support/rotation-factories';
import {
  startTestApp,
  type SignedIn,
  type TestApp,
  type GraphQLResponse,
} from './support/test-app';

/**
 * A PM using another PM's ids gets exactly the answer a nonexistent id gets — same data, same
 * errors, same messages — so ids can neither be read nor probed for existence.
 */
describe('a PM cannot peek at another PM’s records', () => {
  let t: TestApp;
  let pmA: SignedIn;
  const b: Record<'person' | 'request' | 'rotation' | 'notification', string> = {
    person: '',
    request: '',
    rotation: '',
    notification: '',
  };
  const missing = '0b1e4a4e-7c1d-4f5e-9a8b-1c2d3e4f5a6b';

  beforeAll(async () => {
    t = await startTestApp();
    const { people } = await departmentOf(t, 2);
    pmA = await t.signIn('PM', { personId: people[0] });
    b.person = people[1];
    const director = await t.signIn('DIRECTOR');
    const { seatId } = await directedSeat(t, director);
    b.request = (
      await t.db.query<{ id: string }>(
        `INSERT INTO rotation_request (person_id, goals, earliest_start, duration_months) VALUES ($1, '{EXECUTIVE_NETWORK}', $2, 12) RETURNING id`,
        [b.person, monthStart(2)],
      )
    ).rows[0].id;
    b.rotation = (
      await t.db.query<{ id: string }>(
        `INSERT INTO rotation (person_id, seat_id, starts_on, ends_on) VALUES ($1, $2, '2021-01-01', '2021-12-31') RETURNING id`,
        [b.person, seatId],
      )
    ).rows[0].id;
    // Someone else's notification (the director's, about B's request).
    b.notification = (
      await t.db.query<{ id: string }>(
        `INSERT INTO notification (user_id, event, record_type, record_id, title, link)
         VALUES ($1, 'REQUEST_SUBMITTED', 'rotation_request', $2, 'B requested a rotation', '/requests') RETURNING id`,
        [director.userId, b.request],
      )
    ).rows[0].id;
  });
  afterAll(() => t.close());

  const OPERATIONS: [string, string, (id: string) => Record<string, unknown>, keyof typeof b][] = [
    ['person', 'query($id: ID!) { person(id: $id) { id fullName } }', (id) => ({ id }), 'person'],
    [
      'person history',
      'query($id: ID!) { person(id: $id) { id history { validFrom department { code } } } }',
      (id) => ({ id }),
      'person',
    ],
    [
      'eligibility',
      'query($id: ID!) { eligibility(personId: $id, startsOn: "2030-01-01", months: 12) { eligible } }',
      (id) => ({ id }),
      'person',
    ],
    [
      'rotationRequests by person',
      'query($id: ID!) { rotationRequests(filter: { personId: $id }) { totalCount edges { node { id } } } }',
      (id) => ({ id }),
      'person',
    ],
    [
      'rotations by person',
      'query($id: ID!) { rotations(filter: { personId: $id }) { totalCount edges { node { id } } } }',
      (id) => ({ id }),
      'person',
    ],
    [
      'rotationRequest',
      'query($id: ID!) { rotationRequest(id: $id) { id motivation } }',
      (id) => ({ id }),
      'request',
    ],
    [
      'withdrawRotationRequest',
      'mutation($id: ID!) { withdrawRotationRequest(id: $id) { id } }',
      (id) => ({ id }),
      'request',
    ],
    ['rotation', 'query($id: ID!) { rotation(id: $id) { id } }', (id) => ({ id }), 'rotation'],
    [
      'markNotificationRead',
      'mutation($id: ID!) { markNotificationRead(id: $id) { id title } }',
      (id) => ({ id }),
      'notification',
    ],
  ];

  const strip = (response: GraphQLResponse) => JSON.stringify(response).replaceAll(missing, 'ID');

  it.each(OPERATIONS)(
    '%s answers for another PM’s id exactly as for a missing one',
    async (_name, document, variables, kind) => {
      const theirs = await t.gql(document, variables(b[kind]), pmA.headers);
      const nobody = await t.gql(document, variables(missing), pmA.headers);
      expect(strip(theirs).replaceAll(b[kind], 'ID')).toBe(strip(nobody));
      // And the answer gives nothing away: an error, or an empty list.
      const text = JSON.stringify(theirs);
      expect(text.includes('NOT_FOUND') || text.includes('"totalCount":0')).toBe(true);
    },
  );

  it('never lists or counts another user’s notifications, and leaves them unread', async () => {
    const mine = await t.gql<{
      notifications: { totalCount: number };
      unreadNotificationCount: number;
    }>('{ notifications { totalCount } unreadNotificationCount }', {}, pmA.headers);
    expect(mine.data).toEqual({ notifications: { totalCount: 0 }, unreadNotificationCount: 0 });
    await t.gql('mutation { markAllNotificationsRead }', {}, pmA.headers);
    const { rows } = await t.db.query(`SELECT read_at FROM notification WHERE id = $1`, [
      b.notification,
    ]);
    expect(rows[0].read_at).toBeNull();
  });

  it('leaves the other PM’s request untouched after a withdraw attempt', async () => {
    const { rows } = await t.db.query(
      `SELECT status, version FROM rotation_request WHERE id = $1`,
      [b.request],
    );
    expect(rows[0]).toEqual({ status: 'SUBMITTED', version: 1 });
  });
});
