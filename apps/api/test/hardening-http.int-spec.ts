import { DepartmentsService } from '@stint/api-people';
import { startTestApp, type SignedIn, type TestApp } from './support/test-app';

describe('HTTP hardening: CSRF, headers, CORS, body limits', () => {
  let t: TestApp;
  let hr: SignedIn;

  beforeAll(async () => {
    t = await startTestApp();
    hr = await t.signIn('HR');
  });
  afterAll(() => t.close());
  afterEach(() => jest.restoreAllMocks());

  const departmentCount = async () =>
    Number((await t.db.query('SELECT count(*) FROM department')).rows[0].count);
  const create = 'mutation { createDepartment(input: { code: "CSRF", name: "Forged" }) { id } }';

  it('refuses a text/plain POST (a form or fetch a browser sends cross-site without asking) and changes nothing', async () => {
    const before = await departmentCount();
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', ...hr.headers },
      body: JSON.stringify({ query: create }),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/Cross-Site Request Forgery/);
    expect(await departmentCount()).toBe(before);
  });

  it('refuses a GET without a preflight header, and a mutation over GET even with one', async () => {
    const spy = jest.spyOn(DepartmentsService.prototype, 'findAll');
    const query = encodeURIComponent('{ departments { id } }');
    const plain = await fetch(`${t.url}/graphql?query=${query}`, { headers: hr.headers });
    expect(plain.status).toBe(400);
    expect(await plain.text()).toMatch(/Cross-Site Request Forgery/);
    expect(spy).not.toHaveBeenCalled();

    const before = await departmentCount();
    const mutation = await fetch(`${t.url}/graphql?query=${encodeURIComponent(create)}`, {
      headers: { ...hr.headers, 'apollo-require-preflight': 'true' },
    });
    expect(mutation.status).toBe(405);
    expect(await mutation.text()).toMatch(/GET requests only support query operations/);
    expect(await departmentCount()).toBe(before);
  });

  it('serves a normal JSON POST', async () => {
    const response = await t.gql('{ departments { id } }', {}, hr.headers);
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
  });

  it('compresses an answer for a client that accepts it (brotli first, then gzip), and only then', async () => {
    // Coverage over two years: a series of 24 buckets, a few kilobytes of JSON.
    const query = `{ coverage(filter: { from: "2025-01-01", to: "2026-12-31", granularity: MONTH }) {
      series { label date forecast headcount onRotation alumni eligible experienceShare awayShare } } }`;
    const ask = (encoding: string) =>
      fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-encoding': encoding, ...hr.headers },
        body: JSON.stringify({ query }),
      });
    const plain = await ask('identity');
    expect(plain.headers.get('content-encoding')).toBeNull();
    const answer = await plain.text();
    expect(answer.length).toBeGreaterThan(2_000);
    expect(JSON.parse(answer).data.coverage.series).toHaveLength(24);
    for (const [accepted, used] of [
      ['gzip, deflate, br', 'br'],
      ['gzip, deflate', 'gzip'],
    ]) {
      const response = await ask(accepted);
      expect(response.headers.get('content-encoding')).toBe(used);
      expect(response.headers.get('vary')).toMatch(/Accept-Encoding/i);
      // fetch decodes it: the same answer.
      expect(await response.text()).toBe(answer);
    }
    // A small answer goes as it is.
    const small = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'br', ...hr.headers },
      body: JSON.stringify({ query: '{ departments { id } }' }),
    });
    expect(small.headers.get('content-encoding')).toBeNull();
  });

  it('sends security headers, with a CSP fit for the dashboard', async () => {
    for (const path of ['/graphql', '/health/live']) {
      const response =
        path === '/graphql'
          ? await fetch(`${t.url}/graphql`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: '{"query":"{ __typename }"}',
            })
          : await fetch(`${t.url}${path}`);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("style-src 'self' 'unsafe-inline'");
      expect(csp).toContain("img-src 'self' data:");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      // Plain HTTP here (COOKIE_SECURE off): no upgrade or HSTS that would break http://localhost.
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(response.headers.get('strict-transport-security')).toBeNull();
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('serves GraphiQL outside production without a CSP (it loads from a CDN), and only that page', async () => {
    const ide = await fetch(`${t.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await ide.text()).toMatch(/graphiql/i);
    expect(ide.headers.get('content-security-policy')).toBeNull();
    expect(ide.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('keeps CORS closed when CORS_ORIGINS is unset', async () => {
    const preflight = await fetch(`${t.url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://evil.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const post = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
      body: '{"query":"{ __typename }"}',
    });
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses large bodies of other content types unread, and keeps the 25 MB JSON limit', async () => {
    const form = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `q=${'x'.repeat(200 * 1024)}`,
    });
    expect(form.status).toBe(413);
    const text = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'x'.repeat(200 * 1024),
    });
    expect(text.status).toBe(413);
    const json = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ __typename }',
        variables: { pad: 'x'.repeat(26 * 1024 * 1024) },
      }),
    });
    expect(json.status).toBe(413);
  });
});

describe('CORS with CORS_ORIGINS set', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ CORS_ORIGINS: 'https://stint.example.com' });
  });
  afterAll(() => t.close());

  it('allows the listed origin, with credentials and the Idempotency-Key header, and no other', async () => {
    const preflight = await fetch(`${t.url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://stint.example.com',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,idempotency-key',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://stint.example.com');
    expect(preflight.headers.get('access-control-allow-credentials')).toBe('true');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('idempotency-key');

    const other = await fetch(`${t.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});
