import type { DataSource, EntityManager } from 'typeorm';
import { retryDelayMs, runTransaction } from './transaction';

/** A DataSource whose transactions fail with the given errors first, then succeed. */
function flakyDataSource(failures: unknown[]): { dataSource: DataSource; attempts: () => number } {
  let attempts = 0;
  const dataSource = {
    transaction: async <T>(work: (manager: EntityManager) => Promise<T>): Promise<T> => {
      attempts += 1;
      const failure = failures.shift();
      if (failure) throw failure;
      return work({} as EntityManager);
    },
  } as unknown as DataSource;
  return { dataSource, attempts: () => attempts };
}

const pgError = (code: string) => Object.assign(new Error(`pg ${code}`), { code });
// TypeORM wraps driver errors in a QueryFailedError with the original as driverError.
const typeormError = (code: string) =>
  Object.assign(new Error('QueryFailedError'), { driverError: { code } });

describe('runTransaction', () => {
  it.each([
    ['a serialization failure (40001)', pgError('40001')],
    ['a deadlock (40P01)', pgError('40P01')],
    ['a wrapped deadlock', typeormError('40P01')],
  ])('retries %s and returns the result of the attempt that commits', async (_label, failure) => {
    const { dataSource, attempts } = flakyDataSource([failure, failure]);
    await expect(runTransaction(dataSource, async () => 'done')).resolves.toBe('done');
    expect(attempts()).toBe(3);
  });

  it('gives up after the bounded number of retries and throws the last failure', async () => {
    const failure = pgError('40001');
    const { dataSource, attempts } = flakyDataSource([failure, failure, failure, failure, failure]);
    await expect(runTransaction(dataSource, async () => 'done', { retries: 2 })).rejects.toBe(
      failure,
    );
    expect(attempts()).toBe(3);
  });

  it.each([
    ['a constraint violation', pgError('23505')],
    ['a lost connection', pgError('ECONNREFUSED')],
    ['a plain error', new Error('bug')],
  ])('does not retry %s', async (_label, failure) => {
    const { dataSource, attempts } = flakyDataSource([failure]);
    await expect(runTransaction(dataSource, async () => 'done')).rejects.toBe(failure);
    expect(attempts()).toBe(1);
  });

  it('reports a connection lost mid-transaction as SERVICE_UNAVAILABLE, without retrying', async () => {
    class QueryRunnerProviderAlreadyReleasedError extends Error {
      override name = 'QueryRunnerProviderAlreadyReleasedError';
    }
    const { dataSource, attempts } = flakyDataSource([
      new QueryRunnerProviderAlreadyReleasedError('released'),
    ]);
    await expect(runTransaction(dataSource, async () => 'done')).rejects.toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
    });
    expect(attempts()).toBe(1);
  });

  it('waits with exponential back-off and jitter between attempts', () => {
    expect(retryDelayMs(0, () => 0)).toBe(10);
    expect(retryDelayMs(0, () => 1)).toBe(30);
    expect(retryDelayMs(2, () => 0)).toBe(40);
    expect(retryDelayMs(2, () => 1)).toBe(120);
    const samples = new Set(Array.from({ length: 20 }, () => retryDelayMs(1)));
    expect(samples.size).toBeGreaterThan(1);
  });
});
