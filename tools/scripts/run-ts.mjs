#!/usr/bin/env node
// Runs a TypeScript tool script (seed, migrate, bench) without a build step: ts-node with the
// swc transpiler (fast, keeps decorator metadata) and workspace aliases from tsconfig.base.json.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const [script, ...args] = process.argv.slice(2);
if (!script) {
  console.error('usage: run-ts.mjs <script.ts> [args...]');
  process.exit(2);
}

const child = spawn(
  process.execPath,
  [
    '--enable-source-maps',
    '-r',
    require.resolve('ts-node/register'),
    '-r',
    require.resolve('tsconfig-paths/register'),
    path.resolve(root, script),
    ...args,
  ],
  {
    stdio: 'inherit',
    env: {
      ...process.env,
      TS_NODE_PROJECT: path.join(root, 'tools/tsconfig.json'),
      // tsconfig-paths needs a base for the aliases (TypeScript 6 itself no longer uses baseUrl).
      TS_NODE_BASEURL: root,
      TS_NODE_SWC: 'true',
      TS_NODE_TRANSPILE_ONLY: 'true',
      TS_NODE_FILES: 'false',
    },
  },
);
// Ctrl-C reaches the child through the terminal's process group; wait for it to finish cleanly.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
