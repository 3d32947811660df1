import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  EmbeddedPostgresError,
  startEmbeddedPostgres,
  type RunningPostgres,
} from '../lib/database/embedded-postgres';
import { probePort } from '../lib/net/probe-port';

declare global {
  var __STINT_TEST_PG__: { server: RunningPostgres; scratchDir?: string } | undefined;
}

const DEFAULT_PORT = 54339;

async function freePort(from: number): Promise<number> {
  for (let port = from; port < from + 200; port++) {
    if ((await probePort(port, '127.0.0.1')) === undefined) return port;
  }
  throw new Error('no free port for a test PostgreSQL');
}

/**
 * Starts the embedded PostgreSQL used by test runs (`.data/test-postgres`). When another test
 * run already holds that cluster, this run gets a throwaway one of its own in a temp folder.
 */
export async function startTestPostgres(
  root: string,
): Promise<{ server: RunningPostgres; scratchDir?: string }> {
  try {
    const server = await startEmbeddedPostgres({
      dataDir: path.join(root, '.data', 'test-postgres'),
      port: Number(process.env['STINT_TEST_PG_PORT'] ?? DEFAULT_PORT),
      database: 'postgres',
    });
    return { server };
  } catch (error) {
    if (!(error instanceof EmbeddedPostgresError)) throw error;
    const scratchDir = mkdtempSync(path.join(os.tmpdir(), 'stint-test-pg-'));
    const server = await startEmbeddedPostgres({
      dataDir: path.join(scratchDir, 'data'),
      port: await freePort(DEFAULT_PORT + 1),
      database: 'postgres',
    });
    return { server, scratchDir };
  }
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
  globalThis.__STINT_TEST_PG__ = await startTestPostgres(path.resolve(__dirname, '../../../../..'));
  process.env['STINT_TEST_ADMIN_URL'] = globalThis.__STINT_TEST_PG__.server.url;
}

export function removeScratch(scratchDir: string | undefined): void {
  if (scratchDir) rmSync(scratchDir, { recursive: true, force: true });
}
