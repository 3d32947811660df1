import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs an analytics operation's statements on one connection, in one read-only transaction
 * with PostgreSQL's JIT off (docs/decisions.md, "Analytics do not use JIT"). JIT compiles a plan
 * once its estimated cost passes jit_above_cost; these statements are planned large (history ×
 * buckets) but run in tens of milliseconds, so compiling costs far more than it saves (3.3 s of
 * 4.5 s for coverage at xl, STACK-NOTES 18). SET LOCAL ends with the transaction, so the pooled
 * connection goes back as it came. The transaction also gives every statement one snapshot.
 */
export async function readAnalytics<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    // One round trip: without parameters, pg sends both in one simple query.
    await runner.query('BEGIN READ ONLY; SET LOCAL jit = off');
    try {
      const result = await work(runner.manager);
      await runner.query('COMMIT');
      return result;
    } catch (error) {
      await runner.query('ROLLBACK');
      throw error;
    }
  } finally {
    await runner.release();
  }
}
