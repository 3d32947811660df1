import { Client } from 'pg';

/**
 * Two transactions on their own connections: `first` writes in one, then `second` starts in the
 * other and waits for the first's locks (a rollup's advisory lock); the first commits, so the
 * second runs with the first's rows in view, and commits too.
 */
export async function secondWaitsForFirst(
  url: string,
  first: (db: Client) => Promise<unknown>,
  second: (db: Client) => Promise<unknown>,
): Promise<void> {
  const a = new Client({ connectionString: url });
  const b = new Client({ connectionString: url });
  await a.connect();
  await b.connect();
  try {
    await a.query('BEGIN');
    await b.query('BEGIN');
    await first(a);
    const waiting = second(b);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await a.query('COMMIT');
    await waiting;
    await b.query('COMMIT');
  } finally {
    await a.end();
    await b.end();
  }
}
