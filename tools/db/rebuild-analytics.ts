// npm run analytics:rebuild
// Recomputes every analytics rollup from the base tables (docs/decisions.md, "Coverage reads a
// history-aware rollup" and "Seat fill reads a rollup"). The rollups are kept right by triggers
// in every write's transaction, so this is for repair: after restoring base tables from a backup,
// after editing them with triggers disabled, or to prove nothing drifted (it prints, per table,
// whether the rebuild changed it). Each rollup's SQL function analytics_rebuild_<name>() runs in a
// transaction of its own (ANALYTICS_ROLLUPS) under the advisory lock the triggers take, so the app
// may keep running. Uses DATABASE_URL, or the embedded PostgreSQL that `npm start` uses.
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { ANALYTICS_ROLLUPS, loadConfig, withDatabase } from '@stint/api-core';

/** Rollup table → a fingerprint of its rows, to report whether a rebuild changed anything. */
const FINGERPRINT = (table: string) =>
  `SELECT count(*)::int AS n, coalesce(md5(string_agg(t::text, ',' ORDER BY t::text)), '') AS hash FROM ${table} t`;

async function main(): Promise<void> {
  const config = loadConfig();
  await withDatabase(config, async (url) => {
    const db = new Client({ connectionString: url });
    await db.connect();
    try {
      for (const { rebuild: name, tables } of ANALYTICS_ROLLUPS) {
        const before = await Promise.all(
          tables.map(async (t) => (await db.query(FINGERPRINT(t))).rows[0]),
        );
        const started = performance.now();
        await db.query('BEGIN');
        try {
          await db.query(`SELECT ${name}()`);
          await db.query('COMMIT');
        } catch (error) {
          await db.query('ROLLBACK');
          throw error;
        }
        // A rebuild rewrites every row: reclaim the old versions and refresh the planner's
        // statistics before the app reads the tables again.
        for (const table of tables) await db.query(`VACUUM (ANALYZE) ${table}`);
        const ms = performance.now() - started;
        const after = await Promise.all(
          tables.map(async (t) => (await db.query(FINGERPRINT(t))).rows[0]),
        );
        const drift = tables.filter((_, i) => before[i].hash !== after[i].hash);
        const sizes = tables.map((t, i) => `${t} ${after[i].n} rows`).join(', ');
        console.log(
          `${name}: ${(ms / 1000).toFixed(1)} s; ${sizes}; ${
            drift.length
              ? `CHANGED ${drift.join(', ')} (they had drifted from the base tables)`
              : 'nothing had drifted'
          }`,
        );
      }
    } finally {
      await db.end();
    }
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
