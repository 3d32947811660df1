import { insertDepartment, insertPerson } from '@stint/api-core/testing';
import { addDays, todayIso } from '@stint/domain';
import {
  auditCount,
  csvFile,
  csvRow,
  IMPORT_HEADER,
  lastAudit,
  peopleSnapshot,
} from './support/people-factories';
import { startTestApp, type SignedIn, type TestApp } from './support/test-app';

/**
 * The write side of effective-dated history (SPEC §8) over HTTP: editing a person as of a day,
 * correcting a past stretch, importing with effective_on, and reading Person.history.
 */

const UPDATE = `mutation($input: UpdatePersonInput!) {
  updatePerson(input: $input) { id version careerLevel department { code } }
}`;
const CORRECT = `mutation($input: CorrectPersonHistoryInput!) {
  correctPersonHistory(input: $input) {
    id version careerLevel onLeave department { code }
    history { validFrom validTo careerLevel onLeave department { code } }
  }
}`;
const HISTORY = `query($id: ID!) {
  person(id: $id) { id history { validFrom validTo careerLevel onLeave department { code } } }
}`;
const IMPORT = `mutation($csv: String!, $dryRun: Boolean!) {
  importPeople(csv: $csv, dryRun: $dryRun) {
    applied updated created errorCount
    errors { line column message }
    rows { line action effectiveOn changes { field from to } }
  }
}`;

interface Stretch {
  validFrom: string;
  validTo: string | null;
  careerLevel: string;
  onLeave: boolean;
  department: { code: string };
}

const today = todayIso();
const yesterday = addDays(today, -1);
const tomorrow = addDays(today, 1);

describe('person history: effectiveOn, corrections, import and Person.history', () => {
  let t: TestApp;
  let hr: SignedIn;
  let admin: SignedIn;
  let fin: string;
  let legal: string;

  const codeOf = (id: string) => (id === fin ? 'FIN' : id === legal ? 'LEGAL' : id);
  const s = (
    validFrom: string,
    validTo: string | null,
    code: string,
    careerLevel = 'PROJECT_MANAGER',
    onLeave = false,
  ): Stretch => ({ validFrom, validTo, careerLevel, onLeave, department: { code } });

  async function historyOf(id: string, headers = hr.headers): Promise<Stretch[]> {
    const response = await t.gql<{ person: { history: Stretch[] } }>(HISTORY, { id }, headers);
    expect(response.errors).toBeUndefined();
    return response.data!.person.history;
  }

  async function historySnapshot(): Promise<unknown[]> {
    const { rows } = await t.db.query(
      `SELECT person_id, valid_from::text, valid_to::text, department_id, career_level, on_leave
         FROM person_history ORDER BY person_id, valid_from`,
    );
    return rows;
  }

  /** Asserts that `work` leaves people, history and the audit trail exactly as they were. */
  async function expectNothingWritten(work: () => Promise<unknown>): Promise<void> {
    const before = [await peopleSnapshot(t.db), await historySnapshot(), await auditCount(t.db)];
    await work();
    expect([await peopleSnapshot(t.db), await historySnapshot(), await auditCount(t.db)]).toEqual(
      before,
    );
  }

  beforeAll(async () => {
    t = await startTestApp();
    hr = await t.signIn('HR');
    admin = await t.signIn('ADMIN');
    fin = await insertDepartment(t.db, { code: 'FIN' });
    legal = await insertDepartment(t.db, { code: 'LEGAL' });
  });
  afterAll(() => t.close());

  describe('updatePerson with effectiveOn', () => {
    it('records a move today when no effectiveOn is given', async () => {
      const id = await insertPerson(t.db, fin, { hiredOn: '2020-03-01' });
      const response = await t.gql(
        UPDATE,
        { input: { id, version: 1, departmentId: legal } },
        hr.headers,
      );
      expect(response.errors).toBeUndefined();
      expect(await historyOf(id)).toEqual([s('2020-03-01', today, 'FIN'), s(today, null, 'LEGAL')]);
      const audit = await lastAudit(t.db, 'PERSON_UPDATED');
      expect(audit.after).toMatchObject({ effectiveOn: today, departmentId: legal });
    });

    it('backdates a promotion for HR and for an admin, keeping the earlier past and auditing it', async () => {
      const id = await insertPerson(t.db, fin, { hiredOn: '2020-03-01' });
      const promoted = await t.gql<{ updatePerson: { version: number; careerLevel: string } }>(
        UPDATE,
        {
          input: {
            id,
            version: 1,
            careerLevel: 'SENIOR_PROJECT_MANAGER',
            effectiveOn: '2024-01-01',
          },
        },
        hr.headers,
      );
      expect(promoted.errors).toBeUndefined();
      expect(promoted.data?.updatePerson).toMatchObject({
        version: 2,
        careerLevel: 'SENIOR_PROJECT_MANAGER',
      });
      const audit = await t.db.query<{ before: unknown; after: unknown; reason: string }>(
        `SELECT before, after, reason FROM audit_event WHERE action = 'PERSON_UPDATED' AND entity_id = $1`,
        [id],
      );
      expect(audit.rows).toHaveLength(1);
      expect(audit.rows[0]).toMatchObject({
        reason: 'Backdated to 2024-01-01',
        before: {
          careerLevel: 'PROJECT_MANAGER',
          history: [{ validFrom: '2020-03-01', validTo: null, careerLevel: 'PROJECT_MANAGER' }],
        },
        after: {
          careerLevel: 'SENIOR_PROJECT_MANAGER',
          effectiveOn: '2024-01-01',
          history: [
            { validFrom: '2020-03-01', validTo: '2024-01-01', careerLevel: 'PROJECT_MANAGER' },
            { validFrom: '2024-01-01', validTo: null, careerLevel: 'SENIOR_PROJECT_MANAGER' },
          ],
        },
      });

      // An admin moves them, backdated to between the hire and the promotion: the level
      // history stays as it was, only the department changes from that day on.
      const moved = await t.gql(
        UPDATE,
        { input: { id, version: 2, departmentId: legal, effectiveOn: '2022-06-15' } },
        admin.headers,
      );
      expect(moved.errors).toBeUndefined();
      expect(await historyOf(id)).toEqual([
        s('2020-03-01', '2022-06-15', 'FIN'),
        s('2022-06-15', '2024-01-01', 'LEGAL'),
        s('2024-01-01', null, 'LEGAL', 'SENIOR_PROJECT_MANAGER'),
      ]);
    });

    it('accepts the hire date itself, and refuses a day before the hire or in the future, naming effectiveOn', async () => {
      const id = await insertPerson(t.db, fin, { hiredOn: '2021-05-10' });
      for (const effectiveOn of ['2021-05-09', tomorrow]) {
        await expectNothingWritten(async () => {
          const response = await t.gql(
            UPDATE,
            { input: { id, version: 1, careerLevel: 'PROGRAM_MANAGER', effectiveOn } },
            hr.headers,
          );
          expect(response.errors?.[0].extensions).toMatchObject({
            code: 'BAD_USER_INPUT',
            fields: [{ field: 'effectiveOn' }],
          });
        });
      }
      // A hire moved earlier in the same edit lets the change take effect from the new hire.
      const response = await t.gql(
        UPDATE,
        {
          input: {
            id,
            version: 1,
            hiredOn: '2021-05-01',
            careerLevel: 'PROGRAM_MANAGER',
            effectiveOn: '2021-05-01',
          },
        },
        hr.headers,
      );
      expect(response.errors).toBeUndefined();
      expect(await historyOf(id)).toEqual([s('2021-05-01', null, 'FIN', 'PROGRAM_MANAGER')]);
    });

    it('refuses a badly written effectiveOn and keeps STALE semantics', async () => {
      const id = await insertPerson(t.db, fin, { hiredOn: '2021-05-10' });
      await expectNothingWritten(async () => {
        const bad = await t.gql(
          UPDATE,
          { input: { id, version: 1, onLeave: true, effectiveOn: '2024-02-30' } },
          hr.headers,
        );
        expect(bad.errors?.[0].extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          fields: [{ field: 'effectiveOn' }],
        });
        const stale = await t.gql(
          UPDATE,
          { input: { id, version: 7, onLeave: true, effectiveOn: yesterday } },
          hr.headers,
        );
        expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE' });
      });
    });
  });

  describe('correctPersonHistory', () => {
    it('corrects a past stretch alone, audits before and after, and moves the version on', async () => {
      const id = await insertPerson(t.db, fin, { hiredOn: '2020-03-01' });
      const response = await t.gql<{
        correctPersonHistory: { version: number; onLeave: boolean; history: Stretch[] };
      }>(
        CORRECT,
        {
          input: {
            personId: id,
            version: 1,
            validFrom: '2021-01-01',
            validTo: '2021-07-01',
            onLeave: true,
            reason: 'Parental leave was missing',
          },
        },
        hr.headers,
      );
      expect(response.errors).toBeUndefined();
      expect(response.data?.correctPersonHistory).toMatchObject({
        version: 2,
        onLeave: false,
        history: [
          s('2020-03-01', '2021-01-01', 'FIN'),
          s('2021-01-01', '2021-07-01', 'FIN', 'PROJECT_MANAGER', true),
          s('2021-07-01', null, 'FIN'),
        ],
      });
      const audit = await t.db.query<{ before: unknown; after: unknown; reason: string }>(
        `SELECT before, after, reason FROM audit_event WHERE action = 'PERSON_HISTORY_CORRECTED' AND entity_id = $1`,
        [id],
      );
      expect(audit.rows).toEqual([
        {
          reason: 'Parental leave was missing',
          before: {
            history: [
              {
                validFrom: '2020-03-01',
                validTo: null,
                departmentId: fin,
                careerLevel: 'PROJECT_MANAGER',
                onLeave: false,
              },
            ],
          },
          after: expect.objectContaining({
            correction: {
              validFrom: '2021-01-01',
              validTo: '2021-07-01',
              departmentId: null,
              careerLevel: null,
              onLeave: true,
            },
          }),
        },
      ]);
    });

    it('corrects up to now, which also changes the current values (admin)', async () => {
      const id = await insertPerson(t.db, fin, { hiredOn: '2020-03-01' });
      const response = await t.gql<{
        correctPersonHistory: { department: { code: string }; history: Stretch[] };
      }>(
        CORRECT,
        { input: { personId: id, version: 1, validFrom: '2023-04-01', departmentId: legal } },
        admin.headers,
      );
      expect(response.errors).toBeUndefined();
      expect(response.data?.correctPersonHistory.department.code).toBe('LEGAL');
      expect(response.data?.correctPersonHistory.history).toEqual([
        s('2020-03-01', '2023-04-01', 'FIN'),
        s('2023-04-01', null, 'LEGAL'),
      ]);
      const { rows } = await t.db.query(`SELECT department_id FROM person WHERE id = $1`, [id]);
      expect(codeOf(rows[0].department_id)).toBe('LEGAL');
    });

    it.each([
      ['before the hire', { validFrom: '2019-12-31', onLeave: true }, 'validFrom'],
      ['in the future', { validFrom: tomorrow, onLeave: true }, 'validFrom'],
      [
        'ending in the future',
        { validFrom: '2021-01-01', validTo: tomorrow, onLeave: true },
        'validTo',
      ],
      [
        'ending before it starts',
        { validFrom: '2021-01-01', validTo: '2021-01-01', onLeave: true },
        'validTo',
      ],
      ['with nothing to correct', { validFrom: '2021-01-01' }, 'departmentId'],
      [
        'to an unknown department',
        { validFrom: '2021-01-01', departmentId: '00000000-0000-4000-8000-000000000001' },
        'departmentId',
      ],
      ['with a badly written date', { validFrom: '2021-13-01', onLeave: true }, 'validFrom'],
      ['with a null level', { validFrom: '2021-01-01', careerLevel: null }, 'careerLevel'],
    ])(
      'refuses a correction %s, naming the field and writing nothing',
      async (_name, over, field) => {
        const id = await insertPerson(t.db, fin, { hiredOn: '2020-01-01' });
        await expectNothingWritten(async () => {
          const response = await t.gql(
            CORRECT,
            { input: { personId: id, version: 1, ...over } },
            hr.headers,
          );
          expect(response.errors?.[0].extensions?.['code']).toBe('BAD_USER_INPUT');
          const fields = response.errors?.[0].extensions?.['fields'] as { field: string }[];
          expect(fields.map((f) => f.field)).toContain(field);
        });
      },
    );

    it('answers NOT_FOUND for an unknown person and CONFLICT STALE for an old version', async () => {
      const id = await insertPerson(t.db, fin, { hiredOn: '2020-01-01' });
      await expectNothingWritten(async () => {
        const missing = await t.gql(
          CORRECT,
          {
            input: {
              personId: '00000000-0000-4000-8000-000000000002',
              version: 1,
              validFrom: '2021-01-01',
              onLeave: true,
            },
          },
          hr.headers,
        );
        expect(missing.errors?.[0].extensions?.['code']).toBe('NOT_FOUND');
      });
      // Someone else edits the person after we read version 1.
      await t.db.query(`UPDATE person SET full_name = 'Renamed', version = 2 WHERE id = $1`, [id]);
      await expectNothingWritten(async () => {
        const stale = await t.gql(
          CORRECT,
          { input: { personId: id, version: 1, validFrom: '2021-01-01', onLeave: true } },
          hr.headers,
        );
        expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE' });
      });
    });
  });

  describe('Person.history access', () => {
    it('lets a PM read their own history and answers another person’s id as a missing one', async () => {
      const own = await insertPerson(t.db, fin, { hiredOn: '2020-03-01' });
      const other = await insertPerson(t.db, fin, { hiredOn: '2020-03-01' });
      const pm = await t.signIn('PM', { personId: own });
      expect(await historyOf(own, pm.headers)).toEqual([s('2020-03-01', null, 'FIN')]);
      const theirs = await t.gql(HISTORY, { id: other }, pm.headers);
      const nobody = await t.gql(
        HISTORY,
        { id: '00000000-0000-4000-8000-000000000003' },
        pm.headers,
      );
      expect(theirs.errors?.[0].extensions?.['code']).toBe('NOT_FOUND');
      expect(theirs.data).toEqual(nobody.data);
      expect(theirs.errors?.[0].message).toBe(nobody.errors?.[0].message);
    });

    it('resolves history for a page of people in one batch', async () => {
      const response = await t.gql<{
        people: { edges: { node: { history: Stretch[] } }[] };
      }>(
        '{ people(first: 50) { edges { node { id history { validFrom department { code } } } } } }',
        {},
        hr.headers,
      );
      expect(response.errors).toBeUndefined();
      expect(response.data!.people.edges.every((e) => e.node.history.length >= 1)).toBe(true);
    });
  });

  describe('importPeople with effective_on', () => {
    const header = `${IMPORT_HEADER},effective_on`;

    it('records each row’s changes as of its own date, reports them in a dry run, and applies them', async () => {
      await insertPerson(t.db, fin, { employeeNumber: 'EFF1', hiredOn: '2018-01-15' });
      await insertPerson(t.db, fin, { employeeNumber: 'EFF2', hiredOn: '2018-01-15' });
      await insertPerson(t.db, fin, { employeeNumber: 'EFF3', hiredOn: '2018-01-15' });
      const base = (n: number, employee: string) => ({
        employee_number: employee,
        email: `eff${n}@example.test`,
        full_name: `Eff ${n}`,
        pm_since: '2018-01-01',
      });
      // insertPerson gives each person its own name and e-mail: read them back so only the
      // history fields differ.
      const { rows: existing } = await t.db.query<{
        employee_number: string;
        full_name: string;
        email: string;
        pm_since: string;
      }>(
        `SELECT employee_number, full_name, email, pm_since::text FROM person WHERE employee_number LIKE 'EFF%' ORDER BY employee_number`,
      );
      const keep = (i: number) => ({
        ...base(i, existing[i].employee_number),
        full_name: existing[i].full_name,
        email: existing[i].email,
        pm_since: existing[i].pm_since,
      });
      const csv = csvFile(
        [
          `${csvRow(1, { ...keep(0), department_code: 'LEGAL' })},2024-07-01`,
          `${csvRow(2, { ...keep(1), career_level: 'PROGRAM_MANAGER' })},2023-02-01`,
          `${csvRow(3, { ...keep(2), on_leave: 'true' })},`,
          `${csvRow(4, { employee_number: 'EFF4', email: 'eff4@example.test' })},2024-01-01`,
        ],
        header,
      );

      await expectNothingWritten(async () => {
        const dry = await t.gql<{
          importPeople: { rows: { line: number; action: string; effectiveOn: string | null }[] };
        }>(IMPORT, { csv, dryRun: true }, hr.headers);
        expect(dry.errors).toBeUndefined();
        expect(dry.data!.importPeople.rows.map((r) => [r.line, r.action, r.effectiveOn])).toEqual([
          [2, 'UPDATE', '2024-07-01'],
          [3, 'UPDATE', '2023-02-01'],
          [4, 'UPDATE', today],
          [5, 'CREATE', null],
        ]);
      });

      const applied = await t.gql<{ importPeople: { applied: boolean; updated: number } }>(
        IMPORT,
        { csv, dryRun: false },
        hr.headers,
      );
      expect(applied.errors).toBeUndefined();
      expect(applied.data!.importPeople).toMatchObject({ applied: true, updated: 3, created: 1 });

      const idOf = async (employee: string) =>
        (
          await t.db.query<{ id: string }>(`SELECT id FROM person WHERE employee_number = $1`, [
            employee,
          ])
        ).rows[0].id;
      expect(await historyOf(await idOf('EFF1'))).toEqual([
        s('2018-01-15', '2024-07-01', 'FIN'),
        s('2024-07-01', null, 'LEGAL'),
      ]);
      expect(await historyOf(await idOf('EFF2'))).toEqual([
        s('2018-01-15', '2023-02-01', 'FIN'),
        s('2023-02-01', null, 'FIN', 'PROGRAM_MANAGER'),
      ]);
      expect(await historyOf(await idOf('EFF3'))).toEqual([
        s('2018-01-15', today, 'FIN'),
        s(today, null, 'FIN', 'PROJECT_MANAGER', true),
      ]);
      // A new person's history starts at the hire whatever effective_on says.
      expect(await historyOf(await idOf('EFF4'))).toEqual([s('2018-01-15', null, 'FIN')]);
      expect((await lastAudit(t.db, 'PEOPLE_IMPORTED')).after).toMatchObject({
        historyChanges: 3,
      });
    });

    it('reports a bad effective_on with its line and column, and imports nothing', async () => {
      const csv = csvFile(
        [
          `${csvRow(11)},2024-02-30`,
          `${csvRow(12)},${tomorrow}`,
          `${csvRow(13, { hired_on: '2020-01-01' })},2019-12-31`,
          `${csvRow(14)},yesterday`,
        ],
        header,
      );
      await expectNothingWritten(async () => {
        const response = await t.gql<{
          importPeople: { applied: boolean; errors: { line: number; column: string }[] };
        }>(IMPORT, { csv, dryRun: false }, hr.headers);
        expect(response.errors).toBeUndefined();
        expect(response.data!.importPeople.applied).toBe(false);
        expect(response.data!.importPeople.errors.map((e) => [e.line, e.column])).toEqual([
          [2, 'effective_on'],
          [3, 'effective_on'],
          [4, 'effective_on'],
          [5, 'effective_on'],
        ]);
      });
    });
  });
});
