import type { NestExpressApplication } from '@nestjs/platform-express';
import { Client } from 'pg';
import { loadConfig } from '@stint/api-core';
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
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/** Boots the real Nest app on a fresh migrated database and talks to it over HTTP. */
export async function startTestApp(): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    STINT_DEMO_DATA: 'false',
    WEB_DIST_DIR: '/nonexistent',
    LOG_LEVEL: 'error',
  });
  const app = await createApp(config, database.url);
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const db = new Client({ connectionString: database.url });
  await db.connect();
  // Tests that simulate outages cut this connection too; that must not crash the run.
  db.on('error', () => undefined);

  return {
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
    async close() {
      await db.end().catch(() => undefined);
      await app.close();
      await database.drop();
    },
  };
}
