import { Client } from 'pg';
import { adminUrl } from '@stint/api-core/testing';
import { startTestApp, type TestApp } from './support/test-app';

describe('health endpoints', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('reports live and ready while the database answers', async () => {
    const live = await fetch(`${t.url}/health/live`);
    expect(live.status).toBe(200);
    const ready = await fetch(`${t.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      status: 'ok',
      info: { database: { status: 'up' } },
    });
  });

  it('reports not ready, and stays up, while the database is unreachable', async () => {
    const hr = await t.signIn('HR');
    // Refuse new connections and cut the open ones from the server side, as an outage would.
    const admin = new Client({ connectionString: adminUrl() });
    await admin.connect();
    const terminate = () =>
      admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1`, [
        t.database.name,
      ]);
    await admin.query(`ALTER DATABASE ${t.database.name} WITH ALLOW_CONNECTIONS false`);
    try {
      await terminate();
      const ready = await fetch(`${t.url}/health/ready`);
      expect(ready.status).toBe(503);
      expect((await fetch(`${t.url}/health/live`)).status).toBe(200);
    } finally {
      await admin.query(`ALTER DATABASE ${t.database.name} WITH ALLOW_CONNECTIONS true`);
      await admin.end();
    }
    const again = await fetch(`${t.url}/health/ready`);
    expect(again.status).toBe(200);
    const departments = await t.gql('{ departments { id } }', {}, hr.headers);
    expect(departments.errors).toBeUndefined();
  });
});
