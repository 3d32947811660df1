import { Client } from 'pg';
import { insertDepartment, insertPerson } from '@stint/api-core/testing';
import { startTestApp, type TestApp } from './support/test-app';

const PEOPLE = `
  query People($first: Int, $after: String, $filter: PeopleFilter) {
    people(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { fullName email careerLevel department { code name } } }
    }
  }`;

interface PeoplePage {
  people: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: {
      node: { fullName: string; email: string; careerLevel: string; department: { code: string } };
    }[];
  };
}

describe('people and departments over GraphQL', () => {
  let t: TestApp;
  let finance: string;
  let hr: Record<string, string>;
  let gql: TestApp['gql'];

  beforeAll(async () => {
    t = await startTestApp();
    hr = (await t.signIn('HR')).headers;
    gql = (query, variables) => t.gql(query, variables, hr);
    finance = await insertDepartment(t.db, { code: 'FIN' });
    const it = await insertDepartment(t.db, { code: 'IT' });
    const emptyDept = await insertDepartment(t.db, { code: 'LEGAL' });
    for (let i = 0; i < 25; i++)
      await insertPerson(t.db, i % 2 ? finance : it, {
        level: i % 3 ? 'PROJECT_MANAGER' : 'PROGRAM_MANAGER',
      });
    await insertPerson(t.db, finance, { hiredOn: '2015-01-01', leftOn: '2020-01-01' });
    expect(emptyDept).toBeDefined();
  });

  afterAll(() => t.close());

  it('answers me with null when signed out, and with the user when signed in', async () => {
    const response = await t.gql('{ me { id email } }');
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ me: null });
    const signedIn = await t.gql<{ me: { email: string; role: string } }>(
      '{ me { email role } }',
      {},
      hr,
    );
    expect(signedIn.data?.me).toMatchObject({ role: 'HR' });
  });

  it('asks for a session before listing anything', async () => {
    const response = await t.gql('{ departments { id } }');
    expect(response.errors?.[0].extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('lists departments with today’s headcount (leavers excluded)', async () => {
    const response = await gql<{ departments: { code: string; headcount: number }[] }>(
      '{ departments { code headcount coverageTarget awayCap } }',
    );
    expect(response.errors).toBeUndefined();
    const byCode = Object.fromEntries(response.data!.departments.map((d) => [d.code, d]));
    expect(byCode['FIN']).toMatchObject({ headcount: 12, coverageTarget: 0.3, awayCap: 0.2 });
    expect(byCode['IT']).toMatchObject({ headcount: 13 });
    expect(byCode['LEGAL']).toMatchObject({ headcount: 0 });
  });

  it('pages through people with a stable cursor and a total', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const response: Awaited<ReturnType<typeof gql<PeoplePage>>> = await gql<PeoplePage>(PEOPLE, {
        first: 10,
        after,
      });
      expect(response.errors).toBeUndefined();
      const page: PeoplePage['people'] = response.data!.people;
      expect(page.totalCount).toBe(26);
      seen.push(...page.edges.map((e) => e.node.email));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(26);
  });

  it('filters by department, level and search text', async () => {
    const byDepartment = await gql<PeoplePage>(PEOPLE, { filter: { departmentIds: [finance] } });
    expect(byDepartment.data!.people.totalCount).toBe(13);
    expect(byDepartment.data!.people.edges.every((e) => e.node.department.code === 'FIN')).toBe(
      true,
    );

    const byLevel = await gql<PeoplePage>(PEOPLE, {
      filter: { careerLevels: ['PROGRAM_MANAGER'] },
      first: 100,
    });
    expect(byLevel.data!.people.edges.every((e) => e.node.careerLevel === 'PROGRAM_MANAGER')).toBe(
      true,
    );

    const email = byDepartment.data!.people.edges[0].node.email;
    const bySearch = await gql<PeoplePage>(PEOPLE, { filter: { search: email.toUpperCase() } });
    expect(bySearch.data!.people.edges.map((e) => e.node.email)).toEqual([email]);

    const wildcard = await gql<PeoplePage>(PEOPLE, { filter: { search: '%' } });
    expect(wildcard.data!.people.totalCount).toBe(0);
  });

  it.each([0, 101, -1])('refuses first: %d with BAD_USER_INPUT naming the field', async (first) => {
    const response = await gql(PEOPLE, { first });
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'first' })],
    });
  });

  it('refuses a forged cursor with BAD_USER_INPUT, not a 500', async () => {
    const response = await gql(PEOPLE, { after: 'not-a-cursor' });
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'after' }],
    });
  });

  it('refuses a malformed department id in the filter', async () => {
    const response = await gql(PEOPLE, { filter: { departmentIds: ['42'] } });
    expect(response.errors?.[0].extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('resolves departments for a page of people without N+1 queries', async () => {
    const spy = jest.spyOn(Client.prototype, 'query');
    const count = async (first: number) => {
      spy.mockClear();
      const response = await gql(PEOPLE, { first });
      expect(response.errors).toBeUndefined();
      return spy.mock.calls.length;
    };
    try {
      const small = await count(2);
      const large = await count(25);
      expect(large).toBe(small);
      // the session, the page, its total and one batch of departments
      expect(large).toBeLessThanOrEqual(4);
    } finally {
      spy.mockRestore();
    }
  });
});
