// npm run seed -- --size demo|large|xl [--seed 42] [--anchor 2026-11-01]
// Migrates, then loads a generated organisation into DATABASE_URL, or into the embedded
// PostgreSQL that `npm start` uses when DATABASE_URL is not set. The database must be empty.
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { Client } from 'pg';
import { loadConfig, migrateUp, withDatabase } from '@stint/api-core';
import { isIsoDate } from '@stint/domain';
import {
  generateOrganisation,
  isOrganisationSize,
  loadOrganisation,
  ORGANISATION_SIZES,
  type GenerateOptions,
} from '@stint/generator';

const USAGE = `usage: npm run seed -- --size ${ORGANISATION_SIZES.join('|')} [--seed N] [--anchor YYYY-MM-DD]`;

class UsageError extends Error {}

/** The first day of the current month (UTC): history is built around "now". */
function defaultAnchor(now = new Date()): string {
  return `${now.toISOString().slice(0, 7)}-01`;
}

function readArgs(argv: string[]): { size: string; seed: string; anchor?: string } {
  try {
    return parseArgs({
      args: argv,
      options: {
        size: { type: 'string', default: 'demo' },
        seed: { type: 'string', default: '1' },
        anchor: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}; ${USAGE}`);
  }
}

function parseOptions(argv: string[]): GenerateOptions {
  const { size, seed, anchor = defaultAnchor() } = readArgs(argv);
  if (!isOrganisationSize(size))
    throw new UsageError(`--size must be one of ${ORGANISATION_SIZES.join(', ')} (got "${size}")`);
  if (!/^\d{1,9}$/.test(seed))
    throw new UsageError(`--seed must be a whole number (got "${seed}")`);
  if (!isIsoDate(anchor))
    throw new UsageError(`--anchor must be a date like 2026-11-01 (got "${anchor}")`);
  return { size, seed: Number(seed), anchor };
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const config = loadConfig();
  const started = Date.now();

  await withDatabase(config, async (url) => {
    const applied = await migrateUp(url);
    if (applied.length > 0) console.log(`Applied migrations: ${applied.join(', ')}`);

    const generatedAt = Date.now();
    const org = generateOrganisation(options);
    console.log(
      `Generated "${options.size}" (seed ${options.seed}, anchor ${options.anchor}) in ${seconds(Date.now() - generatedAt)}`,
    );

    const client = new Client({ connectionString: url, application_name: 'stint-seed' });
    await client.connect();
    const bar = new SingleBar({
      format: 'Loading {table} |{bar}| {percentage}% | {value}/{total} rows',
      hideCursor: true,
      clearOnComplete: false,
    });
    try {
      let barStarted = false;
      const summary = await loadOrganisation(client, org, {
        onProgress: ({ table, done, total }) => {
          const padded = table.padEnd(16);
          if (!barStarted) {
            bar.start(total, done, { table: padded });
            barStarted = true;
          } else {
            bar.update(done, { table: padded });
          }
        },
      });
      bar.stop();
      for (const [table, count] of Object.entries(summary.counts)) {
        console.log(`  ${table.padEnd(18)} ${count.toLocaleString('en-US').padStart(9)}`);
      }
      console.log(
        `Loaded in ${seconds(summary.elapsedMs)}; total ${seconds(Date.now() - started)}.`,
      );
    } finally {
      bar.stop();
      await client.end();
    }
  });
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`seed: ${message}`);
  process.exit(error instanceof UsageError ? 2 : 1);
});
