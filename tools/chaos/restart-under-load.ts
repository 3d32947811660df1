// npm run chaos: restart PostgreSQL under load and prove no acknowledged write is lost.
//
// Starts its own embedded PostgreSQL (temp folder, 127.0.0.1) and the built server with the
// demo organisation, runs 6 clients for ~40 s (3 directors assigning and cancelling rotations,
// 3 PMs submitting and withdrawing requests, all reading between writes), stops PostgreSQL
// mid-run and starts it again on the same data folder and port, then prints: whether the
// server process stayed up, how long after PostgreSQL accepted connections again the success
// rate was back to ≥ 99%, and whether every acknowledged write exists, with no duplicates.
// Clients retry a failed write with the same Idempotency-Key, as a real client would.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres, type RunningPostgres } from '@stint/api-core';
import { addMonths, todayIso, windowEnd } from '@stint/domain';

const ROOT = path.resolve(__dirname, '../..');
const HOST = '127.0.0.1';
const RUN_MS = Number(process.env['CHAOS_RUN_MS'] ?? 40_000);
const STOP_AT_MS = Number(process.env['CHAOS_STOP_AT_MS'] ?? 12_000);
const DOWN_MS = Number(process.env['CHAOS_DOWN_MS'] ?? 5_000);
const DIRECTORS = 3;
const PMS = 3;
const PASSWORD = 'stint-demo';
const BUCKET_MS = 500;

const log = (line: string) => process.stdout.write(`chaos: ${line}\n`);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Attempt {
  at: number;
  /** Answered without a database or server failure (a CONFLICT or validation answer counts as served). */
  ok: boolean;
  internal?: boolean;
}
interface Ack {
  kind: 'assign' | 'cancel' | 'submit' | 'withdraw';
  id: string;
  client: string;
}

const attempts: Attempt[] = [];
const acks: Ack[] = [];
let t0 = 0;
const now = () => Date.now() - t0;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- GraphQL answers, read by shape
type Data = any;
interface Result {
  ok: boolean;
  data?: Data;
  error?: string;
  code?: string;
}

class Api {
  private token = '';
  constructor(
    private readonly url: string,
    readonly name: string,
  ) {}

  async login(email: string): Promise<void> {
    const result = await this.call(
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      { e: email, p: PASSWORD },
    );
    if (!result.ok) throw new Error(`login ${email}: ${result.error}`);
    this.token = (result.data as { login: { token: string } }).login.token;
  }

  /** One HTTP attempt; every attempt counts towards the success rate. */
  async call(
    query: string,
    variables: Record<string, unknown> = {},
    key?: string,
  ): Promise<Result> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (this.token) headers['authorization'] = `Bearer ${this.token}`;
    if (key) headers['idempotency-key'] = key;
    try {
      const response = await fetch(`${this.url}/graphql`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(10_000),
      });
      const body = (await response.json()) as {
        data?: unknown;
        errors?: { message: string; extensions?: { code?: string } }[];
      };
      const error = body.errors?.[0];
      const ok = response.ok && !error;
      const code = error?.extensions?.code;
      attempts.push({
        at: now(),
        ok: ok || (code !== 'SERVICE_UNAVAILABLE' && code !== 'INTERNAL_SERVER_ERROR'),
        internal: code === 'INTERNAL_SERVER_ERROR',
      });
      return { ok, data: body.data, error: error?.message, code: error?.extensions?.code };
    } catch (e) {
      attempts.push({ at: now(), ok: false });
      return { ok: false, error: e instanceof Error ? e.message : String(e), code: 'NETWORK' };
    }
  }

  /** A write: retried with the same key until it is answered, or the run ends. */
  async write(query: string, variables: Record<string, unknown>, until: number): Promise<Result> {
    const key = randomUUID();
    for (;;) {
      const result = await this.call(query, variables, key);
      if (result.ok) return result;
      const transient =
        result.code === 'SERVICE_UNAVAILABLE' ||
        result.code === 'NETWORK' ||
        result.code === 'INTERNAL_SERVER_ERROR';
      if (!transient || now() > until) return result;
      await sleep(150);
    }
  }

  async reads(): Promise<void> {
    await this.call('{ me { id role } departments { id name headcount } }');
    await this.call(
      'query($f: Int!) { rotations(first: $f) { totalCount edges { node { id status } } } }',
      { f: 20 },
    );
  }
}

const ASSIGN = 'mutation($i: AssignRotationInput!) { assignRotation(input: $i) { id status } }';
const CANCEL =
  'mutation($id: ID!, $r: String!) { cancelRotation(id: $id, reason: $r) { id status } }';
const SUBMIT =
  'mutation($i: SubmitRotationRequestInput!) { submitRotationRequest(input: $i) { id status } }';
const WITHDRAW = 'mutation($id: ID!) { withdrawRotationRequest(id: $id) { id status } }';
const ROTATIONS_OF =
  'query($p: ID!) { rotations(first: 50, filter: { personId: $p }) { edges { node { id status } } } }';
const REQUESTS_OF =
  'query($p: ID!) { rotationRequests(first: 50, filter: { personId: $p, statuses: [SUBMITTED] }) { edges { node { id } } } }';

const startsOn = addMonths(`${todayIso().slice(0, 7)}-01`, 3);
const window = { startsOn, endsOn: windowEnd(startsOn, 12) };

/** A director's loop: assign a person to a seat, then cancel it; tidy up after unanswered writes. */
async function directorLoop(
  api: Api,
  personId: string,
  seatId: string,
  until: number,
): Promise<void> {
  let dirty = false;
  while (now() < until) {
    if (dirty) {
      // A write may have committed without its answer reaching us: cancel whatever is live.
      const live = await api.call(ROTATIONS_OF, { p: personId });
      if (!live.ok) {
        await sleep(150);
        continue;
      }
      for (const edge of live.data.rotations.edges as { node: { id: string; status: string } }[]) {
        if (edge.node.status !== 'CANCELLED')
          await api.write(CANCEL, { id: edge.node.id, r: 'chaos tidy-up' }, until);
      }
      dirty = false;
    }
    const assigned = await api.write(
      ASSIGN,
      { i: { personId, seatId, ...window, goals: [] } },
      until,
    );
    if (!assigned.ok) {
      dirty = true;
      continue;
    }
    acks.push({ kind: 'assign', id: assigned.data.assignRotation.id, client: api.name });
    await api.reads();
    const cancelled = await api.write(
      CANCEL,
      { id: assigned.data.assignRotation.id, r: 'chaos loop' },
      until,
    );
    if (cancelled.ok)
      acks.push({ kind: 'cancel', id: cancelled.data.cancelRotation.id, client: api.name });
    else dirty = true;
    await api.reads();
  }
}

/** A PM's loop: submit a request, then withdraw it. */
async function pmLoop(api: Api, personId: string, until: number): Promise<void> {
  let dirty = false;
  let n = 0;
  while (now() < until) {
    if (dirty) {
      const open = await api.call(REQUESTS_OF, { p: personId });
      if (!open.ok) {
        await sleep(150);
        continue;
      }
      for (const edge of open.data.rotationRequests.edges as { node: { id: string } }[])
        await api.write(WITHDRAW, { id: edge.node.id }, until);
      dirty = false;
    }
    n += 1;
    const motivation = `${api.name} request ${n}`;
    const submitted = await api.write(
      SUBMIT,
      {
        i: {
          goals: ['PROCESS_IMPROVEMENT'],
          earliestStart: startsOn,
          durationMonths: 12,
          motivation,
        },
      },
      until,
    );
    if (!submitted.ok) {
      dirty = true;
      continue;
    }
    acks.push({ kind: 'submit', id: submitted.data.submitRotationRequest.id, client: api.name });
    await api.reads();
    const withdrawn = await api.write(
      WITHDRAW,
      { id: submitted.data.submitRotationRequest.id },
      until,
    );
    if (withdrawn.ok)
      acks.push({
        kind: 'withdraw',
        id: withdrawn.data.withdrawRotationRequest.id,
        client: api.name,
      });
    else dirty = true;
    await api.reads();
  }
}

async function waitReady(url: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode}`);
    try {
      if ((await fetch(`${url}/health/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error('the server did not become ready');
}

/** Fixtures: per client a fresh eligible person, a seat its director directs, and accounts. */
async function arrange(databaseUrl: string) {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const q = async (sql: string, params: unknown[] = []) => (await db.query(sql, params)).rows;
    const [{ password_hash: hash, id: directorId }] = await q(
      `SELECT id, password_hash FROM user_account WHERE email = 'director@stint.example'`,
    );
    const [{ id: departmentId }] = await q(
      `INSERT INTO department (code, name, away_cap, coverage_target) VALUES ('CHAOS', 'Chaos', 1, 0.3) RETURNING id`,
    );
    const [{ id: pmoId }] = await q(
      `INSERT INTO pmo (name, scope) VALUES ('Chaos PMO', 'ENTERPRISE') RETURNING id`,
    );
    await q(`INSERT INTO pmo_director (pmo_id, user_id) VALUES ($1, $2)`, [pmoId, directorId]);
    const person = async (n: string) =>
      (
        await q(
          `INSERT INTO person (employee_number, full_name, email, department_id, career_level, pm_since, hired_on)
           VALUES ($1, $2, $3, $4, 'PROJECT_MANAGER', '2015-01-01', '2015-01-01') RETURNING id`,
          [`CHAOS-${n}`, `Chaos ${n}`, `chaos-${n}@stint.example`, departmentId],
        )
      )[0].id as string;
    const directors: { email: string; personId: string; seatId: string }[] = [];
    for (let i = 0; i < DIRECTORS; i++) {
      const [{ id: seatId }] = await q(
        `INSERT INTO seat (pmo_id, role, title, opens_on) VALUES ($1, 'PMO_ANALYST', $2, '2020-01-01') RETURNING id`,
        [pmoId, `Chaos seat ${i}`],
      );
      const email = `chaos-director${i}@stint.example`;
      const [{ id: userId }] = await q(
        `INSERT INTO user_account (email, display_name, role, password_hash) VALUES ($1, $2, 'DIRECTOR', $3) RETURNING id`,
        [email, `Chaos director ${i}`, hash],
      );
      await q(`INSERT INTO pmo_director (pmo_id, user_id) VALUES ($1, $2)`, [pmoId, userId]);
      directors.push({ email, personId: await person(`d${i}`), seatId });
    }
    const pms: { email: string; personId: string }[] = [];
    for (let i = 0; i < PMS; i++) {
      const personId = await person(`p${i}`);
      const email = `chaos-pm${i}@stint.example`;
      await q(
        `INSERT INTO user_account (email, display_name, role, password_hash, person_id) VALUES ($1, $2, 'PM', $3, $4)`,
        [email, `Chaos PM ${i}`, hash, personId],
      );
      pms.push({ email, personId });
    }
    return { directors, pms, departmentId };
  } finally {
    await db.end();
  }
}

async function verify(databaseUrl: string, departmentId: string) {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const rows = async (sql: string, params: unknown[] = []) => (await db.query(sql, params)).rows;
    const rotations = new Map(
      (
        await rows(
          `SELECT r.id, r.cancelled_at FROM rotation r JOIN person p ON p.id = r.person_id WHERE p.department_id = $1`,
          [departmentId],
        )
      ).map((r) => [r.id as string, r]),
    );
    const requests = new Map(
      (
        await rows(
          `SELECT r.id, r.status, r.motivation FROM rotation_request r JOIN person p ON p.id = r.person_id WHERE p.department_id = $1`,
          [departmentId],
        )
      ).map((r) => [r.id as string, r]),
    );
    const missing = acks.filter((a) => {
      if (a.kind === 'assign') return !rotations.has(a.id);
      if (a.kind === 'cancel') return !rotations.get(a.id)?.cancelled_at;
      if (a.kind === 'submit') return !requests.has(a.id);
      return requests.get(a.id)?.status !== 'WITHDRAWN';
    });
    // Every logical write carried its own key, written in the same transaction as the change:
    // more rows than keys would mean a retry applied a change twice.
    const [{ n: assignKeys }] = await rows(
      `SELECT count(*)::int AS n FROM idempotency_key k JOIN user_account u ON u.id = k.user_id WHERE u.email LIKE 'chaos-%' AND k.operation = 'assignRotation'`,
    );
    const [{ n: submitKeys }] = await rows(
      `SELECT count(*)::int AS n FROM idempotency_key k JOIN user_account u ON u.id = k.user_id WHERE u.email LIKE 'chaos-%' AND k.operation = 'submitRotationRequest'`,
    );
    const [{ n: sameMotivation }] = await rows(
      `SELECT count(*)::int AS n FROM (SELECT motivation FROM rotation_request r JOIN person p ON p.id = r.person_id WHERE p.department_id = $1 GROUP BY motivation HAVING count(*) > 1) d`,
      [departmentId],
    );
    return {
      missing,
      rotations: rotations.size,
      requests: requests.size,
      assignKeys: Number(assignKeys),
      submitKeys: Number(submitKeys),
      duplicates:
        Math.max(0, rotations.size - Number(assignKeys)) +
        Math.max(0, requests.size - Number(submitKeys)) +
        Number(sameMotivation),
    };
  } finally {
    await db.end();
  }
}

function successRate(from: number, to: number): { rate: number; n: number } {
  const slice = attempts.filter((a) => a.at >= from && a.at < to);
  return {
    rate: slice.length ? slice.filter((a) => a.ok).length / slice.length : 1,
    n: slice.length,
  };
}

async function main(): Promise<number> {
  if (process.env['CHAOS_SKIP_BUILD'] !== '1') {
    log('building the server (npx nx run api:build)…');
    const build = spawnSync('npx', ['nx', 'run', 'api:build', '--skip-nx-cache'], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, NX_DAEMON: 'false' },
    });
    if (build.status !== 0) throw new Error('the build failed');
  }
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'stint-chaos-'));
  const pgPort = await freePort();
  const appPort = await freePort();
  const pgOptions = {
    dataDir: path.join(scratch, 'postgres'),
    port: pgPort,
    database: 'stint',
    stopOnSignals: false,
  };
  let pg: RunningPostgres | undefined = await startEmbeddedPostgres(pgOptions);
  let server: ChildProcess | undefined;
  let serverOutput = '';
  const url = `http://${HOST}:${appPort}`;
  try {
    log(`PostgreSQL on ${HOST}:${pgPort}; starting the server on ${url}`);
    server = spawn(process.execPath, [path.join(ROOT, 'dist/apps/api/apps/api/src/main.js')], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: pg.url,
        HOST,
        PORT: String(appPort),
        STINT_DEMO_DATA: 'true',
        DB_POOL_SIZE: '10',
        DB_CONNECT_TIMEOUT_MS: '2000',
        LOG_LEVEL: 'warn',
        WEB_DIST_DIR: path.join(scratch, 'no-web'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout?.on('data', (chunk: Buffer) => (serverOutput += chunk.toString()));
    server.stderr?.on('data', (chunk: Buffer) => (serverOutput += chunk.toString()));
    let exitedAt: number | undefined;
    server.on('exit', () => (exitedAt = now()));
    await waitReady(url, server, 60_000);
    const fixtures = await arrange(pg.url);

    const directors = fixtures.directors.map((d, i) => ({
      api: new Api(url, `director${i}`),
      ...d,
    }));
    const pms = fixtures.pms.map((p, i) => ({ api: new Api(url, `pm${i}`), ...p }));
    for (const client of [...directors, ...pms]) await client.api.login(client.email);

    t0 = Date.now();
    attempts.length = 0; // the sign-ins above are not part of the run
    const until = RUN_MS;
    log(
      `${DIRECTORS + PMS} clients running for ${RUN_MS / 1000} s; PostgreSQL stops at ${STOP_AT_MS / 1000} s for ${DOWN_MS / 1000} s`,
    );
    const load = Promise.all([
      ...directors.map((d) => directorLoop(d.api, d.personId, d.seatId, until)),
      ...pms.map((p) => pmLoop(p.api, p.personId, until)),
    ]);

    await sleep(STOP_AT_MS);
    const stopAt = now();
    await pg.stop();
    pg = undefined;
    const stoppedAt = now();
    log(`PostgreSQL stopped at ${(stoppedAt / 1000).toFixed(1)} s`);
    await sleep(DOWN_MS);
    let readyDuringOutage: number | undefined;
    try {
      readyDuringOutage = (await fetch(`${url}/health/ready`)).status;
    } catch {
      readyDuringOutage = undefined;
    }
    pg = await startEmbeddedPostgres(pgOptions);
    const acceptingAt = now();
    log(`PostgreSQL accepting connections again at ${(acceptingAt / 1000).toFixed(1)} s`);
    await load;
    const endAt = now();
    let readyAfter: number | undefined;
    try {
      readyAfter = (await fetch(`${url}/health/ready`)).status;
    } catch {
      readyAfter = undefined;
    }

    // Recovery: from PostgreSQL accepting, the first bucket after which every bucket is ≥ 99%.
    const buckets: { from: number; rate: number; n: number }[] = [];
    for (let from = acceptingAt; from < endAt; from += BUCKET_MS)
      buckets.push({ from, ...successRate(from, from + BUCKET_MS) });
    let recoveredIndex = buckets.length;
    for (let i = buckets.length - 1; i >= 0 && buckets[i].rate >= 0.99; i--) recoveredIndex = i;
    const recoveryMs =
      recoveredIndex < buckets.length ? buckets[recoveredIndex].from - acceptingAt : Number.NaN;

    const check = await verify(pg.url, fixtures.departmentId);
    const stayedUp = exitedAt === undefined && server.exitCode === null;
    const before = successRate(0, stopAt);
    const during = successRate(stopAt, acceptingAt);
    const after = successRate(acceptingAt + (Number.isNaN(recoveryMs) ? 0 : recoveryMs), endAt);
    const count = (kind: Ack['kind']) => acks.filter((a) => a.kind === kind).length;
    const firstSuccess = attempts.find((a) => a.at >= acceptingAt && a.ok);
    const internal = attempts.filter((a) => a.internal).length;

    const table: [string, string, string][] = [
      ['server process stayed up', stayedUp ? 'yes' : `no (exited at ${exitedAt} ms)`, 'yes'],
      ['requests (attempts)', String(attempts.length), ''],
      ['success before the outage', `${(before.rate * 100).toFixed(2)}% of ${before.n}`, ''],
      [
        'success while PostgreSQL was down',
        `${(during.rate * 100).toFixed(2)}% of ${during.n}`,
        '',
      ],
      ['/health/ready during the outage', String(readyDuringOutage ?? 'no answer'), '503'],
      [
        'first success after PostgreSQL accepting',
        firstSuccess ? `${((firstSuccess.at - acceptingAt) / 1000).toFixed(2)} s` : 'never',
        '',
      ],
      [
        'recovery: PostgreSQL accepting → success ≥ 99%',
        Number.isNaN(recoveryMs) ? 'never' : `${(recoveryMs / 1000).toFixed(1)} s`,
        '≤ 10 s',
      ],
      ['success after recovery', `${(after.rate * 100).toFixed(2)}% of ${after.n}`, '≥ 99%'],
      ['INTERNAL_SERVER_ERROR answers', String(internal), '0'],
      ['/health/ready after', String(readyAfter ?? 'no answer'), '200'],
      [
        'acknowledged writes',
        `${acks.length} (assign ${count('assign')}, cancel ${count('cancel')}, submit ${count('submit')}, withdraw ${count('withdraw')})`,
        '',
      ],
      ['acknowledged writes missing afterwards', String(check.missing.length), '0'],
      ['rotations / assign keys', `${check.rotations} / ${check.assignKeys}`, 'equal'],
      ['requests / submit keys', `${check.requests} / ${check.submitKeys}`, 'equal'],
      ['duplicates', String(check.duplicates), '0'],
    ];
    const width = Math.max(...table.map((r) => r[0].length));
    const valueWidth = Math.max(...table.map((r) => r[1].length));
    process.stdout.write(
      `\nRestart under load (${RUN_MS / 1000} s, ${DIRECTORS + PMS} clients, PostgreSQL down ${((acceptingAt - stopAt) / 1000).toFixed(1)} s)\n`,
    );
    process.stdout.write(`${'measure'.padEnd(width)}  ${'result'.padEnd(valueWidth)}  target\n`);
    for (const [name, value, target] of table)
      process.stdout.write(`${name.padEnd(width)}  ${value.padEnd(valueWidth)}  ${target}\n`);
    process.stdout.write(
      '\nsuccess rate per 0.5 s after PostgreSQL came back: ' +
        buckets
          .slice(0, 24)
          .map((b) => `${Math.round(b.rate * 100)}`)
          .join(' ') +
        '\n',
    );

    const passed =
      stayedUp &&
      internal === 0 &&
      !Number.isNaN(recoveryMs) &&
      recoveryMs <= 10_000 &&
      check.missing.length === 0 &&
      check.duplicates === 0 &&
      check.rotations === check.assignKeys &&
      check.requests === check.submitKeys;
    if (check.missing.length) log(`missing: ${JSON.stringify(check.missing.slice(0, 5))}`);
    if (!stayedUp) log(`server output:\n${serverOutput.slice(-3000)}`);
    if (internal) log(`server log (last lines):\n${serverOutput.slice(-4000)}`);
    log(passed ? 'PASS' : 'FAIL');
    return passed ? 0 : 1;
  } finally {
    if (server && server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise((resolve) => server?.once('exit', resolve));
    }
    await pg?.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `chaos: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
