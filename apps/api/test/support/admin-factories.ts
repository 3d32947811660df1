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

/**
 * A seat free from `opensOn` on: a new analyst seat, opened that day for the test, in the first
 * PMO (by id) — or the first one not `awayFrom.pmo` and not of scope `awayFrom.scope`. A
 * generated organisation may have no seat open and free over a given window (it depends on the
 * day the data is anchored on), so tests that need one make their own.
 */
export async function freeSeat(
  db: Client,
  opensOn: string,
  awayFrom: { pmo?: string; scope?: string } = {},
): Promise<string> {
  const { seat } = await onlyRow<{ seat: string }>(
    db,
    `INSERT INTO seat (pmo_id, role, title, opens_on)
     SELECT p.id, 'PMO_ANALYST', 'Test seat', $1::date FROM pmo p
      WHERE ($2::uuid IS NULL OR p.id <> $2::uuid) AND ($3::text IS NULL OR p.scope <> $3::text)
      ORDER BY p.id LIMIT 1
     RETURNING id AS seat`,
    [opensOn, awayFrom.pmo ?? null, awayFrom.scope ?? null],
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
