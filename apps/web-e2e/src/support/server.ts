import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from '@stint/api-core/testing';

const ROOT = path.resolve(__dirname, '../../../..');

export interface RunningServer {
  url: string;
  database: TestDatabase;
  output: () => string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Runs the built server exactly as production does (migrations and demo data at start-up)
 * against a fresh, empty database, and waits until it reports ready.
 */
export async function startServer(
  env: Record<string, string> = {},
  options: {
    /** Runs on the migrated, empty database before the server starts (e.g. to load `large`). */
    prepare?: (databaseUrl: string) => Promise<void>;
  } = {},
): Promise<RunningServer> {
  const database = await createTestDatabase({ migrate: options.prepare !== undefined });
  await options.prepare?.(database.url);
  // A caller that must know the address beforehand (an OIDC redirect URL) passes PORT.
  const port = env['PORT'] ? Number(env['PORT']) : await freePort();
  let output = '';
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(ROOT, 'dist/apps/api/apps/api/src/main.js')],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'test',
        DATABASE_URL: database.url,
        PORT: String(port),
        HOST: '127.0.0.1',
        STINT_DEMO_DATA: 'true',
        WEB_DIST_DIR: path.join(ROOT, 'dist/apps/web'),
        LOG_LEVEL: 'warn',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 45_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited during start-up:\n${output}`);
    try {
      const response = await fetch(`${url}/health/ready`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`The server was not ready within 45 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }

  return {
    url,
    database,
    output: () => output,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      await database.drop();
    },
  };
}
