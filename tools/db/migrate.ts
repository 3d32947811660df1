// npm run db:migrate | db:revert [-- --all]
// Uses DATABASE_URL, or the embedded PostgreSQL that `npm start` uses when it is not set.
import { loadConfig, migrateDown, migrateUp, withDatabase } from '@stint/api-core';

async function main(): Promise<void> {
  const direction = process.argv[2];
  const all = process.argv.includes('--all');
  const config = loadConfig();
  await withDatabase(config, async (url) => {
    if (direction === 'up') {
      const applied = await migrateUp(url);
      console.log(
        applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.',
      );
    } else if (direction === 'down') {
      const reverted = await migrateDown(url, all ? Infinity : 1);
      console.log(reverted ? `Reverted ${reverted} migration(s).` : 'Nothing to revert.');
    } else {
      throw new Error('usage: migrate.ts up|down [--all]');
    }
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
