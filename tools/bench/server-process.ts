// The client's side of the benchmark server (bench-server.ts): forks it, waits until it listens,
// and asks it, between timed requests, for the statements a request sent to PostgreSQL.
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface Captured {
  text: string;
  values: unknown[];
}

export type ToServer = { type: 'capture' } | { type: 'collect' } | { type: 'stop' };
export type ToClient =
  | { type: 'ready'; url: string; pid: number }
  | { type: 'capturing' }
  | { type: 'captured'; statements: Captured[] };

export interface BenchServer {
  /** The GraphQL endpoint. */
  url: string;
  pid: number;
  /** Start counting statements (resolves once the server counts). */
  capture(): Promise<void>;
  /** The statements sent since capture(), and stop counting. */
  collect(): Promise<Captured[]>;
  stop(): Promise<void>;
}

export async function startBenchServer(dbUrl: string): Promise<BenchServer> {
  // fork() reuses this process's execArgv: run-ts's ts-node and tsconfig-paths hooks.
  const child: ChildProcess = fork(path.join(__dirname, 'bench-server.ts'), [], {
    env: { ...process.env, BENCH_DATABASE_URL: dbUrl, NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const next = <T extends ToClient['type']>(type: T) =>
    new Promise<Extract<ToClient, { type: T }>>((resolve, reject) => {
      const onMessage = (message: ToClient) => {
        if (message.type !== type) return;
        child.off('message', onMessage);
        resolve(message as Extract<ToClient, { type: T }>);
      };
      child.on('message', onMessage);
      void exited.then((code) => reject(new Error(`bench server exited (${code})`)));
    });
  const send = (message: ToServer) => {
    child.send(message);
  };
  const ready = await next('ready');
  return {
    url: ready.url,
    pid: ready.pid,
    async capture() {
      const reply = next('capturing');
      send({ type: 'capture' });
      await reply;
    },
    async collect() {
      const reply = next('captured');
      send({ type: 'collect' });
      return (await reply).statements;
    },
    async stop() {
      if (child.exitCode !== null) return;
      send({ type: 'stop' });
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
