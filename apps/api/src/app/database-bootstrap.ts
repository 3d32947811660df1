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
