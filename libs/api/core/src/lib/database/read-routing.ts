import { AsyncLocalStorage } from 'node:async_hooks';
import { Pool, type PoolClient } from 'pg';
import type { DataSource } from 'typeorm';
import { isDatabaseUnavailable } from '../errors/postgres-errors';

/**
 * Read replicas (DATABASE_REPLICA_URLS), standard PostgreSQL streaming replication underneath.
 *
 * Routing is per request, through AsyncLocalStorage: a GraphQL *query* operation may read from a
 * replica; mutations, HTTP endpoints, start-up work and anything told `onPrimary` use the primary.
 * The switch sits where TypeORM takes a connection for its "master" pool, so services need not
 * know: `dataSource.query`, repositories, query builders and read-only transactions inside a
 * query operation all land on the chosen replica.
 *
 * Read-your-writes: after a session's write transaction commits, the primary's WAL insert
 * position is stored on the session row (`user_session.last_write_lsn`, read by every instance
 * with the session itself). A request of that session reads from a replica only once the
 * replica has replayed past that position; otherwise from the primary.
 *
 * A replica that is unreachable, not a standby, or more than DB_REPLICA_MAX_LAG_MS behind is
 * skipped (reads fall back to the primary) and reported by /health/ready. A read that loses its
 * replica connection mid-statement, or that the standby cancels to replay WAL (a recovery
 * conflict), is re-run once on the primary.
 */

export interface ReadScope {
  /** 'replica': this request only reads and may be served a moment-old answer. */
  reads: 'primary' | 'replica';
  /** The session's last write position on the primary (LSN as a number), if any. */
  minLsn?: bigint;
  /** SHA-256 of the session token, to record the write position after a write. */
  sessionTokenHash?: string;
}

const storage = new AsyncLocalStorage<ReadScope>();

/** Runs `work` (an HTTP request's handling) with its own read scope, primary until told otherwise. */
export function runWithReadScope<T>(work: () => T): T {
  return storage.run({ reads: 'primary' }, work);
}

export function currentReadScope(): ReadScope | undefined {
  return storage.getStore();
}

/** Lets the rest of this request read from a replica (a GraphQL query operation). */
export function allowReplicaReads(): void {
  const scope = storage.getStore();
  if (scope) scope.reads = 'replica';
}

/** Runs `work` on the primary whatever the request is (e.g. a statement that writes). */
export function onPrimary<T>(work: () => T): T {
  const scope = storage.getStore();
  return storage.run({ ...scope, reads: 'primary' }, work);
}

/** Remembers which session this request belongs to and where its last write ended. */
export function noteSession(tokenHash: string, lastWriteLsn: string | null | undefined): void {
  const scope = storage.getStore();
  if (!scope) return;
  scope.sessionTokenHash = tokenHash;
  scope.minLsn = lastWriteLsn ? parseLsn(lastWriteLsn) : undefined;
}

/** `16/B374D848` → a comparable number. */
export function parseLsn(lsn: string): bigint {
  const [high, low] = lsn.split('/');
  return (BigInt(`0x${high}`) << 32n) + BigInt(`0x${low}`);
}

export interface ReplicaStatus {
  name: string;
  state: 'starting' | 'in-use' | 'lagging' | 'down' | 'not-a-standby';
  /** Estimated replay delay behind the primary, in milliseconds. */
  lagMs?: number;
  replayLsn?: string;
  error?: string;
  /** Connections handed out for reads since start. */
  reads: number;
}

interface Replica extends ReplicaStatus {
  pool: Pool;
  replay?: bigint;
}

export interface ReplicaSettings {
  urls: string[];
  poolSize: number;
  connectTimeoutMs: number;
  statementTimeoutMs: number;
  maxLagMs: number;
  checkEveryMs: number;
  log?: (line: string) => void;
}

type Release = (error?: unknown) => void;
type Obtain = () => Promise<[PoolClient, Release]>;
interface DriverHooks {
  master: Pool;
  obtainMasterConnection: Obtain;
  createQueryRunner: (mode: 'master' | 'slave') => RunnerHooks;
}
interface RunnerHooks {
  query: (...args: unknown[]) => Promise<unknown>;
  connect: () => Promise<PoolClient>;
  isTransactionActive: boolean;
}

const routers = new WeakMap<DataSource, ReplicaRouter>();

/** "canceling statement due to conflict with recovery" (a hot standby replaying WAL). */
function isRecoveryConflict(error: unknown): boolean {
  const driver = (error as { driverError?: { code?: string } } | null)?.driverError;
  const code = driver?.code ?? (error as { code?: string } | null)?.code;
  return code === '40001' || code === '40P01';
}

/** host:port/db, without credentials. */
export function describeDatabaseUrl(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || 5432}${u.pathname}`;
}

export class ReplicaRouter {
  private readonly replicas: Replica[];
  /** Primary WAL positions over time, to tell how far behind (in time) a replica is. */
  private samples: { at: number; lsn: bigint }[] = [];
  private timer?: NodeJS.Timeout;
  private next = 0;
  private readonly viaReplica = new WeakMap<PoolClient, Replica>();
  private readonly listening = new WeakSet<PoolClient>();
  primaryReads = 0;

  private constructor(
    private readonly dataSource: DataSource,
    private readonly settings: ReplicaSettings,
  ) {
    this.replicas = settings.urls.map((url, i) => {
      const pool = new Pool({
        connectionString: url,
        max: settings.poolSize,
        connectionTimeoutMillis: settings.connectTimeoutMs,
        idleTimeoutMillis: 30_000,
        application_name: 'stint-read',
        ...(settings.statementTimeoutMs ? { statement_timeout: settings.statementTimeoutMs } : {}),
      });
      pool.on('error', () => undefined);
      return {
        name: `replica ${i + 1} (${describeDatabaseUrl(url)})`,
        pool,
        state: 'starting' as const,
        reads: 0,
      };
    });
  }

  /** Installs replica routing on an initialised DataSource; checks every replica once first. */
  static async install(dataSource: DataSource, settings: ReplicaSettings): Promise<ReplicaRouter> {
    const router = new ReplicaRouter(dataSource, settings);
    router.hook();
    routers.set(dataSource, router);
    await router.check();
    router.timer = setInterval(() => void router.check(), settings.checkEveryMs);
    router.timer.unref();
    return router;
  }

  static of(dataSource: DataSource): ReplicaRouter | undefined {
    return routers.get(dataSource);
  }

  status(): ReplicaStatus[] {
    return this.replicas.map(({ name, state, lagMs, replayLsn, error, reads }) => ({
      name,
      state,
      lagMs,
      replayLsn,
      error,
      reads,
    }));
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    routers.delete(this.dataSource);
    await Promise.all(this.replicas.map((r) => r.pool.end().catch(() => undefined)));
  }

  /**
   * A checked-out pg client emits 'error' when its server goes away (the replica stopping); with
   * no listener that would end the process. The statement in flight fails on its own and is
   * handled there, so the event itself needs only a listener. Added once per pooled client.
   */
  private guarded(client: PoolClient): PoolClient {
    if (!this.listening.has(client)) {
      client.on('error', () => undefined);
      this.listening.add(client);
    }
    return client;
  }

  /** A replica that is in use and has replayed `minLsn`, round robin; none: use the primary. */
  private pick(minLsn: bigint | undefined): Replica | undefined {
    const usable = this.replicas.filter(
      (r) => r.state === 'in-use' && (minLsn === undefined || (r.replay ?? 0n) >= minLsn),
    );
    if (!usable.length) return undefined;
    this.next = (this.next + 1) % usable.length;
    return usable[this.next];
  }

  private markDown(replica: Replica, error: unknown): void {
    if (replica.state !== 'down')
      this.settings.log?.(`${replica.name} is unavailable; reading from the primary`);
    replica.state = 'down';
    replica.error = error instanceof Error ? error.message : String(error);
  }

  private hook(): void {
    const driver = this.dataSource.driver as unknown as DriverHooks;
    const primary = driver.obtainMasterConnection.bind(driver);
    driver.obtainMasterConnection = async () => {
      const scope = storage.getStore();
      const replica = scope?.reads === 'replica' ? this.pick(scope.minLsn) : undefined;
      if (replica) {
        try {
          const client = this.guarded(await replica.pool.connect());
          replica.reads += 1;
          this.viaReplica.set(client, replica);
          return [client, (error?: unknown) => client.release(error as Error | undefined)];
        } catch (error) {
          this.markDown(replica, error);
        }
      }
      if (scope?.reads === 'replica') this.primaryReads += 1;
      return primary();
    };

    // A read whose replica went away mid-statement is re-run once on the primary.
    const createQueryRunner = driver.createQueryRunner.bind(driver);
    driver.createQueryRunner = (mode) => {
      const runner = createQueryRunner(mode);
      let replica: Replica | undefined;
      const connect = runner.connect.bind(runner);
      runner.connect = async () => {
        const client = await connect();
        replica = this.viaReplica.get(client);
        return client;
      };
      const query = runner.query.bind(runner);
      runner.query = async (...args: unknown[]) => {
        try {
          return await query(...args);
        } catch (error) {
          if (!replica || runner.isTransactionActive) throw error;
          if (isRecoveryConflict(error)) {
            // The standby cancelled the read to apply WAL it needed: the replica is fine.
          } else if (isDatabaseUnavailable(error)) {
            this.markDown(replica, error);
          } else {
            throw error;
          }
          return onPrimary(async () => {
            const fallback = createQueryRunner('master');
            try {
              return await fallback.query(...args);
            } finally {
              await (fallback as unknown as { release(): Promise<void> }).release();
            }
          });
        }
      };
      return runner;
    };
  }

  /** Samples the primary's WAL position and each replica's replay position and state. */
  async check(): Promise<void> {
    const now = Date.now();
    try {
      const [row] = (await onPrimary(() =>
        this.dataSource.query(`SELECT pg_current_wal_lsn()::text AS lsn`),
      )) as { lsn: string }[];
      this.samples.push({ at: now, lsn: parseLsn(row.lsn) });
      this.samples = this.samples.filter((s) => s.at > now - 10 * 60_000);
    } catch {
      // The primary is down: keep the last samples; replicas are judged against them.
    }
    await Promise.all(this.replicas.map((replica) => this.checkReplica(replica, now)));
  }

  private async checkReplica(replica: Replica, now: number): Promise<void> {
    let client: PoolClient | undefined;
    try {
      client = this.guarded(await replica.pool.connect());
      const { rows } = await client.query<{ standby: boolean; lsn: string | null }>(
        `SELECT pg_is_in_recovery() AS standby, pg_last_wal_replay_lsn()::text AS lsn`,
      );
      client.release();
      client = undefined;
      const { standby, lsn } = rows[0];
      if (!standby || !lsn) {
        replica.state = 'not-a-standby';
        replica.error = 'not in recovery: it is not a streaming replica';
        return;
      }
      replica.replay = parseLsn(lsn);
      replica.replayLsn = lsn;
      // Behind by the age of the oldest primary position it has not replayed yet.
      const oldestMissing = this.samples.find((s) => s.lsn > (replica.replay ?? 0n));
      replica.lagMs = oldestMissing ? now - oldestMissing.at : 0;
      const state = replica.lagMs > this.settings.maxLagMs ? 'lagging' : 'in-use';
      if (state !== replica.state && replica.state !== 'starting')
        this.settings.log?.(`${replica.name} is ${state === 'in-use' ? 'back in use' : 'lagging'}`);
      replica.state = state;
      replica.error = undefined;
    } catch (error) {
      client?.release(error as Error);
      this.markDown(replica, error);
    }
  }
}

/**
 * After a session's write transaction commits: keep the primary's WAL position on the session
 * row, so its next reads (on any instance) wait for a replica that has replayed it. Only when
 * replicas are in use; never fails the write that already committed.
 */
export async function recordSessionWrite(dataSource: DataSource): Promise<void> {
  const scope = storage.getStore();
  if (!scope?.sessionTokenHash || !ReplicaRouter.of(dataSource)) return;
  const tokenHash = scope.sessionTokenHash;
  try {
    const result: unknown = await onPrimary(() =>
      dataSource.query(
        `UPDATE user_session SET last_write_lsn = pg_current_wal_insert_lsn()
          WHERE token_hash = $1 RETURNING last_write_lsn::text AS lsn`,
        [tokenHash],
      ),
    );
    // TypeORM answers an UPDATE … RETURNING with [rows, affected].
    const rows = (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as {
      lsn?: string;
    }[];
    const lsn = rows[0]?.lsn;
    if (lsn) scope.minLsn = parseLsn(lsn);
  } catch {
    // The write stands; at worst this session's next read may come from a replica a moment old.
  }
}
