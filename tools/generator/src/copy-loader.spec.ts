// Loads the demo organisation into real PostgreSQL databases created for this run.
// Needs STINT_TEST_ADMIN_URL (postgres://user:pass@host:port/postgres): the test runner sets it.
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { migrateUp } from '@stint/api-core';
import { DatabaseNotEmptyError, loadOrganisation, type LoadProgress } from './copy-loader';
import { INVARIANT_QUERIES } from './invariants';
import { generateOrganisation } from './organisation';
import { seedDemoIfEmpty } from './seed-demo';
import { TABLE_ORDER, type TableName } from './types';

const ANCHOR = '2026-11-01';
const ADMIN_URL = process.env.STINT_TEST_ADMIN_URL;

jest.setTimeout(120_000);

function urlFor(database: string): string {
  if (!ADMIN_URL) throw new Error('STINT_TEST_ADMIN_URL is not set');
  const url = new URL(ADMIN_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Per-table checksums computed by PostgreSQL from the stored rows, in a stable order. */
async function checksums(client: Client): Promise<Record<TableName, string>> {
  const result = {} as Record<TableName, string>;
  for (const table of TABLE_ORDER) {
    const order = table === 'pmo_director' ? 't.pmo_id, t.user_id' : 't.id';
    const { rows } = await client.query<{ sum: string }>(
      `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY ${order}), '')) AS sum FROM ${table} t`,
    );
    result[table] = rows[0].sum;
  }
  return result;
}

describe('loadOrganisation into PostgreSQL', () => {
  const suffix = `${process.pid}_${randomBytes(3).toString('hex')}`;
  const names = ['a', 'b', 'c'].map((n) => `stint_gen_test_${suffix}_${n}`);
  const clients: Client[] = [];
  let admin: Client | undefined;

  beforeAll(async () => {
    if (!ADMIN_URL) {
      throw new Error(
        'STINT_TEST_ADMIN_URL is not set: this suite creates throwaway databases through it ' +
          '(e.g. STINT_TEST_ADMIN_URL=postgres://postgres@127.0.0.1:5432/postgres).',
      );
    }
    admin = new Client({ connectionString: ADMIN_URL });
    await admin.connect();
    for (const name of names) {
      await admin.query(`CREATE DATABASE ${name}`);
      await migrateUp(urlFor(name));
      const client = new Client({ connectionString: urlFor(name) });
      await client.connect();
      clients.push(client);
    }
  });

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.end()));
    if (admin) {
      for (const name of names) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });

  it('loads the same rows twice for the same seed, and reports progress to the end', async () => {
    const [a, b] = clients;
    const progress: LoadProgress[] = [];
    const org = generateOrganisation({ size: 'demo', seed: 7, anchor: ANCHOR });
    const summary = await loadOrganisation(a, org, { onProgress: (p) => progress.push(p) });
    await loadOrganisation(b, generateOrganisation({ size: 'demo', seed: 7, anchor: ANCHOR }));

    expect(summary.counts.person).toBe(400);
    const last = progress[progress.length - 1];
    expect(last.done).toBe(last.total);
    const { rows } = await a.query<{ n: number }>('SELECT count(*)::int AS n FROM rotation');
    expect(rows[0].n).toBe(org.tables.rotation.length);

    const [sumA, sumB] = await Promise.all([checksums(a), checksums(b)]);
    expect(sumA).toEqual(sumB);
  });

  it('breaks none of the invariants', async () => {
    const [a] = clients;
    const violations: Record<string, number> = {};
    for (const [name, sql] of Object.entries(INVARIANT_QUERIES)) {
      const { rows } = await a.query<{ n: number }>(sql, sql.includes('$1') ? [ANCHOR] : []);
      violations[name] = rows[0].n;
    }
    expect(violations).toEqual(
      Object.fromEntries(Object.keys(INVARIANT_QUERIES).map((k) => [k, 0])),
    );
  });

  it('refuses to load over existing data and leaves it untouched', async () => {
    const [a] = clients;
    const before = await checksums(a);
    await expect(
      loadOrganisation(a, generateOrganisation({ size: 'demo', seed: 8, anchor: ANCHOR })),
    ).rejects.toBeInstanceOf(DatabaseNotEmptyError);
    expect(await checksums(a)).toEqual(before);
  });

  it('rolls everything back when a row is rejected', async () => {
    const [, , c] = clients;
    const org = generateOrganisation({ size: 'demo', seed: 9, anchor: ANCHOR });
    const broken = {
      ...org,
      tables: { ...org.tables, rotation: [...org.tables.rotation, org.tables.rotation[0]] },
    };
    await expect(loadOrganisation(c, broken)).rejects.toThrow(/loading rotation failed/);
    const { rows } = await c.query<{ n: number }>('SELECT count(*)::int AS n FROM department');
    expect(rows[0].n).toBe(0);
  });

  it('seeds the demo (seed 1) only into an empty database', async () => {
    const [a, , c] = clients;
    expect(await seedDemoIfEmpty(a, ANCHOR)).toBe(false);
    expect(await seedDemoIfEmpty(c, ANCHOR)).toBe(true);
    expect(await seedDemoIfEmpty(c, ANCHOR)).toBe(false);
    const { rows } = await c.query<{ email: string }>(
      'SELECT email FROM user_account ORDER BY email',
    );
    expect(rows.map((r) => r.email)).toEqual(
      expect.arrayContaining([
        'admin@stint.example',
        'director@stint.example',
        'hr@stint.example',
        'pm@stint.example',
        'pm2@stint.example',
      ]),
    );
  });
});
