import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { DomainError } from '../errors/domain-error';

/** How long a key (and the response kept for it) is honoured. */
export const IDEMPOTENCY_TTL_HOURS = 24;
/** The HTTP header a client sends; any string of 1–255 visible ASCII characters (a UUID is ideal). */
export const IDEMPOTENCY_HEADER = 'idempotency-key';

/**
 * One request's Idempotency-Key, carried through AsyncLocalStorage from the HTTP middleware
 * to `runTransaction`, so services need not know about it.
 *
 * - `pending`: a mutation with a key; the first transaction it runs will claim the key.
 * - `claimed`: that transaction committed together with the key row; the response is stored next.
 * - `replay`: the key was already used for the same request; the stored response is the answer.
 * - `off`: not applicable (a query, or no session).
 */
export interface IdempotencyScope {
  key: string;
  state: 'pending' | 'claimed' | 'replay' | 'off';
  /** Root field of the mutation, e.g. createPmo; set once the operation is known. */
  operation?: string;
  /** SHA-256 of the operation text, its name and its variables. */
  requestHash?: string;
  /** The signed-in user; keys are per user. Read lazily: the session is resolved after parsing. */
  userId: () => string | undefined;
}

const storage = new AsyncLocalStorage<IdempotencyScope>();

export function runWithIdempotencyKey<T>(scope: IdempotencyScope, work: () => T): T {
  return storage.run(scope, work);
}

export function currentIdempotencyScope(): IdempotencyScope | undefined {
  return storage.getStore();
}

export function isValidIdempotencyKey(key: string): boolean {
  return /^[\x21-\x7e]{1,255}$/.test(key);
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value as Record<string, unknown>)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/** Same operation text, name and variables (in any key order) → same hash. */
export function idempotencyRequestHash(request: {
  query?: string;
  operationName?: string | null;
  variables?: unknown;
}): string {
  const text = JSON.stringify(
    canonical({
      q: request.query ?? '',
      n: request.operationName ?? null,
      v: request.variables ?? {},
    }),
  );
  return createHash('sha256').update(text).digest('hex');
}

/** Thrown inside the transaction when the key was already used for this very request: nothing is re-executed. */
export class IdempotentReplay extends DomainError {
  constructor() {
    super(
      'CONFLICT',
      'This request was already carried out with this Idempotency-Key, and its response is not available yet; retry shortly',
      { reason: 'DUPLICATE' },
    );
  }
}

/**
 * Writes the key row as the first statement of the caller's transaction. A concurrent request
 * with the same key waits on the primary key until this transaction ends: if it commits, that
 * request sees the row and replays; if it rolls back, that request claims the key itself.
 */
export async function claimIdempotencyKey(
  manager: EntityManager,
  scope: IdempotencyScope,
): Promise<boolean> {
  const userId = scope.userId();
  if (scope.state !== 'pending' || !userId || !scope.requestHash || !scope.operation) return false;
  await manager.query(
    `DELETE FROM idempotency_key WHERE user_id = $1 AND key = $2 AND created_at < now() - make_interval(hours => $3)`,
    [userId, scope.key, IDEMPOTENCY_TTL_HOURS],
  );
  const inserted: unknown[] = await manager.query(
    `INSERT INTO idempotency_key (user_id, key, operation, request_hash) VALUES ($1, $2, $3, $4)
     ON CONFLICT (user_id, key) DO NOTHING RETURNING 1`,
    [userId, scope.key, scope.operation, scope.requestHash],
  );
  if (inserted.length) return true;
  const rows: { request_hash: string; operation: string }[] = await manager.query(
    `SELECT request_hash, operation FROM idempotency_key WHERE user_id = $1 AND key = $2`,
    [userId, scope.key],
  );
  if (rows[0] && rows[0].request_hash !== scope.requestHash) {
    scope.state = 'off';
    throw DomainError.conflict(
      'IDEMPOTENCY_KEY_REUSED',
      `This Idempotency-Key was already used for a different request (${rows[0].operation}); send a new key for a new request`,
    );
  }
  scope.state = 'replay';
  throw new IdempotentReplay();
}

/** Keeps the response of a claimed key, so a retry gets the very same answer. */
export async function storeIdempotentResponse(
  dataSource: DataSource,
  scope: IdempotencyScope,
  response: unknown,
): Promise<void> {
  const userId = scope.userId();
  if (!userId) return;
  await dataSource.query(
    `UPDATE idempotency_key SET response = $3 WHERE user_id = $1 AND key = $2`,
    [userId, scope.key, JSON.stringify(response)],
  );
}

/**
 * The stored response for a replayed key. A concurrent first request may still be building it,
 * so this waits up to `timeoutMs`; undefined when it never arrives (that request's response was
 * lost after its change committed: the change stands, the client is told so).
 */
export async function awaitIdempotentResponse(
  dataSource: DataSource,
  scope: IdempotencyScope,
  timeoutMs = 5000,
): Promise<unknown> {
  const userId = scope.userId();
  if (!userId) return undefined;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows: { response: unknown }[] = await dataSource.query(
      `SELECT response FROM idempotency_key WHERE user_id = $1 AND key = $2`,
      [userId, scope.key],
    );
    if (rows[0]?.response != null) return rows[0].response;
    if (Date.now() >= deadline) return undefined;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Deletes keys past their lifetime; returns how many. */
export async function sweepIdempotencyKeys(dataSource: DataSource): Promise<number> {
  const result: [unknown[], number] = await dataSource.query(
    `DELETE FROM idempotency_key WHERE created_at < now() - make_interval(hours => $1)`,
    [IDEMPOTENCY_TTL_HOURS],
  );
  return Array.isArray(result) ? Number(result[1] ?? 0) : 0;
}
