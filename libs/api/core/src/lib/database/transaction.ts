import type { DataSource, EntityManager } from 'typeorm';
import { DomainError } from '../errors/domain-error';
import { claimIdempotencyKey, currentIdempotencyScope } from './idempotency';
import { recordSessionWrite } from './read-routing';

const RETRYABLE = new Set(['40001', '40P01']); // serialization failure, deadlock

function pgCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const driver = (error as { driverError?: { code?: string } }).driverError;
  return driver?.code ?? (error as { code?: string }).code;
}

/**
 * TypeORM's answer when the connection under a transaction died mid-way (PostgreSQL stopped or
 * restarted) and the work tries its next statement: the transaction is gone, nothing committed.
 */
const RELEASED = new Set([
  'QueryRunnerProviderAlreadyReleasedError',
  'QueryRunnerAlreadyReleasedError',
]);

function connectionLost(error: unknown): boolean {
  return error instanceof Error && RELEASED.has(error.name || error.constructor.name);
}

export interface TransactionOptions {
  /** How many times to retry a serialization failure or deadlock (default 3). */
  retries?: number;
}

/** The wait before retry `attempt` (0-based): exponential, with full jitter on top. */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  return 10 * 2 ** attempt + random() * 20 * 2 ** attempt;
}

/**
 * Runs `work` in one transaction, retried with jittered back-off when PostgreSQL aborts it
 * as a serialization failure or deadlock: the work is re-run from the start, so it must only
 * write through `manager`. Anything else (including constraint violations) is thrown as is,
 * and the transaction leaves nothing behind.
 *
 * When the request carries an Idempotency-Key (see idempotency.ts), the key row is written as
 * the transaction's first statement: the change and its key commit or roll back together, and
 * a retried request with the same key replays the stored response instead of running `work`.
 */
export async function runTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
  options: TransactionOptions = {},
): Promise<T> {
  const retries = options.retries ?? 3;
  const scope = currentIdempotencyScope();
  for (let attempt = 0; ; attempt++) {
    try {
      let claimed = false;
      const result = await dataSource.transaction(async (manager) => {
        if (scope) claimed = await claimIdempotencyKey(manager, scope);
        return work(manager);
      });
      if (scope && claimed) scope.state = 'claimed';
      await recordSessionWrite(dataSource);
      return result;
    } catch (error) {
      if (connectionLost(error)) {
        throw new DomainError(
          'SERVICE_UNAVAILABLE',
          'The database is unavailable; please try again shortly',
        );
      }
      const code = pgCode(error);
      if (!code || !RETRYABLE.has(code) || attempt >= retries) throw error;
      await new Promise((resolve) => setTimeout(resolve, retryDelayMs(attempt)));
    }
  }
}
