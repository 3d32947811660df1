import { DataSource } from 'typeorm';
import { startTestApp, type SignedIn, type TestApp } from './support/test-app';

const POOL = 3;
const TIMEOUT_MS = 400;

describe('database pool exhaustion', () => {
  let t: TestApp;
  let hr: SignedIn;

  beforeAll(async () => {
    t = await startTestApp({
      DB_POOL_SIZE: String(POOL),
      DB_CONNECT_TIMEOUT_MS: String(TIMEOUT_MS),
    });
    hr = await t.signIn('HR');
  });
  afterAll(() => t.close());

  it('fails a request fast with SERVICE_UNAVAILABLE while every connection is busy, then serves normally', async () => {
    const dataSource = t.app.get(DataSource);
    const started = Date.now();
    // Hold every pooled connection for 2.5 s through the app's own DataSource.
    const load = Promise.all(
      Array.from({ length: POOL }, () => dataSource.query('SELECT pg_sleep(2.5)')),
    );
    await new Promise((resolve) => setTimeout(resolve, 200));

    const before = Date.now();
    const starved = await t.gql('{ departments { id } }', {}, hr.headers);
    const waited = Date.now() - before;

    expect(starved.status).toBe(200);
    expect(starved.errors?.[0]).toMatchObject({
      message: 'The database is unavailable; please try again shortly',
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
    // It waited for a connection for about DB_CONNECT_TIMEOUT_MS, not until the load ended.
    expect(waited).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
    expect(waited).toBeLessThan(TIMEOUT_MS + 1000);
    expect(Date.now() - started).toBeLessThan(2500);

    await load;
    const served = await t.gql('{ departments { id } }', {}, hr.headers);
    expect(served.errors).toBeUndefined();
  });
});
