#!/usr/bin/env node
// npm start: build the API and the dashboard (Nx caches both, so later starts skip this),
// then run the server. The server starts the embedded PostgreSQL when DATABASE_URL is unset.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
process.chdir(root);

const started = Date.now();
process.stdout.write(
  'Building Stint (the first start takes longest; later starts reuse the build)…\n',
);
const build = spawnSync(
  path.join(root, 'node_modules', '.bin', 'nx'),
  ['run-many', '-t', 'build', '-p', 'api', 'web', '--output-style=static'],
  { encoding: 'utf8', env: { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false' } },
);
if (build.status !== 0) {
  process.stderr.write(`${build.stdout ?? ''}${build.stderr ?? ''}`);
  process.stderr.write('stint: the build failed (output above)\n');
  process.exit(1);
}
process.stdout.write(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);

await import(pathToFileURL(path.join(root, 'dist/apps/api/apps/api/src/main.js')).href);
