// Who may ask which analytics question, and bad input named by field (never a 500).
import { FIXTURE_IDS as I } from '@stint/domain/testing';
import { insertCoverageFixture } from './support/analytics-factories';
import { startTestApp, type SignedIn, type TestApp } from './support/test-app';

type Errors = { extensions?: Record<string, unknown> }[] | undefined;
const code = (errors: Errors) => errors?.[0]?.extensions?.['code'];
const fields = (errors: Errors) =>
  ((errors?.[0]?.extensions?.['fields'] as { field: string }[] | undefined) ?? []).map(
    (f) => f.field,
  );

const COVERAGE = `query($f: CoverageFilter!) { coverage(filter: $f) { asOf departments { code } totals { headcount } } }`;
const STAFFING = `{ staffing { asOf headcount { headcount } } }`;
const FAIRNESS = `query($from: String!, $to: String!) { fairness(from: $from, to: $to) { groups { key } } }`;
const CANDIDATES = `query($seat: ID!, $s: String!, $m: Int!, $first: Int!) { candidates(seatId: $seat, startsOn: $s, months: $m, first: $first) { personId } }`;
const IMPACT = `query($p: ID!, $seat: ID!, $s: String!, $e: String!) { rotationImpact(personId: $p, seatId: $seat, startsOn: $s, endsOn: $e) { eligible } }`;
const FUNNEL = `query($from: String, $to: String) { requestFunnel(from: $from, to: $to) { submitted } }`;
const PMO_FILL = `query($f: PmoFillFilter!) { pmoFill(filter: $f) { pmoId } }`;

describe('analytics access and input checks', () => {
  let t: TestApp;
  let as: Record<'ADMIN' | 'HR' | 'DIRECTOR' | 'PM' | 'OTHER_DIRECTOR', SignedIn>;
  const quarter = { from: '2027-01-01', to: '2027-03-31', granularity: 'QUARTER' };
  const candidates = { seat: I.s2, s: '2030-03-01', m: 12, first: 20 };
  const impact = { p: I.kim, seat: I.s2, s: '2030-03-01', e: '2031-02-28' };

  beforeAll(async () => {
    t = await startTestApp();
    await insertCoverageFixture(t.db);
    as = {
      ADMIN: await t.signIn('ADMIN'),
      HR: await t.signIn('HR'),
      DIRECTOR: await t.signIn('DIRECTOR'),
      PM: await t.signIn('PM', { personId: I.kim }),
      OTHER_DIRECTOR: await t.signIn('DIRECTOR'),
    };
    await t.db.query(`INSERT INTO pmo_director (pmo_id, user_id) VALUES ($1, $2)`, [
      I.enterprisePmo,
      as.DIRECTOR.userId,
    ]);
  });
  afterAll(() => t.close());

  it('refuses signed-out callers', async () => {
    const r = await t.gql(COVERAGE, { f: quarter });
    expect(code(r.errors)).toBe('UNAUTHENTICATED');
  });

  it('coverage, pmoFill and requestFunnel: every role; a PM sees numbers and no person', async () => {
    for (const who of ['ADMIN', 'HR', 'DIRECTOR', 'PM'] as const) {
      const r = await t.gql<{ coverage: { totals: { headcount: number } } }>(
        COVERAGE,
        { f: quarter },
        as[who].headers,
      );
      expect(r.errors).toBeUndefined();
      expect(r.data!.coverage.totals.headcount).toBeGreaterThan(0);
      expect(JSON.stringify(r.data)).not.toMatch(/Finance"|Ada|Kim/);
      expect((await t.gql(PMO_FILL, { f: quarter }, as[who].headers)).errors).toBeUndefined();
      expect((await t.gql(FUNNEL, {}, as[who].headers)).errors).toBeUndefined();
    }
  });

  it.each([
    ['staffing', ['ADMIN', 'HR', 'DIRECTOR'], ['PM'], STAFFING, {}],
    [
      'fairness',
      ['ADMIN', 'HR'],
      ['DIRECTOR', 'PM'],
      FAIRNESS,
      { from: '2026-01-01', to: '2026-12-31' },
    ],
    ['rotationImpact', ['ADMIN', 'HR', 'DIRECTOR'], ['PM'], IMPACT, impact],
    // OTHER_DIRECTOR directs no PMO: candidates are for the seat's own PMO's directors.
    ['candidates', ['ADMIN', 'DIRECTOR'], ['HR', 'PM', 'OTHER_DIRECTOR'], CANDIDATES, candidates],
  ] as const)(
    '%s: allowed for %j, FORBIDDEN for %j',
    async (_name, allowed, denied, query, variables) => {
      for (const who of allowed) {
        const r = await t.gql(query, variables, as[who].headers);
        expect(r.errors).toBeUndefined();
      }
      for (const who of denied) {
        const r = await t.gql(query, variables, as[who].headers);
        expect(code(r.errors)).toBe('FORBIDDEN');
        expect(r.data?.[Object.keys(r.data ?? {})[0] as never] ?? null).toBeNull();
      }
    },
  );

  it('unknown ids answer NOT_FOUND; malformed ids BAD_USER_INPUT naming the field', async () => {
    const unknown = '99999999-0000-4000-8000-000000000000';
    expect(
      code((await t.gql(CANDIDATES, { ...candidates, seat: unknown }, as.DIRECTOR.headers)).errors),
    ).toBe('NOT_FOUND');
    expect(code((await t.gql(IMPACT, { ...impact, p: unknown }, as.HR.headers)).errors)).toBe(
      'NOT_FOUND',
    );
    expect(code((await t.gql(IMPACT, { ...impact, seat: unknown }, as.HR.headers)).errors)).toBe(
      'NOT_FOUND',
    );
    const bad = await t.gql(CANDIDATES, { ...candidates, seat: 'seat-1' }, as.DIRECTOR.headers);
    expect(code(bad.errors)).toBe('BAD_USER_INPUT');
    expect(fields(bad.errors)).toContain('seatId');
    const badDept = await t.gql(
      COVERAGE,
      { f: { ...quarter, departmentIds: ['x'] } },
      as.HR.headers,
    );
    expect(fields(badDept.errors)).toContain('filter.departmentIds');
  });

  it.each([
    ['a date that does not exist', { ...quarter, from: '2027-02-30' }, 'filter.from'],
    ['a date in another shape', { ...quarter, to: '31/03/2027' }, 'filter.to'],
    ['to before from', { ...quarter, from: '2027-04-01' }, 'filter.to'],
    [
      'more than 15 years',
      { from: '2020-01-01', to: '2035-01-02', granularity: 'QUARTER' },
      'filter.to',
    ],
    [
      'more than 180 buckets',
      { from: '2020-01-15', to: '2035-01-10', granularity: 'MONTH' },
      'filter.to',
    ],
    // GraphQL itself refuses a value outside the enum, naming the field.
    ['an unknown granularity', { ...quarter, granularity: 'WEEK' }, 'granularity'],
    ['a bad asOf', { ...quarter, asOf: '2027-13-01' }, 'filter.asOf'],
  ])('coverage refuses %s', async (_what, filter, field) => {
    const r = await t.gql(COVERAGE, { f: filter }, as.HR.headers);
    expect(code(r.errors)).toBe('BAD_USER_INPUT');
    expect(fields(r.errors)).toContain(field);
  });

  it('accepts exactly 15 years of months (180 buckets)', async () => {
    const r = await t.gql<{ coverage: { asOf: string } }>(
      COVERAGE,
      { f: { from: '2020-01-01', to: '2034-12-31', granularity: 'MONTH' } },
      as.HR.headers,
    );
    expect(r.errors).toBeUndefined();
  });

  it.each([
    ['months 0', { ...candidates, m: 0 }, 'months'],
    ['months 61', { ...candidates, m: 61 }, 'months'],
    ['first 0', { ...candidates, first: 0 }, 'first'],
    ['first 101', { ...candidates, first: 101 }, 'first'],
    ['a bad start', { ...candidates, s: '2030-02-30' }, 'startsOn'],
  ])('candidates refuses %s', async (_what, variables, field) => {
    const r = await t.gql(CANDIDATES, variables, as.DIRECTOR.headers);
    expect(code(r.errors)).toBe('BAD_USER_INPUT');
    expect(fields(r.errors)).toContain(field);
  });

  it.each([
    ['an end before the start', { ...impact, e: '2030-02-01' }, 'endsOn'],
    ['a window of part months', { ...impact, e: '2031-02-20' }, 'endsOn'],
    ['more than 60 months', { ...impact, e: '2035-03-31' }, 'endsOn'],
    ['a bad person id', { ...impact, p: '42' }, 'personId'],
  ])('rotationImpact refuses %s', async (_what, variables, field) => {
    const r = await t.gql(IMPACT, variables, as.HR.headers);
    expect(code(r.errors)).toBe('BAD_USER_INPUT');
    expect(fields(r.errors)).toContain(field);
  });

  it('fairness, requestFunnel and pmoFill refuse a period that ends before it starts', async () => {
    const fairness = await t.gql(FAIRNESS, { from: '2027-01-01', to: '2026-01-01' }, as.HR.headers);
    expect(fields(fairness.errors)).toEqual(['to']);
    const funnel = await t.gql(FUNNEL, { from: '2027-01-01', to: '2026-01-01' }, as.HR.headers);
    expect(fields(funnel.errors)).toEqual(['to']);
    const fill = await t.gql(
      PMO_FILL,
      { f: { from: '2027-01-01', to: '2026-01-01' } },
      as.HR.headers,
    );
    expect(fields(fill.errors)).toEqual(['filter.to']);
  });
});
