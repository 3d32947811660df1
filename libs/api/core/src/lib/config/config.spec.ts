import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('gives working defaults for a fresh machine', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.STINT_DEMO_DATA).toBe(true);
    expect(config.DB_POOL_SIZE).toBe(10);
  });

  it('turns demo data off and secure cookies on by default in production', () => {
    expect(loadConfig({ NODE_ENV: 'production' })).toMatchObject({
      STINT_DEMO_DATA: false,
      COOKIE_SECURE: true,
    });
    expect(loadConfig({})).toMatchObject({ COOKIE_SECURE: false });
  });

  it('turns introspection and GraphiQL off in production unless GRAPHQL_INTROSPECTION says otherwise', () => {
    expect(loadConfig({}).GRAPHQL_INTROSPECTION).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).GRAPHQL_INTROSPECTION).toBe(false);
    expect(
      loadConfig({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' }).GRAPHQL_INTROSPECTION,
    ).toBe(true);
    expect(loadConfig({ GRAPHQL_INTROSPECTION: 'false' }).GRAPHQL_INTROSPECTION).toBe(false);
  });

  it('keeps CORS closed unless CORS_ORIGINS lists origins', () => {
    expect(loadConfig({}).CORS_ORIGINS).toEqual([]);
    expect(
      loadConfig({ CORS_ORIGINS: 'https://a.example.com, http://localhost:5173/' }).CORS_ORIGINS,
    ).toEqual(['https://a.example.com', 'http://localhost:5173']);
  });

  it('reads notification, SMTP and OIDC settings', () => {
    const config = loadConfig({
      SMTP_URL: 'smtp://127.0.0.1:2525',
      OIDC_ISSUER: 'http://127.0.0.1:4000',
      OIDC_CLIENT_ID: 'stint',
      OIDC_CLIENT_SECRET: 'secret',
      OIDC_ROLE_MAP: 'stint-admins:ADMIN, /stint/pms:pm',
      LOCAL_LOGIN: 'false',
    });
    expect(config).toMatchObject({
      PUBLIC_URL: 'http://127.0.0.1:3000',
      SMTP_URL: 'smtp://127.0.0.1:2525',
      OIDC_ROLE_CLAIM: 'groups',
      LOCAL_LOGIN: false,
      OIDC_ROLE_MAP: [
        { group: 'stint-admins', role: 'ADMIN' },
        { group: '/stint/pms', role: 'PM' },
      ],
    });
    expect(loadConfig({}).SMTP_URL).toBeUndefined();
    expect(loadConfig({ PUBLIC_URL: 'https://stint.example.com/' }).PUBLIC_URL).toBe(
      'https://stint.example.com',
    );
  });

  it('reads replica URLs as a list, none by default', () => {
    expect(loadConfig({}).DATABASE_REPLICA_URLS).toEqual([]);
    expect(
      loadConfig({ DATABASE_REPLICA_URLS: 'postgres://r1:5432/s, postgres://u:p@r2/s' })
        .DATABASE_REPLICA_URLS,
    ).toEqual(['postgres://r1:5432/s', 'postgres://u:p@r2/s']);
  });

  it('trusts no proxy unless TRUST_PROXY says which', () => {
    expect(loadConfig({}).TRUST_PROXY).toBe(0);
    expect(loadConfig({ TRUST_PROXY: '1' }).TRUST_PROXY).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, loopback' }).TRUST_PROXY).toEqual([
      '10.0.0.0/8',
      'loopback',
    ]);
  });

  it.each([
    [{ TRUST_PROXY: 'everyone' }, 'TRUST_PROXY', 'hop count'],
    [
      { DATABASE_REPLICA_URLS: 'postgres://r1/s,mysql://u:secret@r2/s' },
      'DATABASE_REPLICA_URLS',
      'entry 2 is not',
    ],
    [{ DB_REPLICA_MAX_LAG_MS: 'soon' }, 'DB_REPLICA_MAX_LAG_MS', 'whole number'],
    [{ DB_STATEMENT_TIMEOUT_MS: '-1' }, 'DB_STATEMENT_TIMEOUT_MS', 'whole number'],
    [{ SMTP_URL: 'http://mail' }, 'SMTP_URL', 'smtp://'],
    [{ PUBLIC_URL: 'stint.example.com' }, 'PUBLIC_URL', 'http://'],
    [{ OIDC_ISSUER: 'https://idp.example.com' }, 'OIDC_CLIENT_ID', 'must be set when OIDC_ISSUER'],
    [
      {
        OIDC_ISSUER: 'https://i.example',
        OIDC_CLIENT_ID: 'a',
        OIDC_CLIENT_SECRET: 'b',
        OIDC_ROLE_MAP: 'admins=ADMIN',
      },
      'OIDC_ROLE_MAP',
      'group:ROLE',
    ],
    [{ LOCAL_LOGIN: 'false' }, 'LOCAL_LOGIN', 'only be false when OIDC_ISSUER'],
    [{ GRAPHQL_INTROSPECTION: 'sometimes' }, 'GRAPHQL_INTROSPECTION', 'must be true or false'],
    [{ CORS_ORIGINS: '*' }, 'CORS_ORIGINS', 'comma-separated list of origins'],
    [
      { CORS_ORIGINS: 'https://a.example.com/app' },
      'CORS_ORIGINS',
      'not "https://a.example.com/app"',
    ],
    [{ CORS_ORIGINS: 'ftp://a.example.com' }, 'CORS_ORIGINS', 'comma-separated list of origins'],
    [{ PORT: 'abc' }, 'PORT', 'must be a whole number between 1 and 65535 (got "abc")'],
    [{ PORT: '70000' }, 'PORT', 'must be a whole number between 1 and 65535 (got "70000")'],
    [{ DATABASE_URL: 'mysql://x/y' }, 'DATABASE_URL', 'must be a postgres://'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL', 'must be a postgres://'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV', ''],
    [{ DB_MIGRATE_ON_START: 'maybe' }, 'DB_MIGRATE_ON_START', 'must be true or false'],
    [{ STINT_ADMIN_EMAIL: 'admin@example.com' }, 'STINT_ADMIN_PASSWORD', 'must be set together'],
    [
      { STINT_ADMIN_EMAIL: 'nope', STINT_ADMIN_PASSWORD: 'long-enough-pass' },
      'STINT_ADMIN_EMAIL',
      'e-mail',
    ],
    [
      { STINT_ADMIN_EMAIL: 'a@b.example', STINT_ADMIN_PASSWORD: 'short' },
      'STINT_ADMIN_PASSWORD',
      'at least 12',
    ],
  ])('rejects %j naming the variable', (env, variable, message) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    expect((error as ConfigError).message).toContain(message);
  });

  it('never echoes a database URL, which may hold a password', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://u:secret@h/db' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('secret') }),
    );
    expect(() => loadConfig({ DATABASE_REPLICA_URLS: 'postgres://u:secret@h' })).not.toThrow();
    expect(() => loadConfig({ DATABASE_REPLICA_URLS: 'x://u:secret@h' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('secret') }),
    );
  });
});
