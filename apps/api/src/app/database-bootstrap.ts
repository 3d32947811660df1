import { Client } from 'pg';
import {
  embeddedDataDir,
  EmbeddedPostgresError,
  migrateUp,
  startEmbeddedPostgres,
  type RunningPostgres,
  type StintConfig,
} from '@stint/api-core';

export class StartupError extends Error {}

export interface ResolvedDatabase {
  url: string;
  embedded?: RunningPostgres;
  /** host:port/db, safe to print (no credentials). */
  label: string;
}

function describe(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || 5432}${u.pathname}`;
}

/** DATABASE_URL when set; otherwise the project's own embedded PostgreSQL. */
export async function resolveDatabase(
  config: StintConfig,
  log: (line: string) => void,
): Promise<ResolvedDatabase> {
  if (config.DATABASE_URL) {
    await assertReachable(config.DATABASE_URL, config.DB_CONNECT_TIMEOUT_MS);
    return { url: config.DATABASE_URL, label: describe(config.DATABASE_URL) };
  }
  const dataDir = embeddedDataDir(config);
  try {
    const embedded = await startEmbeddedPostgres({
      dataDir,
      port: config.EMBEDDED_PG_PORT,
      database: 'stint',
      // main.ts stops the database itself, after the server has finished its requests.
      stopOnSignals: false,
    });
    log(
      `${embedded.created ? 'Created and started' : 'Started'} the embedded PostgreSQL (data in ${dataDir})`,
    );
    return {
      url: embedded.url,
      embedded,
      label: `embedded PostgreSQL on 127.0.0.1:${config.EMBEDDED_PG_PORT}`,
    };
  } catch (error) {
    if (error instanceof EmbeddedPostgresError) throw new StartupError(error.message);
    throw error;
  }
}

async function assertReachable(url: string, timeoutMs: number): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new StartupError(
      `DATABASE_URL: cannot connect to ${describe(url)} (${reason || 'connection refused'})`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function applyMigrations(url: string, log: (line: string) => void): Promise<void> {
  try {
    const applied = await migrateUp(url);
    if (applied.length) log(`Applied ${applied.length} migration(s): ${applied.join(', ')}`);
  } catch (error) {
    throw new StartupError(
      `Migrations failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** Any constant: one start-up's migrations and demo load at a time, per database. */
export const STARTUP_LOCK = 0x5717_0002;

/**
 * Runs `work` (migrations, first-start data) while holding a PostgreSQL advisory lock, so
 * several instances starting at once against one database take turns: the first migrates and
 * loads, the others wait, then find nothing left to do and serve. A session lock on its own
 * connection: it is released when the work ends, or by PostgreSQL if this process dies.
 */
export async function withStartupLock<T>(
  url: string,
  log: (line: string) => void,
  work: () => Promise<T>,
): Promise<T> {
  const client = new Client({ connectionString: url, application_name: 'stint-startup' });
  client.on('error', () => undefined);
  await client.connect();
  try {
    const { rows } = await client.query<{ got: boolean }>(
      'SELECT pg_try_advisory_lock($1) AS got',
      [STARTUP_LOCK],
    );
    if (!rows[0]?.got) {
      log('Another instance is preparing the database; waiting for it');
      await client.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK]);
    }
    return await work();
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [STARTUP_LOCK]).catch(() => undefined);
    await client.end().catch(() => undefined);
  }
}
