import { randomUUID } from 'node:crypto';
import { DEMO_LOGINS, DEMO_PASSWORD } from '@stint/generator';
import { startApi, startCluster, type ApiInstance, type Cluster } from './support/cluster';

/**
 * Two API instances, one PostgreSQL primary and one streaming replica, all real processes on
 * loopback. Prints its figures; bounded in time (each load phase runs a few seconds).
 */

interface Answer {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string; reason?: string } }[];
}

const figures: string[] = [];
const figure = (line: string) => {
  figures.push(line);
  process.stdout.write(`replication: ${line}\n`);
};

async function gql(
  api: ApiInstance,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Answer> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(15_000),
  });
  return { status: response.status, ...((await response.json()) as Omit<Answer, 'status'>) };
}

async function signIn(api: ApiInstance, email: string): Promise<Record<string, string>> {
  const answer = await gql(
    api,
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    { e: email, p: DEMO_PASSWORD },
  );
  const token = (answer.data?.['login'] as { token?: string } | undefined)?.token;
  if (!token) throw new Error(`sign-in failed: ${JSON.stringify(answer.errors)}`);
  return { authorization: `Bearer ${token}` };
}

const demo = (role: string) => DEMO_LOGINS.find((login) => login.role === role)!.email;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Readiness {
  status: string;
  info?: {
    replicas?: { inUse: number; replicas: { state: string; reads: number; lagMs?: number }[] };
  };
}

async function readiness(api: ApiInstance): Promise<{ status: number; body: Readiness }> {
  const response = await fetch(`${api.url}/health/ready`, { signal: AbortSignal.timeout(5000) });
  return { status: response.status, body: (await response.json()) as Readiness };
}

describe('two API instances, a primary and a streaming replica', () => {
  let cluster: Cluster;
  let a: ApiInstance;
  let b: ApiInstance;
  let hr: Record<string, string>;

  /** Index scans plus sequential scans of `department` on one server (its own statistics). */
  const departmentScans = async (server: Cluster['primary']) => {
    await sleep(1200); // a busy backend reports its statistics about once a second
    const [row] = await server.query<{ n: string }>(
      `SELECT (coalesce(seq_scan, 0) + coalesce(idx_scan, 0))::text AS n
         FROM pg_stat_user_tables WHERE relname = 'department'`,
    );
    return Number(row?.n ?? 0);
  };

  beforeAll(async () => {
    const started = Date.now();
    // An empty database: the instances migrate and load the demo organisation themselves.
    cluster = await startCluster(async () => undefined);
    const env = {
      DATABASE_URL: cluster.primary.url(),
      DATABASE_REPLICA_URLS: cluster.replica.url(),
      DB_REPLICA_CHECK_MS: '200',
      DB_REPLICA_MAX_LAG_MS: '8000',
      DB_POOL_SIZE: '5',
      DB_CONNECT_TIMEOUT_MS: '2000',
      STINT_DEMO_DATA: 'true',
      DB_MIGRATE_ON_START: 'true',
    };
    // Both at once on the empty database.
    [a, b] = await Promise.all([startApi('instance A', env), startApi('instance B', env)]);
    figure(`cluster and two instances ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    hr = await signIn(a, demo('HR'));
    // Let the replica replay the demo load and the instances see it in use.
    const deadline = Date.now() + 20_000;
    while ((await readiness(a)).body.info?.replicas?.inUse !== 1 && Date.now() < deadline)
      await sleep(200);
  }, 300_000);

  afterAll(async () => {
    await Promise.all([a?.stop('SIGKILL'), b?.stop('SIGKILL')]);
    await cluster?.dispose();
  }, 30_000);

  it('prepares the empty database once: one instance migrates and loads, the other waits', async () => {
    const outputs = [a.output(), b.output()];
    expect(outputs.filter((out) => /Applied \d+ migration/.test(out))).toHaveLength(1);
    expect(outputs.filter((out) => out.includes('Loaded the demo organisation'))).toHaveLength(1);
    const [{ n }] = await cluster.primary.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM department',
    );
    expect(n).toBe(12);
    figure(
      `start-up: migrations applied by ${outputs.findIndex((o) => /Applied/.test(o)) === 0 ? 'A' : 'B'} only; ` +
        `${outputs.filter((o) => o.includes('waiting')).length} instance(s) waited for the lock; 12 departments (demo loaded once)`,
    );
  });

  it('sends reads to the replica and writes to the primary', async () => {
    const [primaryBefore, replicaBefore] = [
      await departmentScans(cluster.primary),
      await departmentScans(cluster.replica),
    ];
    const reads = 40;
    for (let i = 0; i < reads; i += 1) {
      const answer = await gql(i % 2 ? b : a, '{ departments { id code name } }', {}, hr);
      expect(answer.errors).toBeUndefined();
    }
    const codes = Array.from({ length: 5 }, (_, i) => `RW${Date.now() % 100000}${i}`);
    for (const [i, code] of codes.entries()) {
      const answer = await gql(
        i % 2 ? b : a,
        'mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }',
        { input: { code, name: `Routing ${i}` } },
        hr,
      );
      expect(answer.errors).toBeUndefined();
    }
    // A backend reports its statistics when idle, up to ~10 s later: wait for the replica's.
    let replicaScans = 0;
    const settle = Date.now() + 15_000;
    while (Date.now() < settle) {
      replicaScans = (await departmentScans(cluster.replica)) - replicaBefore;
      if (replicaScans >= reads) break;
    }
    const primaryScans = (await departmentScans(cluster.primary)) - primaryBefore;
    const routed = async (api: ApiInstance) =>
      (await readiness(api)).body.info?.replicas?.replicas[0]?.reads ?? 0;
    const activity = async (server: Cluster['primary']) =>
      (
        await server.query<{ application_name: string }>(
          `SELECT DISTINCT application_name FROM pg_stat_activity WHERE datname = 'stint' AND application_name LIKE 'stint%'`,
        )
      )
        .map((r) => r.application_name)
        .sort();
    const [onPrimary, onReplica] = [
      await activity(cluster.primary),
      await activity(cluster.replica),
    ];
    const [written] = await cluster.primary.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM department WHERE code = ANY('{${codes.join(',')}}')`,
    );
    figure(
      `${reads} reads: department scanned ${replicaScans}× on the replica, ${primaryScans}× on the primary ` +
        `(replica connections handed out since start: A ${await routed(a)}, B ${await routed(b)}); ` +
        `${codes.length} writes, ${written.n} on the primary; connections — primary: ${onPrimary.join(', ')}; replica: ${onReplica.join(', ')}`,
    );
    expect(replicaScans).toBeGreaterThanOrEqual(reads);
    // The writes' own checks (unique code) may touch the table on the primary; the reads did not.
    expect(primaryScans).toBeLessThan(codes.length * 3);
    expect(written.n).toBe(codes.length);
    expect(onReplica).toEqual(['stint-read']);
    expect(onPrimary).not.toContain('stint-read');
  });

  it('shows a session its own writes at once, with replay on the replica delayed by 2 s', async () => {
    await cluster.replica.query(`ALTER SYSTEM SET recovery_min_apply_delay = '2s'`);
    await cluster.replica.query('SELECT pg_reload_conf()');
    const other = await signIn(b, demo('DIRECTOR'));
    const { id, version } = (
      (await gql(a, '{ departments { id version code } }', {}, hr)).data!['departments'] as {
        id: string;
        version: number;
        code: string;
      }[]
    )[0];
    let current = version;
    let ownSeen = 0;
    let replicaBehind = 0;
    let othersStale = 0;
    const rounds = 6;
    for (let i = 0; i < rounds; i += 1) {
      const name = `Read your writes ${i} ${randomUUID().slice(0, 8)}`;
      const [writer, reader] = i % 2 ? [b, a] : [a, b];
      const written = await gql(
        writer,
        'mutation($input: UpdateDepartmentInput!) { updateDepartment(input: $input) { version } }',
        { input: { id, version: current, name } },
        hr,
      );
      expect(written.errors).toBeUndefined();
      current = (written.data!['updateDepartment'] as { version: number }).version;
      // The same session on the other instance, at once…
      const mine = await gql(reader, '{ departments { id name } }', {}, hr);
      const seen = (mine.data!['departments'] as { id: string; name: string }[]).find(
        (d) => d.id === id,
      )?.name;
      if (seen === name) ownSeen += 1;
      // …while the replica has not replayed the write yet…
      const [onReplica] = await cluster.replica.query<{ name: string }>(
        `SELECT name FROM department WHERE id = '${id}'`,
      );
      if (onReplica.name !== name) replicaBehind += 1;
      // …and a session that wrote nothing reads from that replica: a moment old.
      const theirs = await gql(reader, '{ departments { id name } }', {}, other);
      const theirName = (theirs.data!['departments'] as { id: string; name: string }[]).find(
        (d) => d.id === id,
      )?.name;
      if (theirName !== name) othersStale += 1;
    }
    figure(
      `read-your-writes with recovery_min_apply_delay 2 s: ${ownSeen}/${rounds} reads saw their own write ` +
        `(replica behind at that moment ${replicaBehind}/${rounds}; another session read the replica's older value ${othersStale}/${rounds})`,
    );
    expect(ownSeen).toBe(rounds);
    expect(replicaBehind).toBe(rounds);
    expect(othersStale).toBeGreaterThan(0);
    await cluster.replica.query(`ALTER SYSTEM RESET recovery_min_apply_delay`);
    await cluster.replica.query('SELECT pg_reload_conf()');
  }, 60_000);

  it('shares one login quota across the two instances', async () => {
    const email = demo('PM');
    const outcomes: string[] = [];
    for (let i = 0; i < 12; i += 1) {
      const answer = await gql(
        i % 2 ? b : a,
        'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
        { e: email, p: 'not the password' },
      );
      outcomes.push(
        answer.errors?.[0]?.extensions?.reason === 'RATE_LIMITED' ? 'throttled' : 'refused',
      );
    }
    const allowed = outcomes.indexOf('throttled');
    figure(
      `failed sign-ins allowed across two instances before throttling: ${allowed} (one quota of 5)`,
    );
    expect(allowed).toBe(5);
    expect(outcomes.slice(allowed).every((o) => o === 'throttled')).toBe(true);
  });

  /** Clients sending `work` in a loop for `ms`; `at` runs `event` once, mid-way. */
  async function underLoad(
    ms: number,
    clients: number,
    work: (client: number, n: number) => Promise<'ok' | 'failed'>,
    at: number,
    event: () => Promise<void>,
  ) {
    const counts = { ok: 0, failed: 0, afterEvent: 0 };
    let eventDone = false;
    const end = Date.now() + ms;
    const timer = sleep(at).then(async () => {
      await event();
      eventDone = true;
    });
    await Promise.all(
      Array.from({ length: clients }, async (_, client) => {
        for (let n = 0; Date.now() < end; n += 1) {
          const outcome = await work(client, n);
          counts[outcome] += 1;
          if (eventDone && outcome === 'ok') counts.afterEvent += 1;
        }
      }),
    );
    await timer;
    return counts;
  }

  it('loses no request when the replica stops under load, and uses it again once it is back', async () => {
    const readsBefore = (await readiness(a)).body.info?.replicas?.replicas[0]?.reads ?? 0;
    let readyDuringOutage = 0;
    let stateDuringOutage = '';
    const failures: string[] = [];
    const counts = await underLoad(
      6000,
      4,
      async (client, n) => {
        const api = (client + n) % 2 ? b : a;
        try {
          const answer = await gql(
            api,
            '{ departments { id name headcount } pmos { id name seats { id title } } }',
            {},
            hr,
          );
          if (answer.status === 200 && !answer.errors) return 'ok';
          failures.push(JSON.stringify(answer.errors));
        } catch (error) {
          failures.push(String(error));
        }
        return 'failed';
      },
      2000,
      async () => {
        await cluster.replica.stop('fast');
        await sleep(500);
        const ready = await readiness(a);
        readyDuringOutage = ready.status;
        stateDuringOutage = ready.body.info?.replicas?.replicas[0]?.state ?? '';
      },
    );
    const readsAfter = (await readiness(a)).body.info?.replicas?.replicas[0]?.reads ?? 0;
    figure(
      `replica stopped under load: ${counts.ok + counts.failed} requests, ${counts.failed} failed, ` +
        `${counts.afterEvent} served after the stop (from the primary); /health/ready ${readyDuringOutage} with the replica "${stateDuringOutage}"; ` +
        `instance A read ${readsAfter - readsBefore}× from the replica during the run`,
    );
    // Both instances are still up (their output says why if not).
    for (const api of [a, b])
      expect({ name: api.name, exited: api.process.exitCode, output: '' }).toEqual({
        name: api.name,
        exited: null,
        output: api.process.exitCode === null ? '' : api.output().slice(-3000),
      });
    expect(failures).toEqual([]);
    expect(counts.afterEvent).toBeGreaterThan(0);
    expect(readyDuringOutage).toBe(200);
    expect(stateDuringOutage).toBe('down');

    await cluster.replica.start();
    const deadline = Date.now() + 20_000;
    let state = '';
    while (Date.now() < deadline) {
      state = (await readiness(b)).body.info?.replicas?.replicas[0]?.state ?? '';
      if (state === 'in-use') break;
      await sleep(200);
    }
    figure(`replica restarted: back "${state}"`);
    expect(state).toBe('in-use');
  }, 60_000);

  it('keeps serving on one instance when the other is killed under load, losing no acknowledged write', async () => {
    const acknowledged = new Set<string>();
    const failures: string[] = [];
    let killedAt = 0;
    const servedBy = { A: 0, B: 0 };
    const run = Date.now() % 100000;
    const counts = await underLoad(
      6000,
      4,
      async (client, n) => {
        const write = n % 2 === 0;
        const code = `K${run}C${client}N${n}`.slice(0, 16);
        const key = randomUUID();
        // A load balancer's behaviour: a request whose connection fails goes to the other
        // instance; a write carries its Idempotency-Key, so a retry can never apply it twice.
        const order = (client + n) % 2 ? [b, a] : [a, b];
        for (const api of order) {
          try {
            const answer = write
              ? await gql(
                  api,
                  'mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { id code } }',
                  { input: { code, name: `Load ${code}` } },
                  { ...hr, 'idempotency-key': key },
                )
              : await gql(api, '{ departments { id code } }', {}, hr);
            const duplicate = answer.errors?.[0]?.extensions?.reason === 'DUPLICATE';
            if (answer.status === 200 && (!answer.errors || (write && duplicate))) {
              if (write) acknowledged.add(code);
              servedBy[api === a ? 'A' : 'B'] += 1;
              return 'ok';
            }
            failures.push(JSON.stringify(answer.errors));
            return 'failed';
          } catch {
            // connection refused or reset: try the other instance
          }
        }
        failures.push(`no instance answered ${code}`);
        return 'failed';
      },
      2000,
      async () => {
        killedAt = Date.now();
        await b.stop('SIGKILL');
      },
    );
    const codes = [...acknowledged];
    const rows = await cluster.primary.query<{ code: string }>(
      `SELECT code FROM department WHERE code LIKE 'K${run}%'`,
    );
    const present = new Set(rows.map((r) => r.code));
    const lost = codes.filter((code) => !present.has(code));
    figure(
      `instance B killed (SIGKILL) under load at +${killedAt ? 2 : 0} s: ${counts.ok + counts.failed} requests, ${counts.failed} failed, ` +
        `${counts.afterEvent} served after the kill; served by A ${servedBy.A}, by B ${servedBy.B}; ` +
        `acknowledged writes ${codes.length}, lost 0 expected → lost ${lost.length}`,
    );
    expect(failures).toEqual([]);
    expect(lost).toEqual([]);
    expect(counts.afterEvent).toBeGreaterThan(0);
    expect((await readiness(a)).status).toBe(200);
  }, 60_000);

  afterAll(() => {
    process.stdout.write(`\nreplication figures:\n  ${figures.join('\n  ')}\n`);
  });
});
