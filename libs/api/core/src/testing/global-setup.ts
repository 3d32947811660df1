import path from 'node:path';
import { startEmbeddedPostgres, type RunningPostgres } from '../lib/database/embedded-postgres';

declare global {
  var __STINT_TEST_PG__: RunningPostgres | undefined;
}

/**
 * Gives every test worker a real PostgreSQL server through STINT_TEST_ADMIN_URL: the one
 * `npm test` already started, DATABASE_URL's server, or an embedded one started here.
 * Each test file then makes and drops its own database on it (see test-database.ts).
 */
export default async function globalSetup(): Promise<void> {
  if (process.env['STINT_TEST_ADMIN_URL']) return;
  if (process.env['DATABASE_URL']) {
    process.env['STINT_TEST_ADMIN_URL'] = process.env['DATABASE_URL'];
    return;
  }
  const root = path.resolve(__dirname, '../../../../..');
  const server = await startEmbeddedPostgres({
    dataDir: path.join(root, '.data', 'test-postgres'),
    port: Number(process.env['STINT_TEST_PG_PORT'] ?? 54339),
    database: 'postgres',
  });
  process.env['STINT_TEST_ADMIN_URL'] = server.url;
  globalThis.__STINT_TEST_PG__ = server;
}
