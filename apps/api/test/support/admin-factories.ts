import type { Client } from 'pg';
import type { GraphQLResponse } from './test-app';

/** Every row of a table, in a stable order: compare before and after a refused mutation. */
export async function snapshot(db: Client, table: string, orderBy: string): Promise<unknown[]> {
  const { rows } = await db.query(`SELECT * FROM ${table} ORDER BY ${orderBy}`);
  return rows;
}

/** The one row a statement must return. */
export async function onlyRow<T>(db: Client, sql: string, params: unknown[] = []): Promise<T> {
  const { rows } = await db.query(sql, params);
  expect(rows).toHaveLength(1);
  return rows[0] as T;
}

/** The first seat (by id) open and without a rotation from `from` through `days` days after it. */
export async function freeSeat(db: Client, from: string, days: number): Promise<string> {
  const { seat } = await onlyRow<{ seat: string }>(
    db,
    `SELECT s.id AS seat FROM seat s WHERE s.opens_on <= $1::date AND (s.closes_on IS NULL OR s.closes_on > $1::date + $2::int)
        AND NOT EXISTS (SELECT 1 FROM rotation r WHERE r.seat_id = s.id AND r.cancelled_at IS NULL
                           AND r.starts_on <= $1::date + $2::int AND r.ends_on >= $1::date)
      ORDER BY s.id LIMIT 1`,
    [from, days],
  );
  return seat;
}

export async function countRows(db: Client, table: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
  return rows[0].n;
}

/** The error code (and reason) of the first error, or 'OK' when there was none. */
export function outcome(response: GraphQLResponse<unknown>): string {
  const error = response.errors?.[0];
  if (!error) return 'OK';
  const reason = error.extensions?.['reason'];
  return reason
    ? `${String(error.extensions?.['code'])}:${String(reason)}`
    : String(error.extensions?.['code']);
}

/** The field names of a BAD_USER_INPUT error. */
export function badFields(response: GraphQLResponse<unknown>): string[] {
  const fields = response.errors?.[0]?.extensions?.['fields'] as { field: string }[] | undefined;
  return (fields ?? []).map((f) => f.field);
}

/**
 * Waits until `count` backends of this database wait for a lock: a test holds a row lock,
 * starts concurrent requests, and releases it only once they all queue behind it.
 */
export async function waitForLockWaiters(db: Client, count: number): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const { rows } = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    );
    if (rows[0].n >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`never saw ${count} requests waiting for a lock`);
}
