import { GraphQLSchemaHost } from '@nestjs/graphql';
import { insertDepartment, insertPerson } from '@stint/api-core/testing';
import type { UserRole } from '@stint/domain';
import { directedSeat, monthStart, window12 } from './support/rotation-factories';
import { startTestApp, TEST_PASSWORD, type SignedIn, type TestApp } from './support/test-app';

/**
 * Every root query and mutation × every kind of caller. The operation list is read from the
 * schema itself, so an operation added without a row here fails this test. A denied call
 * answers UNAUTHENTICATED (signed out) or FORBIDDEN (wrong role) and leaves every table as it
 * was; an allowed call gets past authorization (it may still fail on its arguments).
 */

type Caller = 'ANONYMOUS' | UserRole;
const CALLERS: Caller[] = ['ANONYMOUS', 'PM', 'HR', 'DIRECTOR', 'ADMIN'];

interface Fixture {
  departmentId: string;
  pmPersonId: string;
  otherPersonId: string;
  pmoId: string;
  seatId: string;
  requestId: string;
  rotationId: string;
  directorUserId: string;
  startsOn: string;
  endsOn: string;
  loginEmail: string;
}

interface Row {
  /** Roles allowed besides ADMIN (who may do everything). 'PUBLIC' also admits signed-out callers. */
  allowed: (UserRole | 'PUBLIC')[];
  /** For acts only a PM can do for themself: an admin has no person record to act for. */
  notForAdmin?: true;
  document: string;
  variables?: (f: Fixture) => Record<string, unknown>;
}

const uuid = '00000000-0000-4000-8000-000000000000';
const READERS: UserRole[] = ['PM', 'HR', 'DIRECTOR'];

const QUERIES: Record<string, Row> = {
  me: { allowed: ['PUBLIC'], document: '{ me { id } }' },
  authOptions: { allowed: ['PUBLIC'], document: '{ authOptions { localLogin oidcLoginUrl } }' },
  departments: { allowed: READERS, document: '{ departments { id } }' },
  people: { allowed: ['HR', 'DIRECTOR'], document: '{ people { totalCount } }' },
  person: {
    allowed: READERS,
    document: 'query($id: ID!) { person(id: $id) { id } }',
    variables: (f) => ({ id: f.pmPersonId }),
  },
  eligibility: {
    allowed: READERS,
    document:
      'query($p: ID!, $s: String!) { eligibility(personId: $p, startsOn: $s, months: 12) { eligible } }',
    variables: (f) => ({ p: f.pmPersonId, s: f.startsOn }),
  },
  pmos: { allowed: READERS, document: '{ pmos { id } }' },
  pmo: {
    allowed: READERS,
    document: 'query($id: ID!) { pmo(id: $id) { id } }',
    variables: (f) => ({ id: f.pmoId }),
  },
  seats: { allowed: READERS, document: '{ seats { totalCount } }' },
  seat: {
    allowed: READERS,
    document: 'query($id: ID!) { seat(id: $id) { id pmo { id } } }',
    variables: (f) => ({ id: f.seatId }),
  },
  rotationRequests: { allowed: READERS, document: '{ rotationRequests { totalCount } }' },
  rotationRequest: {
    allowed: READERS,
    document: 'query($id: ID!) { rotationRequest(id: $id) { id } }',
    variables: (f) => ({ id: f.requestId }),
  },
  rotations: { allowed: READERS, document: '{ rotations { totalCount } }' },
  rotation: {
    allowed: READERS,
    document: 'query($id: ID!) { rotation(id: $id) { id } }',
    variables: (f) => ({ id: f.rotationId }),
  },
  eligibilityPolicy: { allowed: READERS, document: '{ eligibilityPolicy { version } }' },
  eligibilityPolicyVersions: {
    allowed: ['HR'],
    document: '{ eligibilityPolicyVersions { totalCount } }',
  },
  auditEvents: { allowed: ['HR'], document: '{ auditEvents { totalCount } }' },
  auditFilterOptions: { allowed: ['HR'], document: '{ auditFilterOptions { actions } }' },
  users: { allowed: [], document: '{ users { totalCount } }' },
  coverage: {
    allowed: READERS,
    document:
      '{ coverage(filter: { from: "2026-01-01", to: "2026-12-31" }) { totals { headcount } } }',
  },
  pmoFill: {
    allowed: READERS,
    document: '{ pmoFill(filter: { from: "2026-01-01", to: "2026-12-31" }) { pmoId } }',
  },
  requestFunnel: { allowed: READERS, document: '{ requestFunnel { submitted } }' },
  staffing: { allowed: ['HR', 'DIRECTOR'], document: '{ staffing { asOf } }' },
  // PMs too, at the organisation level (analytics-outcomes.int-spec.ts: no department or level).
  outcomes: {
    allowed: READERS,
    document:
      '{ outcomes(filter: { from: "2020-01-01", to: "2026-12-31" }) { rotations alumni { suppressed } } }',
  },
  fairness: {
    allowed: ['HR'],
    document: '{ fairness(from: "2026-01-01", to: "2026-12-31") { from } }',
  },
  candidates: {
    allowed: ['DIRECTOR'],
    document:
      'query($seat: ID!, $s: String!) { candidates(seatId: $seat, startsOn: $s, months: 12) { personId } }',
    variables: (f) => ({ seat: f.seatId, s: f.startsOn }),
  },
  notifications: {
    allowed: READERS,
    document: '{ notifications(first: 5, unreadOnly: true) { totalCount } }',
  },
  unreadNotificationCount: { allowed: READERS, document: '{ unreadNotificationCount }' },
  notificationSettings: {
    allowed: READERS,
    document: '{ notificationSettings { emailEvents emailEnabled } }',
  },
  rotationImpact: {
    allowed: ['HR', 'DIRECTOR'],
    document:
      'query($p: ID!, $seat: ID!, $s: String!, $e: String!) { rotationImpact(personId: $p, seatId: $seat, startsOn: $s, endsOn: $e) { eligible } }',
    variables: (f) => ({ p: f.otherPersonId, seat: f.seatId, s: f.startsOn, e: f.endsOn }),
  },
};

const MUTATIONS: Record<string, Row> = {
  login: {
    allowed: ['PUBLIC'],
    document: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    variables: (f) => ({ e: f.loginEmail, p: TEST_PASSWORD }),
  },
  submitRotationRequest: {
    allowed: ['PM'],
    notForAdmin: true,
    document:
      'mutation($s: String!) { submitRotationRequest(input: { goals: [PROGRAM_MANAGEMENT], earliestStart: $s, durationMonths: 12 }) { id } }',
    variables: (f) => ({ s: f.startsOn }),
  },
  withdrawRotationRequest: {
    allowed: ['PM'],
    document: 'mutation($id: ID!) { withdrawRotationRequest(id: $id) { id } }',
    variables: () => ({ id: uuid }),
  },
  approveRotationRequest: {
    allowed: ['DIRECTOR'],
    document:
      'mutation($id: ID!, $seat: ID!, $s: String!, $e: String!) { approveRotationRequest(id: $id, input: { seatId: $seat, startsOn: $s, endsOn: $e }) { rotationId } }',
    variables: (f) => ({ id: uuid, seat: f.seatId, s: f.startsOn, e: f.endsOn }),
  },
  declineRotationRequest: {
    allowed: ['DIRECTOR'],
    document: 'mutation($id: ID!) { declineRotationRequest(id: $id, note: "No.") { id } }',
    variables: () => ({ id: uuid }),
  },
  assignRotation: {
    allowed: ['DIRECTOR'],
    document:
      'mutation($p: ID!, $seat: ID!, $s: String!, $e: String!) { assignRotation(input: { personId: $p, seatId: $seat, startsOn: $s, endsOn: $e }) { id } }',
    variables: (f) => ({ p: uuid, seat: f.seatId, s: f.startsOn, e: f.endsOn }),
  },
  endRotationEarly: {
    allowed: ['DIRECTOR'],
    document: 'mutation($id: ID!) { endRotationEarly(id: $id, endsOn: "2030-01-01") { id } }',
    variables: () => ({ id: uuid }),
  },
  cancelRotation: {
    allowed: ['DIRECTOR'],
    document: 'mutation($id: ID!) { cancelRotation(id: $id, reason: "x") { id } }',
    variables: () => ({ id: uuid }),
  },
  recordRotationOutcome: {
    allowed: ['DIRECTOR'],
    document:
      'mutation($id: ID!) { recordRotationOutcome(id: $id, goalsAchieved: [], note: "x") { id } }',
    variables: () => ({ id: uuid }),
  },
  createDepartment: {
    allowed: ['HR'],
    document:
      'mutation($c: String!) { createDepartment(input: { code: $c, name: "Matrix" }) { id } }',
    variables: () => ({ c: `M${Math.floor(Math.random() * 1e6)}` }),
  },
  updateDepartment: {
    allowed: ['HR'],
    document:
      'mutation($id: ID!) { updateDepartment(input: { id: $id, version: 999, name: "Renamed" }) { id } }',
    variables: (f) => ({ id: f.departmentId }),
  },
  createPerson: {
    allowed: ['HR'],
    document:
      'mutation($d: ID!, $n: String!) { createPerson(input: { employeeNumber: $n, fullName: "Matrix Person", email: "bad-email", departmentId: $d, careerLevel: PROJECT_MANAGER, pmSince: "2020-01-01", hiredOn: "2020-01-01" }) { id } }',
    variables: (f) => ({ d: f.departmentId, n: `MX${Math.floor(Math.random() * 1e6)}` }),
  },
  updatePerson: {
    allowed: ['HR'],
    document:
      'mutation($id: ID!) { updatePerson(input: { id: $id, version: 999, fullName: "Renamed" }) { id } }',
    variables: (f) => ({ id: f.otherPersonId }),
  },
  correctPersonHistory: {
    allowed: ['HR'],
    document:
      'mutation($id: ID!) { correctPersonHistory(input: { personId: $id, version: 999, validFrom: "2021-01-01", onLeave: true }) { id } }',
    variables: (f) => ({ id: f.otherPersonId }),
  },
  importPeople: {
    allowed: ['HR'],
    document:
      'mutation { importPeople(csv: "employee_number,full_name\\n", dryRun: true) { applied } }',
  },
  createPmo: {
    allowed: ['DIRECTOR'],
    document: 'mutation { createPmo(input: { name: "", scope: ENTERPRISE }) { id } }',
  },
  updatePmo: {
    allowed: ['DIRECTOR'],
    document:
      'mutation($id: ID!) { updatePmo(input: { id: $id, version: 999, name: "Renamed" }) { id } }',
    variables: (f) => ({ id: f.pmoId }),
  },
  createSeat: {
    allowed: ['DIRECTOR'],
    document:
      'mutation($pmo: ID!) { createSeat(input: { pmoId: $pmo, role: PMO_ANALYST, title: "", opensOn: "2030-01-01" }) { id } }',
    variables: (f) => ({ pmo: f.pmoId }),
  },
  updateSeat: {
    allowed: ['DIRECTOR'],
    document:
      'mutation($id: ID!) { updateSeat(input: { id: $id, version: 999, title: "Renamed" }) { id } }',
    variables: (f) => ({ id: f.seatId }),
  },
  updateEligibilityPolicy: {
    allowed: [],
    document:
      'mutation { updateEligibilityPolicy(input: { basedOnVersion: 999, eligibleLevels: [PROJECT_MANAGER], minExperienceMonths: 24, cooldownMonths: 24, maxRotations: 2, minDurationMonths: 12, maxDurationMonths: 24, managerSeatMinLevel: SENIOR_PROJECT_MANAGER }) { version } }',
  },
  createUser: {
    allowed: [],
    document:
      'mutation { createUser(input: { email: "bad", displayName: "x", role: HR, password: "short" }) { id } }',
  },
  updateUser: {
    allowed: [],
    document:
      'mutation($id: ID!) { updateUser(input: { id: $id, version: 999, displayName: "Renamed" }) { id } }',
    variables: (f) => ({ id: f.directorUserId }),
  },
  markNotificationRead: {
    allowed: READERS,
    document: 'mutation($id: ID!) { markNotificationRead(id: $id) { id } }',
    variables: () => ({ id: uuid }),
  },
  markAllNotificationsRead: { allowed: READERS, document: 'mutation { markAllNotificationsRead }' },
  updateNotificationSettings: {
    allowed: READERS,
    document:
      'mutation { updateNotificationSettings(input: { emailEvents: [REQUEST_SUBMITTED] }) { emailEvents } }',
  },
  // Ends the caller's session: the matrix runs it last for each caller.
  logout: { allowed: READERS, document: 'mutation { logout }' },
};

function isAllowed(row: Row, caller: Caller): boolean {
  if (row.allowed.includes('PUBLIC')) return true;
  if (caller === 'ANONYMOUS') return false;
  if (caller === 'ADMIN') return !row.notForAdmin;
  return row.allowed.includes(caller);
}

describe('role × operation matrix', () => {
  let t: TestApp;
  let fixture: Fixture;
  const sessions = new Map<Caller, Record<string, string>>();

  beforeAll(async () => {
    t = await startTestApp();
    const departmentId = await insertDepartment(t.db, { awayCap: 1 });
    const pmPersonId = await insertPerson(t.db, departmentId);
    const otherPersonId = await insertPerson(t.db, departmentId);
    const director: SignedIn = await t.signIn('DIRECTOR');
    const { pmoId, seatId } = await directedSeat(t, director);
    const { startsOn, endsOn } = window12(3);
    const request = await t.db.query<{ id: string }>(
      `INSERT INTO rotation_request (person_id, goals, earliest_start, duration_months) VALUES ($1, '{EXECUTIVE_NETWORK}', $2, 12) RETURNING id`,
      [pmPersonId, monthStart(2)],
    );
    const rotation = await t.db.query<{ id: string }>(
      `INSERT INTO rotation (person_id, seat_id, starts_on, ends_on) VALUES ($1, $2, '2021-01-01', '2021-12-31') RETURNING id`,
      [pmPersonId, seatId],
    );
    fixture = {
      departmentId,
      pmPersonId,
      otherPersonId,
      pmoId,
      seatId,
      requestId: request.rows[0].id,
      rotationId: rotation.rows[0].id,
      directorUserId: director.userId,
      startsOn,
      endsOn,
      loginEmail: (await t.signIn('HR')).email,
    };
    sessions.set('ANONYMOUS', {});
    sessions.set('PM', (await t.signIn('PM', { personId: pmPersonId })).headers);
    sessions.set('HR', (await t.signIn('HR')).headers);
    sessions.set('DIRECTOR', director.headers);
    sessions.set('ADMIN', (await t.signIn('ADMIN')).headers);
  });

  afterAll(() => t.close());

  /** Every table but sessions (a denied call may still refresh its caller's session). */
  async function checksum(): Promise<string> {
    const tables = [
      'department',
      'person',
      'person_history',
      'user_account',
      'pmo',
      'pmo_director',
      'seat',
      'rotation_request',
      'rotation',
      'eligibility_policy',
      'audit_event',
      'notification',
      'notification_setting',
    ];
    const parts = await Promise.all(
      tables.map((table) =>
        t.db.query<{ h: string }>(
          `SELECT md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM ${table} x`,
        ),
      ),
    );
    return parts.map((p) => p.rows[0].h).join(':');
  }

  it('has a row for every operation in the schema, and none that is not', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    expect(Object.keys(QUERIES).sort()).toEqual(
      Object.keys(schema.getQueryType()!.getFields()).sort(),
    );
    expect(Object.keys(MUTATIONS).sort()).toEqual(
      Object.keys(schema.getMutationType()!.getFields()).sort(),
    );
  });

  const cases = [
    ...Object.entries(QUERIES).map(([name, row]) => ({ name, row, mutation: false })),
    ...Object.entries(MUTATIONS).map(([name, row]) => ({ name, row, mutation: true })),
  ];

  for (const caller of CALLERS) {
    describe(caller.toLowerCase(), () => {
      it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, { row, mutation }) => {
        const before = mutation ? await checksum() : '';
        const response = await t.gql(row.document, row.variables?.(fixture), sessions.get(caller));
        const codes = (response.errors ?? []).map((e) => e.extensions?.['code']);
        expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
        if (isAllowed(row, caller)) {
          expect(codes).not.toContain('UNAUTHENTICATED');
          expect(codes).not.toContain('FORBIDDEN');
        } else {
          expect(codes[0]).toBe(caller === 'ANONYMOUS' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
          expect(response.data?.[_name as never] ?? null).toBeNull();
          if (mutation) expect(await checksum()).toBe(before);
        }
      });
    });
  }
});
