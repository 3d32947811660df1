import path from 'node:path';
import type { StintConfig } from '../config/config';
import { startEmbeddedPostgres, type RunningPostgres } from './embedded-postgres';

/** Where the embedded cluster keeps its files, under STINT_DATA_DIR. */
export function embeddedDataDir(config: Pick<StintConfig, 'STINT_DATA_DIR'>): string {
  return path.resolve(config.STINT_DATA_DIR, 'postgres');
}

/**
 * Resolves the database to use: DATABASE_URL when set, else the embedded cluster (started
 * here, and stopped when the caller's work is done). For short-lived tools.
 */
export async function withDatabase<T>(
  config: StintConfig,
  work: (url: string, embedded?: RunningPostgres) => Promise<T>,
): Promise<T> {
  if (config.DATABASE_URL) return work(config.DATABASE_URL);
  const embedded = await startEmbeddedPostgres({
    dataDir: embeddedDataDir(config),
    port: config.EMBEDDED_PG_PORT,
    database: 'stint',
  });
  try {
    return await work(embedded.url, embedded);
  } finally {
    await embedded.stop();
  }
}
