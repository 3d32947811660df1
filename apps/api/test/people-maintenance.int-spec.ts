import { randomUUID } from 'node:crypto';
import { insertDepartment, insertPerson } from '@stint/api-core/testing';
import {
  auditCount,
  departmentsSnapshot,
  lastAudit,
  peopleSnapshot,
} from './support/people-factories';
import { startTestApp, type GraphQLResponse, type TestApp } from './support/test-app';

const PERSON = `query($id: ID!) { person(id: $id) { id fullName email version department { code } } }`;
const CREATE_DEPARTMENT = `mutation($input: CreateDepartmentInput!) {
  createDepartment(input: $input) { id code name parentId coverageTarget awayCap version } }`;
const UPDATE_DEPARTMENT = `mutation($input: UpdateDepartmentInput!) {
  updateDepartment(input: $input) { id code name parentId coverageTarget awayCap version } }`;
const CREATE_PERSON = `mutation($input: CreatePersonInput!) {
  createPerson(input: $input) { id employeeNumber fullName email careerLevel pmSince hiredOn leftOn onLeave version department { code } } }`;
const UPDATE_PERSON = `mutation($input: UpdatePersonInput!) {
  updatePerson(input: $input) { id employeeNumber fullName email careerLevel leftOn onLeave version department { code } } }`;

type Headers = Record<string, string>;
const code = (response: GraphQLResponse<unknown>) => response.errors?.[0]?.extensions?.['code'];
const reason = (response: GraphQLResponse<unknown>) => response.errors?.[0]?.extensions?.['reason'];
/** The distinct fields a BAD_USER_INPUT names (one field may carry several messages). */
const fieldsOf = (response: GraphQLResponse<unknown>) =>
  [
    ...new Set(
      ((response.errors?.[0]?.extensions?.['fields'] as { field: string }[] | undefined) ?? []).map(
        (f) => f.field,
      ),
    ),
  ].sort();

describe('maintaining departments and people', () => {
  let t: TestApp;
  let hr: { userId: string; headers: Headers };
  let admin: Headers;
  let director: Headers;
  let pm: Headers;
  let finance: string;
  let pmPerson: string;
  let otherPerson: string;

  const personInput = (over: Record<string, unknown> = {}) => ({
    employeeNumber: `N${randomUUID().slice(0, 8)}`,
    fullName: 'Ada Lovelace',
    email: `ada.${randomUUID().slice(0, 8)}@example.test`,
    departmentId: finance,
    careerLevel: 'SENIOR_PROJECT_MANAGER',
    pmSince: '2019-04-01',
    hiredOn: '2017-09-01',
    ...over,
  });

  /** Runs `work` and checks that neither table nor the audit trail moved. */
  async function expectNothingWritten(work: () => Promise<unknown>): Promise<void> {
    const before = [
      await peopleSnapshot(t.db),
      await departmentsSnapshot(t.db),
      await auditCount(t.db),
    ];
    await work();
    expect([
      await peopleSnapshot(t.db),
      await departmentsSnapshot(t.db),
      await auditCount(t.db),
    ]).toEqual(before);
  }

  beforeAll(async () => {
    t = await startTestApp();
    finance = await insertDepartment(t.db, { code: 'FIN' });
    pmPerson = await insertPerson(t.db, finance);
    otherPerson = await insertPerson(t.db, finance);
    hr = await t.signIn('HR');
    admin = (await t.signIn('ADMIN')).headers;
    director = (await t.signIn('DIRECTOR')).headers;
    pm = (await t.signIn('PM', { personId: pmPerson })).headers;
  });

  afterAll(() => t.close());

  describe('person(id)', () => {
    it('lets HR, directors and admins read anyone, and a PM their own record', async () => {
      for (const headers of [hr.headers, director, admin]) {
        const response = await t.gql<{ person: { id: string } }>(
          PERSON,
          { id: otherPerson },
          headers,
        );
        expect(response.errors).toBeUndefined();
        expect(response.data?.person).toMatchObject({
          id: otherPerson,
          department: { code: 'FIN' },
        });
      }
      const own = await t.gql<{ person: { id: string } }>(PERSON, { id: pmPerson }, pm);
      expect(own.data?.person.id).toBe(pmPerson);
    });

    it("answers a PM asking for someone else's record exactly as for an id that does not exist", async () => {
      const other = await t.gql(PERSON, { id: otherPerson }, pm);
      const missing = await t.gql(PERSON, { id: randomUUID() }, pm);
      expect(code(other)).toBe('NOT_FOUND');
      expect(other.errors?.[0].message).toBe(missing.errors?.[0].message);
      expect(other.errors?.[0].extensions).toEqual(missing.errors?.[0].extensions);
      expect(other.data).toEqual(missing.data);
      expect(code(await t.gql(PERSON, { id: randomUUID() }, hr.headers))).toBe('NOT_FOUND');
    });

    it("reads many people by id in one request (the dashboard's names), each alias on its own", async () => {
      const names = (ids: string[], headers: Headers) =>
        t.gql<
          Record<string, { id: string; fullName: string; department: { code: string } } | null>
        >(
          `query(${ids.map((_, i) => `$id${i}: ID!`).join(', ')}) {
            ${ids.map((_, i) => `p${i}: person(id: $id${i}) { id fullName department { code } }`).join(' ')} }`,
          Object.fromEntries(ids.map((id, i) => [`id${i}`, id])),
          headers,
        );
      const unknown = randomUUID();
      const batch = await names([otherPerson, unknown, pmPerson, otherPerson], hr.headers);
      expect(batch.data).toEqual({
        p0: { id: otherPerson, fullName: expect.any(String), department: { code: 'FIN' } },
        p1: null,
        p2: { id: pmPerson, fullName: expect.any(String), department: { code: 'FIN' } },
        p3: batch.data?.['p0'],
      });
      expect(batch.errors?.map((e) => [e.path, e.extensions?.['code']])).toEqual([
        [['p1'], 'NOT_FOUND'],
      ]);
      // A PM's batch: their own record, and nothing of anyone else's.
      const mine = await names([pmPerson, otherPerson], pm);
      expect(mine.data).toEqual({ p0: batch.data?.['p2'], p1: null });
      expect(mine.errors?.map((e) => [e.path, e.extensions?.['code']])).toEqual([
        [['p1'], 'NOT_FOUND'],
      ]);
    });

    it('refuses a malformed id as bad input, and a signed-out caller', async () => {
      const malformed = await t.gql(PERSON, { id: 'not-a-uuid' }, hr.headers);
      expect(code(malformed)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(malformed)).toEqual(['id']);
      expect(code(await t.gql(PERSON, { id: pmPerson }))).toBe('UNAUTHENTICATED');
    });
  });

  describe('authorization', () => {
    it('forbids PMs and directors every maintenance mutation and writes nothing', async () => {
      const { rows } = await t.db.query<{ version: number }>(
        `SELECT version FROM person WHERE id = $1`,
        [otherPerson],
      );
      const attempts: [string, Record<string, unknown>][] = [
        [CREATE_DEPARTMENT, { input: { code: 'NOPE', name: 'Nope' } }],
        [UPDATE_DEPARTMENT, { input: { id: finance, version: 1, name: 'Renamed' } }],
        [CREATE_PERSON, { input: personInput() }],
        [
          UPDATE_PERSON,
          { input: { id: otherPerson, version: rows[0].version, fullName: 'Renamed' } },
        ],
      ];
      await expectNothingWritten(async () => {
        for (const headers of [pm, director]) {
          for (const [query, variables] of attempts) {
            const response = await t.gql(query, variables, headers);
            expect(code(response)).toBe('FORBIDDEN');
          }
        }
      });
    });
  });

  describe('departments', () => {
    it('creates a department with defaults and audits it', async () => {
      const response = await t.gql<{ createDepartment: { id: string } }>(
        CREATE_DEPARTMENT,
        { input: { code: 'OPS', name: '  Operations ' } },
        hr.headers,
      );
      expect(response.errors).toBeUndefined();
      const created = response.data!.createDepartment;
      expect(created).toMatchObject({
        code: 'OPS',
        name: 'Operations',
        parentId: null,
        coverageTarget: 0.3,
        awayCap: 0.2,
        version: 1,
      });
      const audit = await lastAudit(t.db, 'DEPARTMENT_CREATED');
      expect(audit).toMatchObject({
        actor_user_id: hr.userId,
        entity_id: created.id,
        before: null,
      });
      expect(audit.after).toMatchObject({ code: 'OPS', name: 'Operations', coverageTarget: 0.3 });
    });

    it('refuses a code already in use as CONFLICT DUPLICATE', async () => {
      await expectNothingWritten(async () => {
        const response = await t.gql(
          CREATE_DEPARTMENT,
          { input: { code: 'FIN', name: 'Finance again' } },
          hr.headers,
        );
        expect(code(response)).toBe('CONFLICT');
        expect(reason(response)).toBe('DUPLICATE');
      });
    });

    it('names each bad field and writes nothing', async () => {
      await expectNothingWritten(async () => {
        const bad = await t.gql(
          CREATE_DEPARTMENT,
          {
            input: {
              code: 'fin ance',
              name: ' ',
              coverageTarget: 1.5,
              awayCap: -0.1,
              parentId: 'x',
            },
          },
          hr.headers,
        );
        expect(code(bad)).toBe('BAD_USER_INPUT');
        expect(fieldsOf(bad)).toEqual(['awayCap', 'code', 'coverageTarget', 'name', 'parentId']);
        const unknownParent = await t.gql(
          CREATE_DEPARTMENT,
          { input: { code: 'ORPHAN', name: 'Orphan', parentId: randomUUID() } },
          hr.headers,
        );
        expect(code(unknownParent)).toBe('BAD_USER_INPUT');
        expect(fieldsOf(unknownParent)).toEqual(['parentId']);
      });
    });

    it('updates with the version read, bumps it and audits before and after', async () => {
      const id = await insertDepartment(t.db, { code: 'HRD' });
      const response = await t.gql<{ updateDepartment: { version: number } }>(
        UPDATE_DEPARTMENT,
        { input: { id, version: 1, name: 'Human Resources', awayCap: 0.5, parentId: finance } },
        admin,
      );
      expect(response.errors).toBeUndefined();
      expect(response.data?.updateDepartment).toMatchObject({
        name: 'Human Resources',
        awayCap: 0.5,
        parentId: finance,
        version: 2,
      });
      const audit = await lastAudit(t.db, 'DEPARTMENT_UPDATED');
      expect(audit.entity_id).toBe(id);
      expect(audit.before).toMatchObject({ code: 'HRD', awayCap: 0.2, parentId: null, version: 1 });
      expect(audit.after).toMatchObject({
        name: 'Human Resources',
        awayCap: 0.5,
        parentId: finance,
        version: 2,
      });

      await expectNothingWritten(async () => {
        const stale = await t.gql(
          UPDATE_DEPARTMENT,
          { input: { id, version: 1, name: 'Again' } },
          hr.headers,
        );
        expect(code(stale)).toBe('CONFLICT');
        expect(reason(stale)).toBe('STALE');
        const missing = await t.gql(
          UPDATE_DEPARTMENT,
          { input: { id: randomUUID(), version: 1, name: 'X' } },
          hr.headers,
        );
        expect(code(missing)).toBe('NOT_FOUND');
        const taken = await t.gql(
          UPDATE_DEPARTMENT,
          { input: { id, version: 2, code: 'FIN' } },
          hr.headers,
        );
        expect(reason(taken)).toBe('DUPLICATE');
      });
    });

    it('refuses a parent that would make a cycle, naming parentId', async () => {
      const a = await insertDepartment(t.db, { code: 'TREE-A' });
      const b = await insertDepartment(t.db, { code: 'TREE-B' });
      const c = await insertDepartment(t.db, { code: 'TREE-C' });
      await t.db.query(`UPDATE department SET parent_id = $1 WHERE id = $2`, [a, b]);
      await t.db.query(`UPDATE department SET parent_id = $1 WHERE id = $2`, [b, c]);
      await expectNothingWritten(async () => {
        for (const parentId of [c, b, a]) {
          const response = await t.gql(
            UPDATE_DEPARTMENT,
            { input: { id: a, version: 1, parentId } },
            hr.headers,
          );
          expect(code(response)).toBe('BAD_USER_INPUT');
          expect(fieldsOf(response)).toEqual(['parentId']);
        }
      });
      const detach = await t.gql(
        UPDATE_DEPARTMENT,
        { input: { id: c, version: 1, parentId: null } },
        hr.headers,
      );
      expect(detach.data?.updateDepartment).toMatchObject({ parentId: null, version: 2 });
    });
  });

  describe('people', () => {
    it('creates a person and audits it', async () => {
      const input = personInput({
        employeeNumber: 'E-100',
        email: 'Grace.Hopper@Example.test',
        fullName: 'Grace Hopper',
      });
      const response = await t.gql<{ createPerson: { id: string } }>(
        CREATE_PERSON,
        { input },
        hr.headers,
      );
      expect(response.errors).toBeUndefined();
      const created = response.data!.createPerson;
      expect(created).toMatchObject({
        employeeNumber: 'E-100',
        email: 'Grace.Hopper@Example.test',
        careerLevel: 'SENIOR_PROJECT_MANAGER',
        leftOn: null,
        onLeave: false,
        version: 1,
        department: { code: 'FIN' },
      });
      const audit = await lastAudit(t.db, 'PERSON_CREATED');
      expect(audit).toMatchObject({
        actor_user_id: hr.userId,
        entity_id: created.id,
        before: null,
      });
      expect(audit.after).toMatchObject({
        employeeNumber: 'E-100',
        fullName: 'Grace Hopper',
        departmentId: finance,
      });
    });

    it('refuses an e-mail that differs only in case, and a taken employee number, as CONFLICT DUPLICATE', async () => {
      await expectNothingWritten(async () => {
        const sameEmail = await t.gql(
          CREATE_PERSON,
          { input: personInput({ email: 'grace.hopper@EXAMPLE.TEST' }) },
          hr.headers,
        );
        expect(code(sameEmail)).toBe('CONFLICT');
        expect(reason(sameEmail)).toBe('DUPLICATE');
        const sameNumber = await t.gql(
          CREATE_PERSON,
          { input: personInput({ employeeNumber: 'E-100' }) },
          hr.headers,
        );
        expect(reason(sameNumber)).toBe('DUPLICATE');
      });
    });

    it('names each bad field and writes nothing', async () => {
      await expectNothingWritten(async () => {
        const bad = await t.gql(
          CREATE_PERSON,
          {
            input: personInput({
              fullName: 'x'.repeat(201),
              email: 'not an email',
              pmSince: '2024-02-30',
              hiredOn: '15/01/2020',
              departmentId: 'nope',
            }),
          },
          hr.headers,
        );
        expect(code(bad)).toBe('BAD_USER_INPUT');
        expect(fieldsOf(bad)).toEqual(['departmentId', 'email', 'fullName', 'hiredOn', 'pmSince']);
        const long = await t.gql(
          CREATE_PERSON,
          { input: personInput({ email: `${'a'.repeat(250)}@x.io` }) },
          hr.headers,
        );
        expect(fieldsOf(long)).toEqual(['email']);
        const order = await t.gql(
          CREATE_PERSON,
          {
            input: personInput({
              hiredOn: '2020-01-01',
              leftOn: '2019-12-31',
              departmentId: randomUUID(),
            }),
          },
          hr.headers,
        );
        expect(code(order)).toBe('BAD_USER_INPUT');
        expect(fieldsOf(order)).toEqual(['departmentId', 'leftOn']);
        const level = await t.gql(
          CREATE_PERSON,
          { input: personInput({ careerLevel: 'CEO' }) },
          hr.headers,
        );
        expect(code(level)).toBe('BAD_USER_INPUT');
      });
    });

    it('updates with the version read and audits before and after; a stale version changes nothing', async () => {
      const id = await insertPerson(t.db, finance, { email: 'linus@example.test' });
      const other = await insertDepartment(t.db, { code: 'IT' });
      const response = await t.gql<{ updatePerson: { version: number } }>(
        UPDATE_PERSON,
        {
          input: {
            id,
            version: 1,
            fullName: 'Linus T',
            departmentId: other,
            leftOn: '2030-01-01',
            onLeave: true,
          },
        },
        hr.headers,
      );
      expect(response.errors).toBeUndefined();
      expect(response.data?.updatePerson).toMatchObject({
        fullName: 'Linus T',
        leftOn: '2030-01-01',
        onLeave: true,
        version: 2,
        department: { code: 'IT' },
      });
      const audit = await lastAudit(t.db, 'PERSON_UPDATED');
      expect(audit.entity_id).toBe(id);
      expect(audit.before).toMatchObject({
        departmentId: finance,
        leftOn: null,
        onLeave: false,
        version: 1,
      });
      expect(audit.after).toMatchObject({
        fullName: 'Linus T',
        departmentId: other,
        leftOn: '2030-01-01',
        version: 2,
      });

      await expectNothingWritten(async () => {
        const stale = await t.gql(
          UPDATE_PERSON,
          { input: { id, version: 1, fullName: 'Lost update' } },
          hr.headers,
        );
        expect(code(stale)).toBe('CONFLICT');
        expect(reason(stale)).toBe('STALE');
        const taken = await t.gql(
          UPDATE_PERSON,
          { input: { id, version: 2, email: 'GRACE.hopper@example.test' } },
          hr.headers,
        );
        expect(reason(taken)).toBe('DUPLICATE');
        const before = await t.gql(
          UPDATE_PERSON,
          { input: { id, version: 2, leftOn: '2000-01-01' } },
          hr.headers,
        );
        expect(code(before)).toBe('BAD_USER_INPUT');
        expect(fieldsOf(before)).toEqual(['leftOn']);
        const nulled = await t.gql(
          UPDATE_PERSON,
          { input: { id, version: 2, email: null } },
          hr.headers,
        );
        expect(fieldsOf(nulled)).toEqual(['email']);
        const missing = await t.gql(
          UPDATE_PERSON,
          { input: { id: randomUUID(), version: 1, fullName: 'X' } },
          hr.headers,
        );
        expect(code(missing)).toBe('NOT_FOUND');
      });
    });
  });
});
