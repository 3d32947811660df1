// npm test: every project's lint, typecheck and Jest tests (unit and integration against a
// real PostgreSQL), then the browser journeys. Uses DATABASE_URL's server when set; otherwise
// starts the embedded PostgreSQL once for the whole run and stops it at the end.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { removeScratch, startTestPostgres } from '@stint/api-core/testing';

const root = path.resolve(__dirname, '../..');
const resultsDir = path.join(root, 'tmp', 'test-results');

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

interface JestSummary {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
}

function summarise(): JestSummary {
  const totals = { numPassedTests: 0, numFailedTests: 0, numPendingTests: 0 };
  for (const file of readdirSync(resultsDir).filter((f) => f.endsWith('.json'))) {
    const result = JSON.parse(readFileSync(path.join(resultsDir, file), 'utf8')) as JestSummary;
    totals.numPassedTests += result.numPassedTests;
    totals.numFailedTests += result.numFailedTests;
    totals.numPendingTests += result.numPendingTests;
  }
  return totals;
}

async function main(): Promise<number> {
  rmSync(resultsDir, { recursive: true, force: true });
  mkdirSync(resultsDir, { recursive: true });

  let server: Awaited<ReturnType<typeof startTestPostgres>> | undefined;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TZ: 'UTC',
    NX_DAEMON: 'false',
    FORCE_COLOR: process.env['FORCE_COLOR'] ?? '0',
  };
  if (process.env['DATABASE_URL']) {
    env['STINT_TEST_ADMIN_URL'] = process.env['DATABASE_URL'];
  } else {
    server = await startTestPostgres(root);
    env['STINT_TEST_ADMIN_URL'] = server.server.url;
  }

  try {
    const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);
    const nx = bin('nx');
    // Prettier owns the format; a file it would rewrite fails the run (npm run format fixes it).
    const formatted = await run(bin('prettier'), ['--check', '--log-level', 'warn', '.'], env);
    if (formatted !== 0) return formatted;
    // Generate the web's typed documents once, up front: otherwise tasks that do not depend on
    // them can hash or read the folder while codegen rewrites it.
    const generated = await run(
      nx,
      ['run', 'web-data-access:codegen', '--output-style=stream'],
      env,
    );
    if (generated !== 0) return generated;
    const code = await run(
      nx,
      ['run-many', '-t', 'lint', 'typecheck', 'test', '--output-style=stream'],
      env,
    );
    const totals = summarise();
    process.stdout.write(
      `\n${totals.numPassedTests} passed, ${totals.numFailedTests} failed, ${totals.numPendingTests} skipped\n`,
    );
    return code;
  } finally {
    await server?.server.stop();
    removeScratch(server?.scratchDir);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
