import { loadConfig } from '@stint/api-core';
import { insertDepartment, insertPerson } from '@stint/api-core/testing';
import { createApp } from '../src/app/create-app';
import {
  badFields,
  countRows,
  outcome,
  snapshot,
  waitForLockWaiters,
} from './support/admin-factories';
import { startTestApp, TEST_PASSWORD, type SignedIn, type TestApp } from './support/test-app';

const USER_FIELDS = 'id email displayName role personId disabled version';
const USERS = `query Users($filter: UsersFilter, $first: Int, $after: String) {
  users(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${USER_FIELDS} } }
  }
}`;
const CREATE = `mutation Create($input: CreateUserInput!) { createUser(input: $input) { ${USER_FIELDS} } }`;
const UPDATE = `mutation Update($input: UpdateUserInput!) { updateUser(input: $input) { ${USER_FIELDS} } }`;
const LOGIN =
  'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';

interface UserView {
  id: string;
  email: string;
  displayName: string;
  role: string;
  personId: string | null;
  disabled: boolean;
  version: number;
}
interface UsersPage {
  users: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: UserView }[];
  };
}

const NEW_PASSWORD = 'a brand new passphrase';
let emails = 0;
const freshEmail = () => `made${++emails}@stint.test`;

describe('user management', () => {
  let t: TestApp;
  let admin: SignedIn;
  let signedIn: Record<'PM' | 'HR' | 'DIRECTOR', SignedIn>;
  let departmentId: string;

  const asAdmin = <T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ) => t.gql<T>(query, variables, admin.headers);
  const versionOf = async (id: string) =>
    (await t.db.query<{ version: number }>('SELECT version FROM user_account WHERE id = $1', [id]))
      .rows[0].version;
  const login = (email: string, password: string) =>
    t.gql<{ login: { token: string } }>(LOGIN, { email, password });
  const headersFor = (token: string) => ({ authorization: `Bearer ${token}` });

  async function createUser(input: Record<string, unknown>): Promise<UserView> {
    const response = await asAdmin<{ createUser: UserView }>(CREATE, {
      input: {
        email: freshEmail(),
        displayName: 'Someone',
        role: 'HR',
        password: TEST_PASSWORD,
        ...input,
      },
    });
    expect(response.errors).toBeUndefined();
    return response.data!.createUser;
  }

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.signIn('ADMIN');
    departmentId = await insertDepartment(t.db);
    const pmPerson = await insertPerson(t.db, departmentId);
    signedIn = {
      PM: await t.signIn('PM', { personId: pmPerson }),
      HR: await t.signIn('HR'),
      DIRECTOR: await t.signIn('DIRECTOR'),
    };
  });

  afterAll(() => t.close());

  describe('who may manage users', () => {
    const callers: [string, string, () => Record<string, string> | undefined][] = [
      ['signed out', 'UNAUTHENTICATED', () => undefined],
      ['PM', 'FORBIDDEN', () => signedIn.PM.headers],
      ['HR', 'FORBIDDEN', () => signedIn.HR.headers],
      ['DIRECTOR', 'FORBIDDEN', () => signedIn.DIRECTOR.headers],
      ['ADMIN', 'OK', () => admin.headers],
    ];

    it.each(callers)('users: %s → %s', async (_who, expected, headers) => {
      const response = await t.gql(USERS, {}, headers());
      expect(outcome(response)).toBe(expected);
      if (expected !== 'OK') expect(response.data?.['users'] ?? null).toBeNull();
    });

    it.each(callers.filter(([who]) => who !== 'ADMIN'))(
      'createUser and updateUser: %s → %s, changing nothing',
      async (_who, expected, headers) => {
        const accounts = await snapshot(t.db, 'user_account', 'id');
        const events = await countRows(t.db, 'audit_event');
        const created = await t.gql(
          CREATE,
          {
            input: {
              email: freshEmail(),
              displayName: 'Nope',
              role: 'ADMIN',
              password: TEST_PASSWORD,
            },
          },
          headers(),
        );
        expect(outcome(created)).toBe(expected);
        const updated = await t.gql(
          UPDATE,
          {
            input: {
              id: signedIn.HR.userId,
              version: await versionOf(signedIn.HR.userId),
              role: 'ADMIN',
            },
          },
          headers(),
        );
        expect(outcome(updated)).toBe(expected);
        expect(await snapshot(t.db, 'user_account', 'id')).toEqual(accounts);
        expect(await countRows(t.db, 'audit_event')).toBe(events);
      },
    );
  });

  it('shows the signed-in user their own account state through me', async () => {
    const response = await t.gql<{ me: UserView }>(
      `{ me { ${USER_FIELDS} } }`,
      {},
      signedIn.HR.headers,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.me).toMatchObject({
      id: signedIn.HR.userId,
      disabled: false,
      version: 1,
      role: 'HR',
    });
  });

  it('dates a new session by the database clock: it lasts SESSION_TTL_HOURS from its creation', async () => {
    const user = await createUser({});
    const answer = await t.gql<{ login: { token: string; expiresAt: string } }>(
      'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token expiresAt } }',
      { email: user.email, password: TEST_PASSWORD },
    );
    expect(answer.errors).toBeUndefined();
    const { rows } = await t.db.query<{ lifetime: string; expires: Date }>(
      `SELECT (expires_at - created_at)::text AS lifetime, expires_at AS expires
         FROM user_session WHERE user_id = $1`,
      [user.id],
    );
    // The default lifetime, exactly: both ends come from PostgreSQL's now() in one statement.
    expect(rows).toEqual([
      { lifetime: '12:00:00', expires: new Date(answer.data!.login.expiresAt) },
    ]);
  });

  describe('createUser', () => {
    it('creates an account that can sign in, audited without any password', async () => {
      const email = freshEmail();
      const response = await asAdmin<{ createUser: UserView }>(CREATE, {
        input: {
          email,
          displayName: '  Dana Director ',
          role: 'DIRECTOR',
          password: TEST_PASSWORD,
        },
      });
      expect(response.errors).toBeUndefined();
      const user = response.data!.createUser;
      expect(user).toMatchObject({
        email,
        displayName: 'Dana Director',
        role: 'DIRECTOR',
        personId: null,
        disabled: false,
        version: 1,
      });

      const stored = await t.db.query<{ password_hash: string }>(
        'SELECT password_hash FROM user_account WHERE id = $1',
        [user.id],
      );
      expect(stored.rows[0].password_hash).toMatch(/^\$argon2id\$/);
      expect(outcome(await login(email.toUpperCase(), TEST_PASSWORD))).toBe('OK');

      const events = await t.db.query(
        `SELECT actor_user_id, actor_label, before, after FROM audit_event WHERE action = 'USER_CREATED' AND entity_id = $1`,
        [user.id],
      );
      expect(events.rows).toHaveLength(1);
      expect(events.rows[0]).toMatchObject({
        actor_user_id: admin.userId,
        actor_label: admin.email,
        before: null,
      });
      expect(events.rows[0].after).toMatchObject({ email, role: 'DIRECTOR' });
      expect(JSON.stringify(events.rows[0])).not.toMatch(/password|argon2|correct horse/i);
    });

    it('links a PM account to its person record', async () => {
      const personId = await insertPerson(t.db, departmentId);
      const user = await createUser({ role: 'PM', personId });
      expect(user).toMatchObject({ role: 'PM', personId });
    });

    it('refuses an e-mail address that exists in another case with CONFLICT DUPLICATE', async () => {
      const email = freshEmail();
      await createUser({ email });
      const before = await countRows(t.db, 'user_account');
      const response = await asAdmin(CREATE, {
        input: {
          email: email.toUpperCase(),
          displayName: 'Twin',
          role: 'HR',
          password: TEST_PASSWORD,
        },
      });
      expect(outcome(response)).toBe('CONFLICT:DUPLICATE');
      expect(await countRows(t.db, 'user_account')).toBe(before);
    });

    it('refuses a person already linked to another account with CONFLICT DUPLICATE', async () => {
      const personId = await insertPerson(t.db, departmentId);
      await createUser({ role: 'PM', personId });
      const response = await asAdmin(CREATE, {
        input: {
          email: freshEmail(),
          displayName: 'Second',
          role: 'PM',
          password: TEST_PASSWORD,
          personId,
        },
      });
      expect(outcome(response)).toBe('CONFLICT:DUPLICATE');
    });

    it.each([
      ['a PM without a person', { role: 'PM' }, ['personId']],
      [
        'a PM with an unknown person',
        { role: 'PM', personId: '00000000-0000-4000-8000-000000000000' },
        ['personId'],
      ],
      ['a person link on a non-PM role', { role: 'HR', personId: 'PERSON' }, ['personId']],
      ['a malformed person id', { role: 'PM', personId: '42' }, ['personId']],
      ['a password under 12 characters', { password: 'short' }, ['password']],
      ['a password over 1024 characters', { password: 'x'.repeat(1025) }, ['password']],
      ['a malformed e-mail', { email: 'not-an-email' }, ['email']],
      ['a blank display name', { displayName: '   ' }, ['displayName']],
    ])('refuses %s with BAD_USER_INPUT naming the field', async (_what, override, fields) => {
      const personId = await insertPerson(t.db, departmentId);
      const input: Record<string, unknown> = {
        email: freshEmail(),
        displayName: 'Someone',
        role: 'HR',
        password: TEST_PASSWORD,
        ...override,
      };
      if (input['personId'] === 'PERSON') input['personId'] = personId;
      const before = await countRows(t.db, 'user_account');
      const response = await asAdmin(CREATE, { input });
      expect(outcome(response)).toBe('BAD_USER_INPUT');
      expect(badFields(response)).toEqual(fields);
      expect(await countRows(t.db, 'user_account')).toBe(before);
    });
  });

  describe('users', () => {
    it('filters by role and searches e-mail and name', async () => {
      const marker = `Zebra${Date.now()}`;
      const one = await createUser({ role: 'DIRECTOR', displayName: `${marker} One` });
      await createUser({ role: 'HR', displayName: `${marker} Two` });

      const byName = await asAdmin<UsersPage>(USERS, { filter: { search: marker.toLowerCase() } });
      expect(byName.data!.users.totalCount).toBe(2);
      const byNameAndRole = await asAdmin<UsersPage>(USERS, {
        filter: { search: marker, role: 'DIRECTOR' },
      });
      expect(byNameAndRole.data!.users.edges.map((e) => e.node.id)).toEqual([one.id]);
      const byEmail = await asAdmin<UsersPage>(USERS, {
        filter: { search: one.email.toUpperCase() },
      });
      expect(byEmail.data!.users.edges.map((e) => e.node.id)).toEqual([one.id]);
      const admins = await asAdmin<UsersPage>(USERS, { filter: { role: 'ADMIN' }, first: 100 });
      expect(admins.data!.users.edges.every((e) => e.node.role === 'ADMIN')).toBe(true);
      const wildcard = await asAdmin<UsersPage>(USERS, { filter: { search: '%' } });
      expect(wildcard.data!.users.totalCount).toBe(0);
    });

    it('pages through every account once, ordered by e-mail', async () => {
      const total = await countRows(t.db, 'user_account');
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const response: Awaited<ReturnType<typeof asAdmin<UsersPage>>> = await asAdmin<UsersPage>(
          USERS,
          { first: 3, after },
        );
        expect(response.errors).toBeUndefined();
        expect(response.data!.users.totalCount).toBe(total);
        seen.push(...response.data!.users.edges.map((e) => e.node.email.toLowerCase()));
        after = response.data!.users.pageInfo.hasNextPage
          ? response.data!.users.pageInfo.endCursor
          : null;
      } while (after);
      expect(seen).toHaveLength(total);
      expect(new Set(seen).size).toBe(total);
      expect([...seen].sort()).toEqual(seen);
    });

    it('refuses a forged cursor with BAD_USER_INPUT', async () => {
      const response = await asAdmin(USERS, { after: 'forged' });
      expect(badFields(response)).toEqual(['after']);
    });
  });

  describe('updateUser', () => {
    it('changes the given fields, bumps the version and audits before and after', async () => {
      const user = await createUser({ role: 'HR', displayName: 'Old Name' });
      const response = await asAdmin<{ updateUser: UserView }>(UPDATE, {
        input: { id: user.id, version: user.version, displayName: 'New Name', role: 'DIRECTOR' },
      });
      expect(response.errors).toBeUndefined();
      expect(response.data!.updateUser).toMatchObject({
        displayName: 'New Name',
        role: 'DIRECTOR',
        email: user.email,
        version: 2,
      });
      const events = await t.db.query(
        `SELECT actor_user_id, before, after FROM audit_event WHERE action = 'USER_UPDATED' AND entity_id = $1`,
        [user.id],
      );
      expect(events.rows).toHaveLength(1);
      expect(events.rows[0].actor_user_id).toBe(admin.userId);
      expect(events.rows[0].before).toMatchObject({
        displayName: 'Old Name',
        role: 'HR',
        version: 1,
      });
      expect(events.rows[0].after).toMatchObject({
        displayName: 'New Name',
        role: 'DIRECTOR',
        version: 2,
        passwordChanged: false,
      });
    });

    it('refuses a stale version with CONFLICT STALE and changes nothing', async () => {
      const user = await createUser({});
      await asAdmin(UPDATE, { input: { id: user.id, version: 1, displayName: 'First' } });
      const before = await snapshot(t.db, 'user_account', 'id');
      const response = await asAdmin(UPDATE, {
        input: { id: user.id, version: 1, displayName: 'Second' },
      });
      expect(outcome(response)).toBe('CONFLICT:STALE');
      expect(await snapshot(t.db, 'user_account', 'id')).toEqual(before);
    });

    it('answers NOT_FOUND for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
      const unknown = await asAdmin(UPDATE, {
        input: { id: '00000000-0000-4000-8000-000000000000', version: 1, displayName: 'X' },
      });
      expect(outcome(unknown)).toBe('NOT_FOUND');
      const malformed = await asAdmin(UPDATE, { input: { id: 'nope', version: 1 } });
      expect(badFields(malformed)).toEqual(['id']);
    });

    it('clears the person link when a PM becomes another role, and needs one to become a PM', async () => {
      const personId = await insertPerson(t.db, departmentId);
      const pm = await createUser({ role: 'PM', personId });
      const demoted = await asAdmin<{ updateUser: UserView }>(UPDATE, {
        input: { id: pm.id, version: pm.version, role: 'HR' },
      });
      expect(demoted.data!.updateUser).toMatchObject({ role: 'HR', personId: null });
      const noPerson = await asAdmin(UPDATE, { input: { id: pm.id, version: 2, role: 'PM' } });
      expect(badFields(noPerson)).toEqual(['personId']);
      const relinked = await asAdmin<{ updateUser: UserView }>(UPDATE, {
        input: { id: pm.id, version: 2, role: 'PM', personId },
      });
      expect(relinked.data!.updateUser).toMatchObject({ role: 'PM', personId });
    });

    it('disabling an account ends its sessions at once and stops it signing in', async () => {
      const email = freshEmail();
      const user = await createUser({ email });
      const token = (await login(email, TEST_PASSWORD)).data!.login.token;
      expect(
        (await t.gql<{ me: { id: string } | null }>('{ me { id } }', {}, headersFor(token))).data!
          .me,
      ).toEqual({ id: user.id });

      const response = await asAdmin<{ updateUser: UserView }>(UPDATE, {
        input: { id: user.id, version: 1, disabled: true },
      });
      expect(response.data!.updateUser).toMatchObject({ disabled: true, version: 2 });
      expect(await countRows(t.db, `user_session WHERE user_id = '${user.id}'`)).toBe(0);
      expect(
        (await t.gql<{ me: null }>('{ me { id } }', {}, headersFor(token))).data!.me,
      ).toBeNull();
      expect(outcome(await t.gql('{ departments { id } }', {}, headersFor(token)))).toBe(
        'UNAUTHENTICATED',
      );
      expect(outcome(await login(email, TEST_PASSWORD))).toBe('UNAUTHENTICATED');

      await asAdmin(UPDATE, { input: { id: user.id, version: 2, disabled: false } });
      expect(outcome(await login(email, TEST_PASSWORD))).toBe('OK');
    });

    it('a new password ends every session of the account; only the new password signs in', async () => {
      const email = freshEmail();
      const user = await createUser({ email });
      const tokens = [
        (await login(email, TEST_PASSWORD)).data!.login.token,
        (await login(email, TEST_PASSWORD)).data!.login.token,
      ];
      const hashBefore = (
        await t.db.query('SELECT password_hash FROM user_account WHERE id = $1', [user.id])
      ).rows[0].password_hash;

      const response = await asAdmin(UPDATE, {
        input: { id: user.id, version: 1, password: NEW_PASSWORD },
      });
      expect(response.errors).toBeUndefined();
      for (const token of tokens) {
        expect(outcome(await t.gql('{ departments { id } }', {}, headersFor(token)))).toBe(
          'UNAUTHENTICATED',
        );
      }
      expect(outcome(await login(email, TEST_PASSWORD))).toBe('UNAUTHENTICATED');
      expect(outcome(await login(email, NEW_PASSWORD))).toBe('OK');

      const event = await t.db.query(
        `SELECT before, after FROM audit_event WHERE action = 'USER_UPDATED' AND entity_id = $1`,
        [user.id],
      );
      expect(event.rows[0].after).toMatchObject({ passwordChanged: true });
      const text = JSON.stringify(event.rows[0]);
      expect(text).not.toContain(NEW_PASSWORD);
      expect(text).not.toContain(String(hashBefore));
      expect(text).not.toMatch(/argon2|hash/i);
    });

    it('an admin cannot disable or demote themself', async () => {
      const before = await snapshot(t.db, 'user_account', 'id');
      const version = await versionOf(admin.userId);
      const disable = await asAdmin(UPDATE, {
        input: { id: admin.userId, version, disabled: true },
      });
      expect(badFields(disable)).toEqual(['disabled']);
      const demote = await asAdmin(UPDATE, { input: { id: admin.userId, version, role: 'HR' } });
      expect(badFields(demote)).toEqual(['role']);
      expect(await snapshot(t.db, 'user_account', 'id')).toEqual(before);
    });

    it('two admins removing each other at once leave exactly one enabled admin', async () => {
      const other = await t.signIn('ADMIN');
      const enabledAdmins = `user_account WHERE role = 'ADMIN' AND NOT disabled`;
      expect(await countRows(t.db, enabledAdmins)).toBe(2);

      // Hold the admins' rows so both requests are past the session check and queue on the lock.
      await t.db.query('BEGIN');
      await t.db.query(`SELECT id FROM user_account WHERE role = 'ADMIN' FOR UPDATE`);
      const first = t.gql(
        UPDATE,
        { input: { id: other.userId, version: await versionOf(other.userId), disabled: true } },
        admin.headers,
      );
      const second = t.gql(
        UPDATE,
        { input: { id: admin.userId, version: await versionOf(admin.userId), role: 'HR' } },
        other.headers,
      );
      await waitForLockWaiters(t.db, 2);
      await t.db.query('COMMIT');

      const outcomes = (await Promise.all([first, second])).map(outcome).sort();
      expect(outcomes).toEqual(['CONFLICT:IN_USE', 'OK']);
      expect(await countRows(t.db, enabledAdmins)).toBe(1);

      // Restore: whichever admin remains re-enables / re-promotes the other for later tests.
      const remaining = (await t.db.query<{ id: string }>(`SELECT id FROM ${enabledAdmins}`))
        .rows[0].id;
      if (remaining !== admin.userId) {
        await t.gql(
          UPDATE,
          { input: { id: admin.userId, version: await versionOf(admin.userId), role: 'ADMIN' } },
          other.headers,
        );
      }
    });
  });
});

describe('the first admin from configuration', () => {
  const ADMIN_EMAIL = 'First.Admin@stint.test';
  const ADMIN_PASSWORD = 'bootstrap passphrase 1';
  let t: TestApp;

  const accounts = async () =>
    (
      await t.db.query(
        'SELECT email, role, disabled, password_hash FROM user_account ORDER BY created_at, email',
      )
    ).rows;
  const bootEvents = () => countRows(t.db, `audit_event WHERE action = 'ADMIN_BOOTSTRAPPED'`);

  /** Boots (and stops) another app instance on the same database with this configuration. */
  async function bootAgain(env: Record<string, string>): Promise<void> {
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: t.database.url,
      STINT_DEMO_DATA: 'false',
      WEB_DIST_DIR: '/nonexistent',
      LOG_LEVEL: 'error',
      ...env,
    });
    const app = await createApp(config, t.database.url);
    await app.init();
    await app.close();
  }

  beforeAll(async () => {
    t = await startTestApp({
      STINT_ADMIN_EMAIL: ADMIN_EMAIL,
      STINT_ADMIN_PASSWORD: ADMIN_PASSWORD,
    });
  });

  afterAll(() => t.close());

  it('creates the configured admin on an empty database, audited as the system', async () => {
    const rows = await accounts();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ email: ADMIN_EMAIL, role: 'ADMIN', disabled: false });
    expect(rows[0].password_hash).toMatch(/^\$argon2id\$/);
    const events = await t.db.query(
      `SELECT actor_user_id, actor_label, after FROM audit_event WHERE action = 'ADMIN_BOOTSTRAPPED'`,
    );
    expect(events.rows).toHaveLength(1);
    expect(events.rows[0]).toMatchObject({ actor_user_id: null, actor_label: 'system' });
    expect(JSON.stringify(events.rows[0].after)).not.toMatch(/password|argon2/i);

    const signIn = await t.gql<{ login: { token: string } }>(LOGIN, {
      email: ADMIN_EMAIL,
      password: ADMIN_PASSWORD,
    });
    const me = await t.gql<{ me: { role: string } }>(
      '{ me { role } }',
      {},
      { authorization: `Bearer ${signIn.data!.login.token}` },
    );
    expect(me.data!.me.role).toBe('ADMIN');
  });

  it('is idempotent: booting again with the same or another password changes nothing', async () => {
    const before = await accounts();
    await bootAgain({ STINT_ADMIN_EMAIL: ADMIN_EMAIL, STINT_ADMIN_PASSWORD: ADMIN_PASSWORD });
    await bootAgain({
      STINT_ADMIN_EMAIL: ADMIN_EMAIL,
      STINT_ADMIN_PASSWORD: 'a different passphrase',
    });
    await bootAgain({
      STINT_ADMIN_EMAIL: 'another@stint.test',
      STINT_ADMIN_PASSWORD: 'a different passphrase',
    });
    expect(await accounts()).toEqual(before);
    expect(await bootEvents()).toBe(1);
  });

  it('leaves an existing non-admin account with that e-mail untouched, even with no admin left', async () => {
    await t.db.query(
      `UPDATE user_account SET role = 'HR', version = version + 1 WHERE lower(email) = lower($1)`,
      [ADMIN_EMAIL],
    );
    const before = await accounts();
    await bootAgain({
      STINT_ADMIN_EMAIL: ADMIN_EMAIL.toLowerCase(),
      STINT_ADMIN_PASSWORD: 'a different passphrase',
    });
    expect(await accounts()).toEqual(before);
    expect(await bootEvents()).toBe(1);
  });

  it('creates a new admin when none is enabled and the configured e-mail is free', async () => {
    await bootAgain({
      STINT_ADMIN_EMAIL: 'second.admin@stint.test',
      STINT_ADMIN_PASSWORD: 'another passphrase!',
    });
    const admins = (await accounts()).filter((row) => row['role'] === 'ADMIN');
    expect(admins.map((row) => row['email'])).toEqual(['second.admin@stint.test']);
    expect(await bootEvents()).toBe(2);
  });

  it('does nothing without the variables', async () => {
    await t.db.query(
      `UPDATE user_account SET disabled = true, version = version + 1 WHERE role = 'ADMIN'`,
    );
    const before = await accounts();
    await bootAgain({});
    expect(await accounts()).toEqual(before);
  });
});
