import { Logger } from '@nestjs/common';
import { DepartmentsService } from '@stint/api-people';
import { startTestApp, type SignedIn, type TestApp } from './support/test-app';

const INTROSPECTION = '{ __schema { queryType { name } types { name } } }';

describe('production mode', () => {
  let t: TestApp;
  let hr: SignedIn;

  beforeAll(async () => {
    t = await startTestApp({ NODE_ENV: 'production' });
    hr = await t.signIn('HR');
  });
  afterAll(() => t.close());
  afterEach(() => jest.restoreAllMocks());

  it('refuses introspection, signed in or not', async () => {
    for (const headers of [hr.headers, {}]) {
      const response = await t.gql(INTROSPECTION, {}, headers);
      expect(response.status).toBe(400);
      expect(response.data).toBeUndefined();
      expect(response.errors?.[0]?.message).toMatch(/introspection is not allowed/i);
    }
    const type = await t.gql('{ __type(name: "Person") { fields { name } } }', {}, hr.headers);
    expect(type.errors?.[0]?.message).toMatch(/introspection is not allowed/i);
  });

  it('serves no GraphQL IDE', async () => {
    const response = await fetch(`${t.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await response.text()).not.toMatch(/graphiql/i);
  });

  it('does not suggest field names', async () => {
    const response = await t.gql('{ departmnts { id } }', {}, hr.headers);
    expect(response.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('answers an internal failure with a generic message and a code; the details go only to the log', async () => {
    const secret = 'relation "secret_table" at /srv/stint/internal.ts:42 exploded';
    jest.spyOn(DepartmentsService.prototype, 'findAll').mockRejectedValue(new Error(secret));
    const logged: string[] = [];
    jest.spyOn(Logger.prototype, 'error').mockImplementation((message: unknown) => {
      logged.push(String(message));
    });

    const response = await t.gql('{ departments { id } }', {}, hr.headers);

    expect(response.status).toBe(200);
    expect(response.errors).toEqual([
      {
        message: 'Internal server error',
        locations: expect.any(Array),
        path: ['departments'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
    ]);
    expect(JSON.stringify(response)).not.toMatch(/secret_table|internal\.ts|stack|at /);
    expect(logged.join('\n')).toContain(secret);
    // The stack trace too, so the bug can be found.
    expect(logged.join('\n')).toMatch(/at .*hardening-production/);
  });
});

describe('production mode with GRAPHQL_INTROSPECTION=true', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' });
  });
  afterAll(() => t.close());

  it('answers introspection', async () => {
    const response = await t.gql(INTROSPECTION);
    expect(response.errors).toBeUndefined();
    expect(response.data).toMatchObject({ __schema: { queryType: { name: 'Query' } } });
  });
});
