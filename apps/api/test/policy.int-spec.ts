import { insertDepartment, insertPerson } from '@stint/api-core/testing';
import {
  badFields,
  countRows,
  outcome,
  snapshot,
  waitForLockWaiters,
} from './support/admin-factories';
import { startTestApp, type SignedIn, type TestApp } from './support/test-app';

const POLICY_FIELDS = `version eligibleLevels minExperienceMonths cooldownMonths maxRotations minDurationMonths
  maxDurationMonths managerSeatMinLevel note createdAt createdBy`;
const CURRENT = `{ eligibilityPolicy { ${POLICY_FIELDS} } }`;
const VERSIONS = `query Versions($first: Int, $after: String) {
  eligibilityPolicyVersions(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { version note minExperienceMonths createdBy } }
  }
}`;
const UPDATE = `mutation Update($input: UpdateEligibilityPolicyInput!) { updateEligibilityPolicy(input: $input) { ${POLICY_FIELDS} } }`;

interface Policy {
  version: number;
  eligibleLevels: string[];
  minExperienceMonths: number;
  note: string | null;
  createdBy: string | null;
  [field: string]: unknown;
}
interface VersionsPage {
  eligibilityPolicyVersions: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: Pick<Policy, 'version' | 'note' | 'minExperienceMonths' | 'createdBy'> }[];
  };
}

const RULES = {
  eligibleLevels: ['PROJECT_MANAGER', 'SENIOR_PROJECT_MANAGER', 'PROGRAM_MANAGER'],
  minExperienceMonths: 24,
  cooldownMonths: 24,
  maxRotations: 2,
  minDurationMonths: 12,
  maxDurationMonths: 24,
  managerSeatMinLevel: 'SENIOR_PROJECT_MANAGER',
};

describe('the eligibility policy', () => {
  let t: TestApp;
  let admin: SignedIn;
  let roles: Record<'PM' | 'HR' | 'DIRECTOR', SignedIn>;

  const newest = async () =>
    (
      await t.db.query<{ version: number }>(
        'SELECT max(version)::int AS version FROM eligibility_policy',
      )
    ).rows[0].version;
  const updateAs = (headers: Record<string, string> | undefined, input: Record<string, unknown>) =>
    t.gql<{ updateEligibilityPolicy: Policy }>(UPDATE, { input }, headers);
  const update = (input: Record<string, unknown>) => updateAs(admin.headers, input);

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.signIn('ADMIN');
    const person = await insertPerson(t.db, await insertDepartment(t.db));
    roles = {
      PM: await t.signIn('PM', { personId: person }),
      HR: await t.signIn('HR'),
      DIRECTOR: await t.signIn('DIRECTOR'),
    };
  });

  afterAll(() => t.close());

  describe('who may do what', () => {
    const who = (name: string) =>
      name === 'signed out'
        ? undefined
        : name === 'ADMIN'
          ? admin.headers
          : roles[name as 'PM'].headers;

    it.each([
      ['signed out', 'UNAUTHENTICATED'],
      ['PM', 'OK'],
      ['HR', 'OK'],
      ['DIRECTOR', 'OK'],
      ['ADMIN', 'OK'],
    ])('eligibilityPolicy: %s → %s', async (name, expected) => {
      expect(outcome(await t.gql(CURRENT, {}, who(name)))).toBe(expected);
    });

    it.each([
      ['signed out', 'UNAUTHENTICATED'],
      ['PM', 'FORBIDDEN'],
      ['HR', 'OK'],
      ['DIRECTOR', 'FORBIDDEN'],
      ['ADMIN', 'OK'],
    ])('eligibilityPolicyVersions: %s → %s', async (name, expected) => {
      expect(outcome(await t.gql(VERSIONS, {}, who(name)))).toBe(expected);
    });

    it.each([
      ['signed out', 'UNAUTHENTICATED'],
      ['PM', 'FORBIDDEN'],
      ['HR', 'FORBIDDEN'],
      ['DIRECTOR', 'FORBIDDEN'],
    ])('updateEligibilityPolicy: %s → %s, changing nothing', async (name, expected) => {
      const policies = await snapshot(t.db, 'eligibility_policy', 'version');
      const events = await countRows(t.db, 'audit_event');
      const response = await updateAs(who(name), {
        basedOnVersion: await newest(),
        ...RULES,
        maxRotations: 9,
      });
      expect(outcome(response)).toBe(expected);
      expect(await snapshot(t.db, 'eligibility_policy', 'version')).toEqual(policies);
      expect(await countRows(t.db, 'audit_event')).toBe(events);
    });
  });

  it('starts with the default policy, version 1', async () => {
    const response = await t.gql<{ eligibilityPolicy: Policy }>(CURRENT, {}, roles.PM.headers);
    expect(response.data!.eligibilityPolicy).toMatchObject({
      version: 1,
      ...RULES,
      createdBy: null,
    });
  });

  it('an update makes a new version, keeps the old one, and is audited with before and after', async () => {
    const based = await newest();
    const response = await update({
      basedOnVersion: based,
      ...RULES,
      eligibleLevels: ['PROGRAM_MANAGER', 'PROJECT_MANAGER'],
      minExperienceMonths: 18,
      note: '  Shorter experience for the 2027 intake ',
    });
    expect(response.errors).toBeUndefined();
    const policy = response.data!.updateEligibilityPolicy;
    expect(policy).toMatchObject({
      version: based + 1,
      eligibleLevels: ['PROJECT_MANAGER', 'PROGRAM_MANAGER'],
      minExperienceMonths: 18,
      note: 'Shorter experience for the 2027 intake',
      createdBy: 'ADMIN 1',
    });

    const current = await t.gql<{ eligibilityPolicy: Policy }>(CURRENT, {}, roles.DIRECTOR.headers);
    expect(current.data!.eligibilityPolicy).toEqual(policy);
    const old = await t.db.query('SELECT rules FROM eligibility_policy WHERE version = $1', [
      based,
    ]);
    expect(old.rows[0].rules).toMatchObject({ minExperienceMonths: 24 });

    const events = await t.db.query(
      `SELECT actor_user_id, before, after FROM audit_event WHERE action = 'ELIGIBILITY_POLICY_UPDATED' AND entity_id = $1`,
      [String(based + 1)],
    );
    expect(events.rows).toHaveLength(1);
    expect(events.rows[0].actor_user_id).toBe(admin.userId);
    expect(events.rows[0].before).toMatchObject({ version: based, minExperienceMonths: 24 });
    expect(events.rows[0].after).toMatchObject({ version: based + 1, minExperienceMonths: 18 });
  });

  it('refuses an update based on an older version with CONFLICT STALE', async () => {
    const based = await newest();
    expect(outcome(await update({ basedOnVersion: based, ...RULES, cooldownMonths: 12 }))).toBe(
      'OK',
    );
    const policies = await snapshot(t.db, 'eligibility_policy', 'version');
    const response = await update({ basedOnVersion: based, ...RULES, cooldownMonths: 6 });
    expect(outcome(response)).toBe('CONFLICT:STALE');
    expect(await snapshot(t.db, 'eligibility_policy', 'version')).toEqual(policies);
  });

  it.each([
    [
      'duration minimum above the maximum',
      { minDurationMonths: 30, maxDurationMonths: 12 },
      ['maxDurationMonths'],
    ],
    ['a zero-month duration', { minDurationMonths: 0 }, ['minDurationMonths']],
    ['no eligible level', { eligibleLevels: [] }, ['eligibleLevels']],
    [
      'a level listed twice',
      { eligibleLevels: ['PROJECT_MANAGER', 'PROJECT_MANAGER'] },
      ['eligibleLevels'],
    ],
    ['a negative cooldown', { cooldownMonths: -1 }, ['cooldownMonths']],
    ['a note over 500 characters', { note: 'x'.repeat(501) }, ['note']],
  ])(
    'refuses %s with BAD_USER_INPUT naming the fields, changing nothing',
    async (_what, override, fields) => {
      const policies = await snapshot(t.db, 'eligibility_policy', 'version');
      const response = await update({ basedOnVersion: await newest(), ...RULES, ...override });
      expect(outcome(response)).toBe('BAD_USER_INPUT');
      expect(badFields(response)).toEqual(fields);
      expect(await snapshot(t.db, 'eligibility_policy', 'version')).toEqual(policies);
    },
  );

  it('refuses an unknown career level before it reaches the rules', async () => {
    const response = await update({
      basedOnVersion: await newest(),
      ...RULES,
      managerSeatMinLevel: 'CEO',
    });
    expect(outcome(response)).toBe('BAD_USER_INPUT');
  });

  it('of two concurrent updates based on the same version, exactly one wins', async () => {
    const based = await newest();
    // Hold the newest version so both requests are in flight and queue behind the same lock.
    await t.db.query('BEGIN');
    await t.db.query('SELECT version FROM eligibility_policy WHERE version = $1 FOR UPDATE', [
      based,
    ]);
    const racers = [
      update({ basedOnVersion: based, ...RULES, maxRotations: 3 }),
      update({ basedOnVersion: based, ...RULES, maxRotations: 4 }),
    ];
    await waitForLockWaiters(t.db, 2);
    await t.db.query('COMMIT');
    const outcomes = (await Promise.all(racers)).map(outcome).sort();
    expect(outcomes).toEqual(['CONFLICT:STALE', 'OK']);
    expect(await newest()).toBe(based + 1);
    expect(
      await countRows(
        t.db,
        `audit_event WHERE action = 'ELIGIBILITY_POLICY_UPDATED' AND entity_id = '${based + 1}'`,
      ),
    ).toBe(1);
  });

  it('lists every version newest first, a page at a time', async () => {
    const total = await countRows(t.db, 'eligibility_policy');
    expect(total).toBeGreaterThanOrEqual(4);
    const versions: number[] = [];
    let after: string | null = null;
    do {
      const response: Awaited<ReturnType<typeof t.gql<VersionsPage>>> = await t.gql<VersionsPage>(
        VERSIONS,
        { first: 2, after },
        roles.HR.headers,
      );
      expect(response.errors).toBeUndefined();
      const page: VersionsPage['eligibilityPolicyVersions'] =
        response.data!.eligibilityPolicyVersions;
      expect(page.totalCount).toBe(total);
      versions.push(...page.edges.map((e) => e.node.version));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(versions).toEqual(Array.from({ length: total }, (_, i) => total - i));

    const forged = await t.gql(VERSIONS, { after: 'forged' }, roles.HR.headers);
    expect(badFields(forged)).toEqual(['after']);
  });
});
