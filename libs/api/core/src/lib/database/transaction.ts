import type { DataSource, EntityManager } from 'typeorm';

const RETRYABLE = new Set(['40001', '40P01']); // serialization failure, deadlock

function pgCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const driver = (error as { driverError?: { code?: string } }).driverError;
  return driver?.code ?? (error as { code?: string }).code;
}

export interface TransactionOptions {
  /** How many times to retry a serialization failure or deadlock (default 3). */
  retries?: number;
}

/**
 * Runs `work` in one transaction, retried with jittered back-off when PostgreSQL aborts it
 * as a serialization failure or deadlock: the work is re-run from the start, so it must only
 * write through `manager`. Anything else (including constraint violations) is thrown as is,
 * and the transaction leaves nothing behind.
 */
export async function runTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
  options: TransactionOptions = {},
): Promise<T> {
  const retries = options.retries ?? 3;
  for (let attempt = 0; ; attempt++) {
    try {
      return await dataSource.transaction(work);
    } catch (error) {
      const code = pgCode(error);
      if (!code || !RETRYABLE.has(code) || attempt >= retries) throw error;
      const delay = 10 * 2 ** attempt + Math.random() * 20 * 2 ** attempt;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
