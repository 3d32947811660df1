import { insertDepartment, insertPerson } from '@stint/api-core/testing';
import { startTestApp, type TestApp } from './support/test-app';

const PAGE = `query($filter: PeopleFilter, $first: Int!, $after: String) {
  people(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { email } } } }`;

interface PageResult {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { email: string } }[];
}

/** The eligibility filter's pages (one statement for the ids and the total, then the people). */
describe('people filtered by eligibility, page by page', () => {
  let t: TestApp;
  let hr: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp();
    hr = (await t.signIn('HR')).headers;
    const departmentId = await insertDepartment(t.db);
    const experienced = { pmSince: '2018-01-01', hiredOn: '2018-01-01' };
    for (const name of ['e', 'c', 'a', 'd', 'b']) {
      const id = await insertPerson(t.db, departmentId, {
        ...experienced,
        email: `${name}@x.test`,
      });
      await t.db.query('UPDATE person SET full_name = $2 WHERE id = $1', [id, `Person ${name}`]);
    }
    await insertPerson(t.db, departmentId, {
      ...experienced,
      email: 'coordinator@x.test',
      level: 'PROJECT_COORDINATOR',
    });
  });
  afterAll(() => t.close());

  const page = async (filter: Record<string, unknown>, first: number, after?: string | null) => {
    const response = await t.gql<{ people: PageResult }>(PAGE, { filter, first, after }, hr);
    expect(response.errors).toBeUndefined();
    return response.data!.people;
  };

  it('pages through the eligible people in name order with the total on every page', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 3; i++) {
      const p: PageResult = await page({ eligible: true }, 2, after);
      expect(p.totalCount).toBe(5);
      seen.push(...p.edges.map((e) => e.node.email));
      expect(p.pageInfo.hasNextPage).toBe(i < 2);
      after = p.pageInfo.endCursor;
    }
    expect(seen).toEqual(['a@x.test', 'b@x.test', 'c@x.test', 'd@x.test', 'e@x.test']);
    const past = await page({ eligible: true }, 2, after);
    expect(past.totalCount).toBe(5);
    expect(past.edges).toEqual([]);
    expect(past.pageInfo.hasNextPage).toBe(false);
  });

  it('pages the others with eligible: false', async () => {
    const p = await page({ eligible: false }, 1);
    expect(p.totalCount).toBe(1);
    expect(p.edges.map((e) => e.node.email)).toEqual(['coordinator@x.test']);
  });
});
