import { Client } from 'pg';
import { ANALYTICS_ROLLUPS, migrateUp } from '@stint/api-core';
import { createTestDatabase, type TestDatabase } from '@stint/api-core/testing';

const ROLLUP_TABLES = ANALYTICS_ROLLUPS.flatMap((r) => r.tables);

/** How many times each rollup table has been vacuumed by hand (not by autovacuum). */
async function vacuums(url: string): Promise<Record<string, number>> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    const { rows } = await db.query<{ relname: string; n: number }>(
      `SELECT relname, vacuum_count::int AS n FROM pg_stat_user_tables WHERE relname = ANY($1)`,
      [ROLLUP_TABLES],
    );
    return Object.fromEntries(rows.map((r) => [r.relname, r.n]));
  } finally {
    await db.end();
  }
}

/**
 * Migrations that rewrite a rollup leave its visibility map unset: the analytics reads that scan
 * an index alone would visit every heap page until autovacuum came round. Applying migrations
 * therefore vacuums the rollups — and only when some were applied (a start-up with nothing to
 * apply costs nothing).
 */
describe('applying migrations', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase({ migrate: false });
  });
  afterAll(() => database.drop());

  it('vacuums and analyses every analytics rollup after applying some, and not when none are pending', async () => {
    expect((await migrateUp(database.url)).length).toBeGreaterThan(0);
    const after = await vacuums(database.url);
    expect(Object.keys(after).sort()).toEqual([...ROLLUP_TABLES].sort());
    for (const table of ROLLUP_TABLES) expect({ table, n: after[table] }).toEqual({ table, n: 1 });

    expect(await migrateUp(database.url)).toEqual([]);
    expect(await vacuums(database.url)).toEqual(after);
  });
});
