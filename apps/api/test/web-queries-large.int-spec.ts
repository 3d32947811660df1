import { Pool } from 'pg';
import { print, type OperationDefinitionNode } from 'graphql';
import { generateOrganisation, loadOrganisation } from '@stint/generator';
import { startTestApp, type SignedIn, type TestApp } from './support/test-app';
import { webDocuments } from './support/web-documents';

/**
 * Every query the dashboard sends, run against the `large` organisation (200 departments,
 * 20,000 people, 300 PMOs, 2,000 seats) with large values its screens allow (full pages, a
 * six-year monthly coverage period): none is refused by a limit, none times out. (The estimates
 * at the screens' maxima are checked in hardening-answer-size.int-spec.ts.)
 */
describe('every web query at `large`', () => {
  let t: TestApp;
  let admin: SignedIn;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    const pool = new Pool({ connectionString: t.database.url, max: 2 });
    try {
      await loadOrganisation(
        pool,
        generateOrganisation({ size: 'large', seed: 1, anchor: '2026-11-01' }),
      );
    } finally {
      await pool.end();
    }
    const one = async (sql: string) => ((await t.db.query<{ id: string }>(sql)).rows[0] ?? {}).id;
    // A person with a request and a rotation, in a seat with history: the busiest realistic page.
    ids['personId'] = await one(
      `SELECT r.person_id AS id FROM rotation_request r JOIN rotation x ON x.person_id = r.person_id
        GROUP BY r.person_id ORDER BY count(*) DESC LIMIT 1`,
    );
    ids['seatId'] = await one(
      `SELECT seat_id AS id FROM rotation GROUP BY seat_id ORDER BY count(*) DESC LIMIT 1`,
    );
    ids['pmoId'] = await one(`SELECT pmo_id AS id FROM seat WHERE id = '${ids['seatId']}'`);
    ids['requestId'] = await one(
      `SELECT id FROM rotation_request WHERE person_id = '${ids['personId']}' LIMIT 1`,
    );
    ids['rotationId'] = await one(
      `SELECT id FROM rotation WHERE seat_id = '${ids['seatId']}' ORDER BY starts_on LIMIT 1`,
    );
    admin = await t.signIn('ADMIN');
  }, 120_000);
  afterAll(() => t.close());

  /** Realistic values, at the top of what each screen lets a user choose. */
  function variables(name: string, operation: OperationDefinitionNode): Record<string, unknown> {
    const values: Record<string, unknown> = {};
    for (const definition of operation.variableDefinitions ?? []) {
      const v = definition.variable.name.value;
      const value = (
        {
          first: 100,
          after: null,
          personId: ids['personId'],
          seatId: ids['seatId'],
          seatIds: [ids['seatId']],
          pmoIds: [ids['pmoId']],
          pmoId: ids['pmoId'],
          id:
            (
              {
                RequestDetail: ids['requestId'],
                RotationRequestSummary: ids['requestId'],
                PmoDetail: ids['pmoId'],
                RotationDetail: ids['rotationId'],
              } as Record<string, string | undefined>
            )[name] ?? ids['personId'],
          startsOn: '2027-01-01',
          endsOn: '2027-12-31',
          months: 12,
          directedByMe: false,
          search: 'an',
          from: '2021-11-01',
          to: '2026-10-31',
          asOf: '2026-11-01',
          departmentIds: null,
          filter:
            name === 'CoverageDashboard' || name === 'CoveragePmoFill'
              ? { from: '2022-01-01', to: '2027-12-31', granularity: 'MONTH', asOf: '2026-11-01' }
              : name === 'Outcomes'
                ? { from: '2020-11-01', to: '2026-10-31', asOf: '2026-11-01' }
                : {},
        } as Record<string, unknown>
      )[v];
      if (value === undefined) throw new Error(`${name}: no realistic value for $${v}`);
      values[v] = value;
    }
    return values;
  }

  it('answers each one without an error, within the limits and the statement timeout', async () => {
    const queries = webDocuments().filter((d) => d.operation.operation === 'query');
    expect(queries.length).toBeGreaterThan(25);
    const figures: string[] = [];
    for (const { name, document, operation } of queries) {
      const started = performance.now();
      const response = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...admin.headers },
        body: JSON.stringify({
          query: print(document),
          operationName: name,
          variables: variables(name, operation),
        }),
      });
      const text = await response.text();
      const body = JSON.parse(text) as { errors?: { message: string }[] };
      figures.push(
        `${name} ${Math.round(performance.now() - started)} ms ${Math.round(text.length / 1024)} kB`,
      );
      expect({ name, status: response.status, errors: body.errors }).toEqual({
        name,
        status: 200,
        errors: undefined,
      });
    }
    process.stdout.write(`web queries at large: ${figures.join(', ')}\n`);
  }, 120_000);
});
