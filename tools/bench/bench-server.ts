// The API under benchmark, in a process of its own (forked by server-process.ts): the real Nest app
// (createApp, NODE_ENV=production), so the client that times requests does not share its event loop.
// It counts the statements a request causes by wrapping pg's Client.query and hands them to the
// client over the IPC channel, outside the timed request.
import './production-env';
import { Client, type QueryConfig } from 'pg';
import { loadConfig } from '@stint/api-core';
import { createApp } from '../../apps/api/src/app/create-app';
import type { Captured, ToClient, ToServer } from './server-process';

let capturing: Captured[] | null = null;
const originalQuery = Client.prototype.query;
(Client.prototype as unknown as { query: (...args: unknown[]) => unknown }).query = function (
  this: Client,
  ...args: unknown[]
) {
  if (capturing) {
    const [first, second] = args;
    if (typeof first === 'string')
      capturing.push({ text: first, values: Array.isArray(second) ? second : [] });
    else if (first && typeof first === 'object' && 'text' in first) {
      const config = first as QueryConfig;
      capturing.push({
        text: config.text,
        values: config.values ?? (Array.isArray(second) ? second : []),
      });
    }
  }
  return (originalQuery as unknown as (...a: unknown[]) => unknown).apply(this, args);
};

function send(message: ToClient): void {
  process.send?.(message);
}

async function main(): Promise<void> {
  const dbUrl = process.env['BENCH_DATABASE_URL'];
  if (!dbUrl || !process.send) throw new Error('bench-server runs forked, with BENCH_DATABASE_URL');
  const config = loadConfig({
    NODE_ENV: 'production',
    DATABASE_URL: dbUrl,
    STINT_DEMO_DATA: 'false',
    DB_MIGRATE_ON_START: 'false',
    WEB_DIST_DIR: '/nonexistent',
    LOG_LEVEL: 'error',
    COOKIE_SECURE: 'false',
    // The notification scan writes on its own timer; its statements would be counted (and
    // replayed) as part of whatever request was being timed.
    NOTIFICATION_SCAN_INTERVAL_MS: '0',
  });
  const app = await createApp(config, dbUrl);
  await app.listen(0, '127.0.0.1');
  const url = `${(await app.getUrl()).replace('[::1]', '127.0.0.1')}/graphql`;
  process.on('message', (message: ToServer) => {
    switch (message.type) {
      case 'capture':
        capturing = [];
        send({ type: 'capturing' });
        break;
      case 'collect':
        send({ type: 'captured', statements: capturing ?? [] });
        capturing = null;
        break;
      case 'stop':
        app.close().then(
          () => process.exit(0),
          () => process.exit(1),
        );
        break;
    }
  });
  send({ type: 'ready', url, pid: process.pid });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
