import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { Pool } from 'pg';
import { ConfigError, loadConfig, probePort, type StintConfig } from '@stint/api-core';
import { DEMO_LOGINS, seedDemoIfEmpty } from '@stint/generator';
import { todayIso } from '@stint/domain';
import { createApp } from './app/create-app';
import {
  applyMigrations,
  resolveDatabase,
  StartupError,
  withStartupLock,
  type ResolvedDatabase,
} from './app/database-bootstrap';

const logger = new Logger('Stint');
// Start-up progress is for the person at the terminal, whatever LOG_LEVEL filters.
const log = (line: string) => process.stdout.write(`stint: ${line}\n`);

/** Fails start-up with one line and a non-zero exit: no stack trace for an operator's mistake. */
function fail(message: string): never {
  process.stderr.write(`stint: ${message}\n`);
  process.exit(1);
}

async function loadDemo(url: string): Promise<boolean> {
  const pool = new Pool({ connectionString: url, max: 2 });
  try {
    // History is built around the first of the current month, so "today" stays believable.
    return await seedDemoIfEmpty(pool, `${todayIso().slice(0, 8)}01`);
  } finally {
    await pool.end();
  }
}

async function main(): Promise<void> {
  let config: StintConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(`configuration: ${error.message}`);
    throw error;
  }

  // Say so at once when the port is taken, before spending seconds on the database.
  if ((await probePort(config.PORT, config.HOST)) === 'EADDRINUSE') {
    fail(`PORT ${config.PORT} is in use on ${config.HOST}; stop the other server or set PORT`);
  }

  let database: ResolvedDatabase | undefined;
  const stopDatabase = async () => {
    await database?.embedded?.stop().catch(() => undefined);
  };

  try {
    database = await resolveDatabase(config, log);
    const url = database.url;
    if (config.DB_MIGRATE_ON_START || config.STINT_DEMO_DATA) {
      // Several instances may start at once on one database: one prepares it, the rest wait.
      await withStartupLock(url, log, async () => {
        if (config.DB_MIGRATE_ON_START) await applyMigrations(url, log);
        if (config.STINT_DEMO_DATA && (await loadDemo(url))) log('Loaded the demo organisation');
      });
    }
  } catch (error) {
    await stopDatabase();
    if (error instanceof StartupError) fail(error.message);
    throw error;
  }

  const app = await createApp(config, database.url);
  try {
    await app.listen(config.PORT, config.HOST);
  } catch (error) {
    await app.close().catch(() => undefined);
    await stopDatabase();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE')
      fail(`PORT ${config.PORT} is in use on ${config.HOST}; stop the other server or set PORT`);
    if (code === 'EACCES')
      fail(`PORT ${config.PORT} needs privileges on ${config.HOST}; choose a port above 1023`);
    throw error;
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal} received: finishing open requests and stopping`);
    await app.close().catch((error: unknown) => logger.error(String(error)));
    await stopDatabase();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  const host = config.HOST === '0.0.0.0' ? 'localhost' : config.HOST;
  const lines = [
    '',
    `Stint is running at http://${host}:${config.PORT}/  (GraphQL at /graphql)`,
    `Database: ${database.label}`,
  ];
  if (config.STINT_DEMO_DATA) {
    lines.push('Demo logins (password "stint-demo"):');
    for (const login of DEMO_LOGINS) lines.push(`  ${login.role.padEnd(8)} ${login.email}`);
  }
  lines.push('Press Ctrl-C to stop.', '');
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((error: unknown) => {
  process.stderr.write(
    `stint: could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
