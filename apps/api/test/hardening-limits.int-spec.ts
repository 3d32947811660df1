import { DepartmentsService, PeopleService } from '@stint/api-people';
import { PmosService } from '@stint/api-pmos';
import { GRAPHQL_LIMITS } from '../src/app/graphql-hardening';
import { startTestApp, type SignedIn, type TestApp } from './support/test-app';

/** Every limit is enforced while parsing/validating: no resolver (hence no service) is reached. */
describe('GraphQL query limits', () => {
  let t: TestApp;
  let hr: SignedIn;
  let spies: jest.SpyInstance[];

  beforeAll(async () => {
    t = await startTestApp();
    hr = await t.signIn('HR');
  });
  afterAll(() => t.close());

  beforeEach(() => {
    spies = [
      jest.spyOn(DepartmentsService.prototype, 'findAll'),
      jest.spyOn(PeopleService.prototype, 'page'),
      jest.spyOn(PmosService.prototype, 'findAll'),
    ];
  });
  afterEach(() => jest.restoreAllMocks());

  const serviceCalls = () => spies.reduce((sum, spy) => sum + spy.mock.calls.length, 0);

  async function post(body: unknown): Promise<{
    status: number;
    body: { errors?: { message: string; extensions?: Record<string, unknown> }[] };
  }> {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...hr.headers },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as never };
  }

  const aliases = (n: number) =>
    `{ ${Array.from({ length: n }, (_, i) => `d${i}: departments { id }`).join(' ')} }`;
  const directives = (n: number) => `{ departments { ${'id @include(if: true) '.repeat(n)}} }`;
  // Operations of 8 tokens each (`query Qi { departments { id } }`), the remainder as extra `id`s
  // in Q0; the client names Q0. (Thousands of identical fields would trip graphql-js's own
  // field-merging budget instead.)
  const tokens = (n: number) => {
    const count = Math.floor(n / 8);
    const extra = ' id'.repeat(n - count * 8);
    return Array.from(
      { length: count },
      (_, i) => `query Q${i} { departments { id${i === 0 ? extra : ''} } }`,
    ).join('\n');
  };
  // Depth counts fields: seats(1) edges(2) node(3) pmo(4) directors(5) displayName(6). (A list
  // selected inside itself, `pmos { seats { pmo { seats … } } }`, is refused by the answer-size
  // rule whatever its depth: hardening-answer-size.int-spec.ts.)
  const depth6 = '{ seats(first: 5) { edges { node { pmo { directors { displayName } } } } } }';
  const depth7 = '{ pmos { seats { pmo { seats { pmo { seats { id } } } } } } }';
  // Armor's cost grows ×1.5 a level and is multiplied by a literal `first`.
  const peoplePage = `people(first: 100) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id fullName email careerLevel hiredOn department { id code name headcount } } } }`;
  const seatsPage = `seats(first: 100) { totalCount edges { node { id title role opensOn closesOn pmo { id name directors { displayName } } } } }`;
  const costly = `{ ${peoplePage} ${seatsPage} }`;

  it.each([
    ['depth 7', depth7, /depth limit of 6 exceeded, found 7/],
    [`16 aliases`, aliases(16), /Aliases limit of 15 exceeded, found 16/],
    ['51 directives', directives(51), /Directives limit of 50 exceeded, found 51/],
    ['1,001 tokens', tokens(1001), /Document contains more (than|that) 1000 tokens/],
    ['cost over the limit', costly, /Cost limit of 10000 exceeded, found 12709/],
  ])(
    'refuses %s with a 400 and a clear message, reaching no resolver',
    async (_label, query, message) => {
      const { status, body } = await post({
        query,
        operationName: query.startsWith('query Q0') ? 'Q0' : undefined,
      });
      expect(status).toBe(400);
      expect(body.errors?.[0]?.message).toMatch(message);
      expect(serviceCalls()).toBe(0);
    },
  );

  it('accepts what the screens need right up to each limit', async () => {
    for (const query of [depth6, aliases(15), directives(50), tokens(1000)]) {
      const { status, body } = await post({
        query,
        operationName: query.startsWith('query Q0') ? 'Q0' : undefined,
      });
      expect({ query: query.slice(0, 40), status, errors: body.errors }).toEqual({
        query: query.slice(0, 40),
        status: 200,
        errors: undefined,
      });
    }
    // A full page of people with its department, `first` written in the query (cost 6,463)…
    expect((await post({ query: `{ ${peoplePage} }` })).body.errors).toBeUndefined();
    // …and both pages with `first` sent as a variable, as the dashboard does.
    const pages = await post({
      query: `query($first: Int!) { ${costly.slice(1, -1).replaceAll('first: 100', 'first: $first')} }`,
      variables: { first: 100 },
    });
    expect(pages.body.errors).toBeUndefined();
    expect(serviceCalls()).toBeGreaterThan(0);
  });

  it('refuses first: 101 naming the field, before the service runs', async () => {
    const { status, body } = await post({ query: '{ people(first: 101) { totalCount } }' });
    expect(status).toBe(200);
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'first' })],
    });
    expect(serviceCalls()).toBe(0);
  });

  it('refuses a batch (a JSON array of operations) outright, running none of them', async () => {
    const { status, body } = await post(
      Array.from({ length: 6 }, () => ({ query: '{ departments { id } }' })),
    );
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toMatch(/batching/i);
    const two = await post([
      { query: '{ departments { id } }' },
      { query: '{ departments { id } }' },
    ]);
    expect(two.status).toBe(400);
    expect(serviceCalls()).toBe(0);
    expect(GRAPHQL_LIMITS.maxBatch).toBe(1);
  });
});
