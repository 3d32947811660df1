import { badFields, countRows, outcome } from './support/admin-factories';
import { startTestApp, TEST_PASSWORD, type SignedIn, type TestApp } from './support/test-app';
import { insertDepartment, insertPerson } from '@stint/api-core/testing';

const OPTIONS = `{ auditFilterOptions { entityTypes actions actors { id email displayName } } }`;
interface OptionsAnswer {
  auditFilterOptions: {
    entityTypes: string[];
    actions: string[];
    actors: { id: string; email: string; displayName: string }[];
  };
}

const EVENTS = `query Events($filter: AuditEventsFilter, $first: Int, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id occurredAt actorUserId actorLabel actorDisplayName action entityType entityId before after reason } }
  }
}`;

interface AuditEventView {
  id: string;
  occurredAt: string;
  actorUserId: string | null;
  actorLabel: string;
  actorDisplayName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: string | null;
  after: string | null;
  reason: string | null;
}
interface EventsPage {
  auditEvents: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: AuditEventView }[];
  };
}

/** Arranges an event at an exact instant (the trail is append-only; inserting is allowed). */
async function insertEvent(
  t: TestApp,
  values: { occurredAt: string; entityType: string; entityId?: string; action?: string },
) {
  await t.db.query(
    `INSERT INTO audit_event (occurred_at, actor_label, action, entity_type, entity_id, after)
     VALUES ($1, 'system', $2, $3, $4, '{"n": 1}')`,
    [
      values.occurredAt,
      values.action ?? 'TEST_HAPPENED',
      values.entityType,
      values.entityId ?? 'x',
    ],
  );
}

describe('the audit trail', () => {
  let t: TestApp;
  let admin: SignedIn;
  let hr: SignedIn;
  let roles: Record<'PM' | 'DIRECTOR', SignedIn>;

  const events = (
    variables: Record<string, unknown>,
    headers: Record<string, string> = hr.headers,
  ) => t.gql<EventsPage>(EVENTS, variables, headers);

  /** Every event matching the filter, following the cursors `first` at a time. */
  async function all(filter: Record<string, unknown>, first = 2): Promise<AuditEventView[]> {
    const seen: AuditEventView[] = [];
    let after: string | null = null;
    do {
      const response: Awaited<ReturnType<typeof events>> = await events({ filter, first, after });
      expect(response.errors).toBeUndefined();
      seen.push(...response.data!.auditEvents.edges.map((e) => e.node));
      after = response.data!.auditEvents.pageInfo.hasNextPage
        ? response.data!.auditEvents.pageInfo.endCursor
        : null;
    } while (after);
    return seen;
  }

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.signIn('ADMIN');
    hr = await t.signIn('HR');
    const person = await insertPerson(t.db, await insertDepartment(t.db));
    roles = {
      PM: await t.signIn('PM', { personId: person }),
      DIRECTOR: await t.signIn('DIRECTOR'),
    };
  });

  afterAll(() => t.close());

  it.each([
    ['signed out', 'UNAUTHENTICATED'],
    ['PM', 'FORBIDDEN'],
    ['DIRECTOR', 'FORBIDDEN'],
    ['HR', 'OK'],
    ['ADMIN', 'OK'],
  ])('auditEvents: %s → %s', async (name, expected) => {
    const headers =
      name === 'signed out'
        ? undefined
        : name === 'HR'
          ? hr.headers
          : name === 'ADMIN'
            ? admin.headers
            : roles[name as 'PM'].headers;
    const response = await t.gql(EVENTS, {}, headers);
    expect(outcome(response)).toBe(expected);
    if (expected !== 'OK') expect(response.data?.['auditEvents'] ?? null).toBeNull();
  });

  it.each([
    ['signed out', 'UNAUTHENTICATED'],
    ['PM', 'FORBIDDEN'],
    ['DIRECTOR', 'FORBIDDEN'],
    ['HR', 'OK'],
    ['ADMIN', 'OK'],
  ])('auditFilterOptions: %s → %s', async (name, expected) => {
    const headers =
      name === 'signed out'
        ? undefined
        : name === 'HR'
          ? hr.headers
          : name === 'ADMIN'
            ? admin.headers
            : roles[name as 'PM'].headers;
    const response = await t.gql(OPTIONS, {}, headers);
    expect(outcome(response)).toBe(expected);
    if (expected !== 'OK') expect(response.data?.['auditFilterOptions'] ?? null).toBeNull();
  });

  it("names a person's record type as its table, also for events written under the old name", async () => {
    const department = await insertDepartment(t.db);
    const personId = await insertPerson(t.db, department);
    const updated = await t.gql(
      'mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { id } }',
      { input: { id: personId, version: 1, fullName: 'Renamed Person' } },
      hr.headers,
    );
    expect(updated.errors).toBeUndefined();
    // An event as the first release wrote it ('Person'), before the writers used table names.
    await t.db.query(
      `INSERT INTO audit_event (occurred_at, actor_label, action, entity_type, entity_id, after)
       VALUES ('2025-01-01T00:00:00Z', 'system', 'PERSON_CREATED', 'Person', $1, '{"fullName": "Person"}')`,
      [personId],
    );

    const history = await all({ entityType: 'person', entityId: personId });
    expect(history.map((e) => [e.action, e.entityType])).toEqual([
      ['PERSON_UPDATED', 'person'],
      ['PERSON_CREATED', 'person'],
    ]);
    // A link written with the old name finds the same history.
    expect((await all({ entityType: 'Person', entityId: personId })).map((e) => e.id)).toEqual(
      history.map((e) => e.id),
    );
    expect(history[0]).toMatchObject({ actorUserId: hr.userId, actorLabel: hr.email });
    expect(history[0].actorDisplayName).toMatch(/^HR \d+$/);
    expect(history[1]).toMatchObject({ actorUserId: null, actorDisplayName: null });
    expect(JSON.parse(history[0].before!)).toMatchObject({
      fullName: expect.stringMatching(/^Person/),
    });
    expect(JSON.parse(history[0].after!)).toMatchObject({ fullName: 'Renamed Person' });

    const options = await t.gql<OptionsAnswer>(OPTIONS, {}, hr.headers);
    const { entityTypes, actions, actors } = options.data!.auditFilterOptions;
    expect(entityTypes).toContain('person');
    expect(entityTypes).toContain('user_account');
    expect(entityTypes).not.toContain('Person');
    expect([...entityTypes].sort()).toEqual(entityTypes);
    expect(actions).toEqual(expect.arrayContaining(['PERSON_UPDATED', 'SIGNED_IN']));
    expect(new Set(actions).size).toBe(actions.length);
    expect(actors).toContainEqual({
      id: hr.userId,
      email: hr.email,
      displayName: history[0].actorDisplayName,
    });
    // Only accounts that did something: every actor has at least one event.
    for (const actor of actors) {
      const mine = await events({ filter: { actorUserId: actor.id }, first: 1 });
      expect(mine.data!.auditEvents.totalCount).toBeGreaterThan(0);
    }
  });

  it('records a mutation with its actor and before/after, findable by entity, actor and action', async () => {
    const created = await t.gql<{ createUser: { id: string } }>(
      'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
      {
        input: {
          email: 'audited@stint.test',
          displayName: 'Audited',
          role: 'HR',
          password: TEST_PASSWORD,
        },
      },
      admin.headers,
    );
    const userId = created.data!.createUser.id;
    await t.gql(
      'mutation($input: UpdateUserInput!) { updateUser(input: $input) { id } }',
      { input: { id: userId, version: 1, displayName: 'Audited Again' } },
      admin.headers,
    );

    const byEntity = await all({ entityType: 'user_account', entityId: userId });
    expect(byEntity.map((e) => e.action)).toEqual(['USER_UPDATED', 'USER_CREATED']);
    expect(
      byEntity.every((e) => e.actorUserId === admin.userId && e.actorLabel === admin.email),
    ).toBe(true);
    const [updated, createdEvent] = byEntity;
    expect(createdEvent.before).toBeNull();
    expect(JSON.parse(createdEvent.after!)).toMatchObject({
      email: 'audited@stint.test',
      displayName: 'Audited',
    });
    expect(JSON.parse(updated.before!)).toMatchObject({ displayName: 'Audited' });
    expect(JSON.parse(updated.after!)).toMatchObject({ displayName: 'Audited Again' });

    const byActorAndAction = await all({ actorUserId: admin.userId, action: 'USER_UPDATED' });
    expect(byActorAndAction.map((e) => e.entityId)).toEqual([userId]);

    // Sign-ins are audited too, each under its own account.
    const signIns = await all({ action: 'SIGNED_IN', actorUserId: hr.userId });
    expect(signIns).toHaveLength(1);
    expect(signIns[0]).toMatchObject({
      entityType: 'user_account',
      entityId: hr.userId,
      actorLabel: hr.email,
    });
  });

  it('filters by a date range (whole UTC days) and by exact instants', async () => {
    const entityType = 'range_test';
    await insertEvent(t, {
      entityType,
      entityId: 'before',
      occurredAt: '2020-01-01T23:59:59.999999Z',
    });
    await insertEvent(t, { entityType, entityId: 'start', occurredAt: '2020-01-02T00:00:00Z' });
    await insertEvent(t, {
      entityType,
      entityId: 'end',
      occurredAt: '2020-01-02T23:59:59.999999Z',
    });
    await insertEvent(t, { entityType, entityId: 'after', occurredAt: '2020-01-03T00:00:00Z' });

    const ids = async (filter: Record<string, unknown>) =>
      (await all({ entityType, ...filter })).map((e) => e.entityId);
    expect(await ids({ from: '2020-01-02', to: '2020-01-02' })).toEqual(['end', 'start']);
    expect(await ids({ from: '2020-01-02' })).toEqual(['after', 'end', 'start']);
    expect(await ids({ to: '2020-01-01' })).toEqual(['before']);
    expect(await ids({ from: '2020-01-02T12:00:00Z', to: '2020-01-03T00:00:00Z' })).toEqual([
      'after',
      'end',
    ]);
    expect(
      await ids({ from: '2020-01-02T02:00:00+02:00', to: '2020-01-02T00:00:00.000Z' }),
    ).toEqual(['start']);
  });

  it('pages newest first without losing or repeating events that share an instant', async () => {
    const entityType = 'tie_test';
    for (let i = 0; i < 5; i++)
      await insertEvent(t, {
        entityType,
        entityId: `same${i}`,
        occurredAt: '2021-06-01T12:00:00.000001Z',
      });
    await insertEvent(t, {
      entityType,
      entityId: 'micro-later',
      occurredAt: '2021-06-01T12:00:00.000002Z',
    });
    await insertEvent(t, { entityType, entityId: 'newest', occurredAt: '2021-06-02T00:00:00Z' });

    const page = await events({ filter: { entityType }, first: 2 });
    expect(page.data!.auditEvents.totalCount).toBe(7);
    const seen = await all({ entityType }, 2);
    expect(seen.map((e) => e.entityId)).toEqual([
      'newest',
      'micro-later',
      'same4',
      'same3',
      'same2',
      'same1',
      'same0',
    ]);
  });

  it('lists the whole trail newest first by default', async () => {
    const response = await events({ first: 100 }, admin.headers);
    const nodes = response.data!.auditEvents.edges.map((e) => e.node);
    expect(response.data!.auditEvents.totalCount).toBe(await countRows(t.db, 'audit_event'));
    const times = nodes.map((n) => Date.parse(n.occurredAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it.each([
    ['a malformed actor id', { filter: { actorUserId: '42' } }, ['filter.actorUserId']],
    ['a date that is not one', { filter: { from: 'yesterday' } }, ['filter.from']],
    ['an impossible date', { filter: { to: '2021-02-30' } }, ['filter.to']],
    ['a timestamp without a zone', { filter: { from: '2021-02-01T10:00:00' } }, ['filter.from']],
    [
      'an over-long entity type',
      { filter: { entityType: 'x'.repeat(101) } },
      ['filter.entityType'],
    ],
    ['a forged cursor', { after: 'forged' }, ['after']],
    [
      'a cursor of another list',
      { after: Buffer.from(JSON.stringify(['a', 'b'])).toString('base64url') },
      ['after'],
    ],
  ])('refuses %s with BAD_USER_INPUT naming the field', async (_what, variables, fields) => {
    const response = await events(variables);
    expect(outcome(response)).toBe('BAD_USER_INPUT');
    expect(badFields(response)).toEqual(fields);
  });
});
