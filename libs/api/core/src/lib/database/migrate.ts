import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';
import { ANALYTICS_ROLLUPS } from './rollups';

/**
 * Applies every pending migration; returns the names applied. After any, the analytics rollups
 * are vacuumed and analysed: a migration that rewrites one leaves its visibility map unset, and
 * the reads that scan an index alone (outcomes' spans, the coverage cells) would fetch every
 * heap page until autovacuum came round (as `npm run analytics:rebuild` and the loader do).
 */
export async function migrateUp(url: string): Promise<string[]> {
  const ds = await new DataSource({
    ...dataSourceOptions({ url, poolSize: 2 }),
    logging: ['error'],
  }).initialize();
  try {
    const applied = await ds.runMigrations({ transaction: 'each' });
    if (applied.length > 0) {
      await ds.query(`VACUUM (ANALYZE) ${ANALYTICS_ROLLUPS.flatMap((r) => r.tables).join(', ')}`);
    }
    return applied.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}

/** Reverts the last `steps` migrations (all of them with Infinity); returns how many. */
export async function migrateDown(url: string, steps = 1): Promise<number> {
  const ds = await new DataSource({
    ...dataSourceOptions({ url, poolSize: 2 }),
    logging: ['error'],
  }).initialize();
  try {
    let reverted = 0;
    while (reverted < steps) {
      const executed = await ds
        .query(`SELECT count(*)::int AS n FROM typeorm_migrations`)
        .catch(() => [{ n: 0 }]);
      if (executed[0].n === 0) break;
      await ds.undoLastMigration({ transaction: 'each' });
      reverted += 1;
    }
    return reverted;
  } finally {
    await ds.destroy();
  }
}
