// node tools/scripts/run-ts.mjs tools/seed/check-invariants.ts --anchor 2026-11-01
// Counts, in SQL, the rows of a seeded database that break an invariant (all should be 0).
// Uses DATABASE_URL; exits non-zero when anything is broken.
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { isIsoDate } from '@stint/domain';
import { INVARIANT_QUERIES } from '@stint/generator';

async function main(): Promise<number> {
  const { anchor } = parseArgs({ options: { anchor: { type: 'string' } } }).values;
  if (!anchor || !isIsoDate(anchor))
    throw new Error('usage: check-invariants.ts --anchor YYYY-MM-DD (the seed anchor)');
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set');
  const client = new Client({ connectionString: url });
  await client.connect();
  let broken = 0;
  try {
    for (const [name, sql] of Object.entries(INVARIANT_QUERIES)) {
      const { rows } = await client.query<{ n: number }>(sql, sql.includes('$1') ? [anchor] : []);
      broken += rows[0].n;
      console.log(`${name.padEnd(30)} ${rows[0].n}`);
    }
  } finally {
    await client.end();
  }
  return broken === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`check-invariants: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
