import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { readAnalytics } from './analytics-read';

/** A query runner that records what it is asked to run. */
function fakeDataSource(failOn?: string): {
  dataSource: DataSource;
  sent: string[];
  released: () => boolean;
} {
  const sent: string[] = [];
  let released = false;
  const manager = {
    query: async (sql: string) => {
      sent.push(sql);
      if (failOn && sql === failOn) throw new Error('boom');
      return [];
    },
  } as unknown as EntityManager;
  const runner = {
    manager,
    connect: async () => undefined,
    query: manager.query,
    release: async () => {
      released = true;
    },
  } as unknown as QueryRunner;
  const dataSource = { createQueryRunner: () => runner } as unknown as DataSource;
  return { dataSource, sent, released: () => released };
}

describe('readAnalytics', () => {
  it('runs the work in one read-only transaction with JIT off, then commits and releases', async () => {
    const { dataSource, sent, released } = fakeDataSource();
    const result = await readAnalytics(dataSource, async (m) => {
      await m.query('SELECT 1');
      return 42;
    });
    expect(result).toBe(42);
    expect(sent).toEqual(['BEGIN READ ONLY; SET LOCAL jit = off', 'SELECT 1', 'COMMIT']);
    expect(released()).toBe(true);
  });

  it('rolls back and releases when the work fails', async () => {
    const { dataSource, sent, released } = fakeDataSource('SELECT 1');
    await expect(readAnalytics(dataSource, (m) => m.query('SELECT 1'))).rejects.toThrow('boom');
    expect(sent).toEqual(['BEGIN READ ONLY; SET LOCAL jit = off', 'SELECT 1', 'ROLLBACK']);
    expect(released()).toBe(true);
  });
});
