import { insertDepartment, insertPerson } from '@stint/api-core/testing';
import { DomainError } from '@stint/api-core';
import { PeopleImportService } from '@stint/api-people';
import {
  auditCount,
  csvFile,
  csvRow,
  IMPORT_HEADER,
  lastAudit,
  peopleSnapshot,
} from './support/people-factories';
import { startTestApp, type GraphQLResponse, type TestApp } from './support/test-app';

const IMPORT = `mutation($csv: String!, $dryRun: Boolean!) {
  importPeople(csv: $csv, dryRun: $dryRun) {
    dryRun applied totalRows created updated unchanged errorCount rowsShown
    errors { line column message }
    rows { line employeeNumber action changes { field from to } }
  }
}`;

interface ImportAnswer {
  importPeople: {
    dryRun: boolean;
    applied: boolean;
    totalRows: number;
    created: number;
    updated: number;
    unchanged: number;
    errorCount: number;
    rowsShown: number;
    errors: { line: number; column: string | null; message: string }[];
    rows: {
      line: number;
      employeeNumber: string | null;
      action: string;
      changes: { field: string; from: string | null; to: string | null }[];
    }[];
  };
}

describe('importPeople', () => {
  let t: TestApp;
  let hr: { userId: string; headers: Record<string, string> };
  let run: (
    csv: string,
    dryRun: boolean,
    headers?: Record<string, string>,
  ) => Promise<GraphQLResponse<ImportAnswer>>;

  async function expectNothingWritten(work: () => Promise<unknown>): Promise<void> {
    const before = [await peopleSnapshot(t.db), await auditCount(t.db)];
    await work();
    expect([await peopleSnapshot(t.db), await auditCount(t.db)]).toEqual(before);
  }

  beforeAll(async () => {
    t = await startTestApp();
    const finance = await insertDepartment(t.db, { code: 'FIN' });
    await insertDepartment(t.db, { code: 'IT' });
    // An existing person the file will update (matched by employee number), and one it must not clash with.
    await insertPerson(t.db, finance, {
      employeeNumber: 'IMP00003',
      email: 'old3@example.test',
      level: 'PROJECT_COORDINATOR',
    });
    await insertPerson(t.db, finance, { employeeNumber: 'KEEP0001', email: 'taken@example.test' });
    hr = await t.signIn('HR');
    run = (csv, dryRun, headers = hr.headers) =>
      t.gql<ImportAnswer>(IMPORT, { csv, dryRun }, headers);
  });

  afterAll(() => t.close());

  const clean = csvFile([
    csvRow(1),
    csvRow(2, { career_level: 'senior_project_manager', on_leave: 'YES' }),
    csvRow(3, { department_code: 'it', left_on: '2030-06-30' }),
  ]);

  it('is for HR and admins only', async () => {
    const personId = (await t.db.query<{ id: string }>(`SELECT id FROM person LIMIT 1`)).rows[0].id;
    const pm = await t.signIn('PM', { personId });
    const director = await t.signIn('DIRECTOR');
    const admin = await t.signIn('ADMIN');
    await expectNothingWritten(async () => {
      for (const { headers } of [pm, director]) {
        const response = await run(clean, false, headers);
        expect(response.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
      }
      expect((await run(clean, true, admin.headers)).errors).toBeUndefined();
    });
  });

  it('reports on a dry run exactly what would happen, and writes nothing', async () => {
    let response!: GraphQLResponse<ImportAnswer>;
    await expectNothingWritten(async () => {
      response = await run(clean, true);
    });
    expect(response.errors).toBeUndefined();
    const result = response.data!.importPeople;
    expect(result).toMatchObject({
      dryRun: true,
      applied: false,
      totalRows: 3,
      created: 2,
      updated: 1,
      unchanged: 0,
      errorCount: 0,
    });
    expect(result.rows.map((r) => [r.line, r.employeeNumber, r.action])).toEqual([
      [2, 'IMP00001', 'CREATE'],
      [3, 'IMP00002', 'CREATE'],
      [4, 'IMP00003', 'UPDATE'],
    ]);
    expect(result.rows[1].changes).toEqual(
      expect.arrayContaining([
        { field: 'careerLevel', from: null, to: 'SENIOR_PROJECT_MANAGER' },
        { field: 'onLeave', from: null, to: 'true' },
      ]),
    );
    expect(result.rows[2].changes).toEqual(
      expect.arrayContaining([
        { field: 'email', from: 'old3@example.test', to: 'imported3@example.test' },
        { field: 'departmentCode', from: 'FIN', to: 'IT' },
        { field: 'careerLevel', from: 'PROJECT_COORDINATOR', to: 'PROJECT_MANAGER' },
        { field: 'leftOn', from: null, to: '2030-06-30' },
      ]),
    );
  });

  it('applies a clean file in one go with one audit event; applying it again changes nothing', async () => {
    const first = await run(clean, false);
    expect(first.errors).toBeUndefined();
    expect(first.data!.importPeople).toMatchObject({
      dryRun: false,
      applied: true,
      created: 2,
      updated: 1,
      unchanged: 0,
    });
    const audit = await lastAudit(t.db, 'PEOPLE_IMPORTED');
    expect(audit.actor_user_id).toBe(hr.userId);
    expect(audit.after).toMatchObject({ rows: 3, created: 2, updated: 1, unchanged: 0 });
    const { rows } = await t.db.query(
      `SELECT p.employee_number, p.career_level, p.on_leave, p.left_on::text, d.code, p.version
         FROM person p JOIN department d ON d.id = p.department_id WHERE employee_number LIKE 'IMP%' ORDER BY 1`,
    );
    expect(rows).toEqual([
      {
        employee_number: 'IMP00001',
        career_level: 'PROJECT_MANAGER',
        on_leave: false,
        left_on: null,
        code: 'FIN',
        version: 1,
      },
      {
        employee_number: 'IMP00002',
        career_level: 'SENIOR_PROJECT_MANAGER',
        on_leave: true,
        left_on: null,
        code: 'FIN',
        version: 1,
      },
      {
        employee_number: 'IMP00003',
        career_level: 'PROJECT_MANAGER',
        on_leave: false,
        left_on: '2030-06-30',
        code: 'IT',
        version: 2,
      },
    ]);

    const people = await peopleSnapshot(t.db);
    const second = await run(clean, false);
    expect(second.data!.importPeople).toMatchObject({
      applied: true,
      created: 0,
      updated: 0,
      unchanged: 3,
    });
    expect(
      second.data!.importPeople.rows.every(
        (r) => r.action === 'UNCHANGED' && r.changes.length === 0,
      ),
    ).toBe(true);
    expect(await peopleSnapshot(t.db)).toEqual(people);
  });

  it('changes nothing when one row among good ones is bad, and names its line and column', async () => {
    const csv = csvFile([
      csvRow(10),
      csvRow(11, { hired_on: '2021-02-29' }),
      csvRow(12, { email: 'TAKEN@example.test' }),
      csvRow(13, { department_code: 'NOWHERE' }),
      csvRow(14, { employee_number: 'IMP00010' }),
      csvRow(1, { full_name: 'Renamed but not applied' }),
    ]);
    let response!: GraphQLResponse<ImportAnswer>;
    await expectNothingWritten(async () => {
      response = await run(csv, false);
    });
    const result = response.data!.importPeople;
    expect(result).toMatchObject({
      dryRun: false,
      applied: false,
      errorCount: 4,
      created: 1,
      updated: 1,
    });
    expect(result.errors.map((e) => [e.line, e.column])).toEqual([
      [3, 'hired_on'],
      [4, 'email'],
      [5, 'department_code'],
      [6, 'employee_number'],
    ]);
    expect(result.errors[1].message).toBe(
      'The e-mail TAKEN@example.test belongs to employee KEEP0001',
    );
    expect(result.errors[3].message).toBe('Employee number IMP00010 is already on line 2');
    expect(result.rows.map((r) => r.action)).toEqual([
      'CREATE',
      'ERROR',
      'ERROR',
      'ERROR',
      'ERROR',
      'UPDATE',
    ]);
  });

  it('parses quoted fields with commas, quotes and newlines, and counts file lines across them', async () => {
    const csv = csvFile([
      csvRow(20, { full_name: '"Doe, Jane ""JD"""' }),
      csvRow(21, { full_name: '"Smith,\nJohn"' }),
      csvRow(22, { pm_since: 'yesterday' }),
    ]);
    const result = (await run(csv, true)).data!.importPeople;
    expect(result.errors).toEqual([
      {
        line: 5,
        column: 'pm_since',
        message: 'pm_since must be a real date written YYYY-MM-DD (got "yesterday")',
      },
    ]);
    const names = result.rows[0].changes
      .concat(result.rows[1].changes)
      .filter((c) => c.field === 'fullName');
    expect(names.map((c) => c.to)).toEqual(['Doe, Jane "JD"', 'Smith,\nJohn']);
    expect(result.rows.map((r) => r.line)).toEqual([2, 3, 5]);
  });

  it('accepts columns in any order and case, and keeps left_on and on_leave when the file has no such columns', async () => {
    await t.db.query(
      `UPDATE person SET on_leave = true, left_on = '2031-01-01' WHERE employee_number = 'IMP00001'`,
    );
    const csv = [
      'HIRED_ON,Email,Full_Name,employee_number,department_code,career_level,pm_since',
      '2018-01-15,imported1@example.test,Imported Person 1,IMP00001,FIN,PROJECT_MANAGER,2019-03-01',
    ].join('\r\n');
    const result = (await run(csv, false)).data!.importPeople;
    expect(result).toMatchObject({ applied: true, unchanged: 1, updated: 0 });
    const { rows } = await t.db.query(
      `SELECT on_leave, left_on::text FROM person WHERE employee_number = 'IMP00001'`,
    );
    expect(rows[0]).toEqual({ on_leave: true, left_on: '2031-01-01' });
  });

  it('refuses a header without a required column, or text that is not CSV, as bad input naming csv', async () => {
    await expectNothingWritten(async () => {
      const header = IMPORT_HEADER.replace('email,', '');
      const missing = await run(
        `${header}\nIMP1,Name,FIN,PROJECT_MANAGER,2019-01-01,2019-01-01,,\n`,
        false,
      );
      expect(missing.errors?.[0].extensions).toEqual({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'csv', message: 'The header is missing required column(s): email' }],
      });
      const broken = await run(csvFile([csvRow(30, { full_name: '"never closed' })]), false);
      expect(broken.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'csv' }],
      });
      const empty = await run('', false);
      expect(empty.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'csv' }],
      });
    });
  });

  it('refuses files over the row limit naming csv (checked in the service: the HTTP body limit is the app’s)', async () => {
    const service = t.app.get(PeopleImportService);
    const csv = `${IMPORT_HEADER}\n${'x\n'.repeat(200_001)}`;
    const refusal = await service.importPeople(null, csv, true).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(DomainError);
    expect((refusal as DomainError).details.fields).toEqual([
      { field: 'csv', message: 'The file has 200001 rows; at most 200000 can be imported at once' },
    ]);
  });

  it('lists at most the first 500 rows of a long file while counting all of them', async () => {
    const service = t.app.get(PeopleImportService);
    const csv = csvFile(Array.from({ length: 1200 }, (_, i) => csvRow(1000 + i)));
    const result = await service.importPeople(null, csv, true);
    expect(result).toMatchObject({ totalRows: 1200, created: 1200, rowsShown: 500 });
    expect(result.rows).toHaveLength(500);
    expect(result.rows[499].line).toBe(501);
  });
});
