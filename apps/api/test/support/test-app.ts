import type { NestExpressApplication } from '@nestjs/platform-express';
import { Client } from 'pg';
import { hashPassword } from '@stint/api-auth';
import { loadConfig } from '@stint/api-core';
import type { UserRole } from '@stint/domain';
import { createTestDatabase, type TestDatabase } from '@stint/api-core/testing';
import { createApp } from '../../src/app/create-app';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: (string | number)[] }[];
}

export interface TestApp {
  url: string;
  database: TestDatabase;
  /** A direct connection to the app's database, for arranging rows and checking them. */
  db: Client;
  app: NestExpressApplication;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  /** Creates an account with this role and signs it in; returns headers that carry the session. */
  signIn(role: UserRole, options?: { personId?: string; email?: string }): Promise<SignedIn>;
  close(): Promise<void>;
}

export interface SignedIn {
  userId: string;
  email: string;
  headers: Record<string, string>;
}

export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;
let accounts = 0;

/**
 * Boots the real Nest app on a fresh migrated database and talks to it over HTTP.
 * `env` adds or overrides configuration variables (e.g. STINT_ADMIN_EMAIL).
 */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    STINT_DEMO_DATA: 'false',
    WEB_DIST_DIR: '/nonexistent',
    LOG_LEVEL: 'error',
    // Tests run the notification scan themselves, on the day they choose.
    NOTIFICATION_SCAN_INTERVAL_MS: '0',
    // A full `npm test` runs the API suites, browsers and the embedded server at once on two
    // cores; a pool connection once took longer than the production default of 5 s there and
    // failed a whole suite's setup. Specs about the timeout set their own.
    DB_CONNECT_TIMEOUT_MS: '20000',
    ...env,
  });
  const app = await createApp(config, database.url);
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const db = new Client({ connectionString: database.url });
  await db.connect();
  // Tests that simulate outages cut this connection too; that must not crash the run.
  db.on('error', () => undefined);

  const testApp: TestApp = {
    url,
    database,
    db,
    app,
    async gql(query, variables, headers) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GraphQLResponse, 'status'>;
      return { status: response.status, ...body } as GraphQLResponse<never>;
    },
    async signIn(role, options = {}) {
      passwordHash ??= hashPassword(TEST_PASSWORD);
      accounts += 1;
      const email = options.email ?? `${role.toLowerCase()}${accounts}@stint.test`;
      const { rows } = await db.query<{ id: string }>(
        `INSERT INTO user_account (email, display_name, role, password_hash, person_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [email, `${role} ${accounts}`, role, await passwordHash, options.personId ?? null],
      );
      const response = await testApp.gql<{ login: { token: string } }>(
        'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
        { email, password: TEST_PASSWORD },
      );
      if (!response.data?.login)
        throw new Error(`sign-in failed: ${JSON.stringify(response.errors)}`);
      return {
        userId: rows[0].id,
        email,
        headers: { authorization: `Bearer ${response.data.login.token}` },
      };
    },
    async close() {
      await db.end().catch(() => undefined);
      await app.close();
      await database.drop();
    },
  };
  return testApp;
}
