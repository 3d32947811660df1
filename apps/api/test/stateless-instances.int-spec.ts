import type { NestExpressApplication } from '@nestjs/platform-express';
import { Pool } from 'pg';
import { loadConfig } from '@stint/api-core';
import { createTestDatabase, type TestDatabase } from '@stint/api-core/testing';
import { seedDemoIfEmpty } from '@stint/generator';
import { LOGIN_LIMITS } from '@stint/api-auth';
import { createApp } from '../src/app/create-app';
import { applyMigrations, withStartupLock } from '../src/app/database-bootstrap';
import { startTestApp, TEST_PASSWORD, type TestApp } from './support/test-app';

/** Nothing that protects the API may live in one process: two instances share one truth. */
describe('several API instances on one database', () => {
  describe('login throttling', () => {
    let t: TestApp;
    let second: NestExpressApplication;
    let secondUrl: string;

    beforeAll(async () => {
      t = await startTestApp();
      const config = loadConfig({
        NODE_ENV: 'test',
        DATABASE_URL: t.database.url,
        STINT_DEMO_DATA: 'false',
        WEB_DIST_DIR: '/nonexistent',
        LOG_LEVEL: 'error',
      });
      second = await createApp(config, t.database.url);
      await second.listen(0, '127.0.0.1');
      secondUrl = (await second.getUrl()).replace('[::1]', '127.0.0.1');
    });
    afterAll(async () => {
      await second.close();
      await t.close();
    });

    const login = async (url: string, email: string, password: string) => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
          variables: { e: email, p: password },
        }),
      });
      const body = (await response.json()) as {
        data?: { login?: { token: string } } | null;
        errors?: { extensions?: { reason?: string } }[];
      };
      if (body.data?.login) return 'signed-in';
      return body.errors?.[0]?.extensions?.reason === 'RATE_LIMITED' ? 'throttled' : 'refused';
    };

    it('counts failures from both instances against one quota, in PostgreSQL', async () => {
      const { email } = await t.signIn('HR');
      const quota = LOGIN_LIMITS.perAccount.points;
      const outcomes: string[] = [];
      // Alternate instances: with per-process counters each would allow `quota` failures.
      for (let i = 0; i < quota; i += 1) {
        outcomes.push(await login(i % 2 ? secondUrl : t.url, email, 'wrong password'));
      }
      expect(outcomes).toEqual(Array(quota).fill('refused'));
      // Blocked on both instances now, even with the right password.
      expect(await login(t.url, email, TEST_PASSWORD)).toBe('throttled');
      expect(await login(secondUrl, email, TEST_PASSWORD)).toBe('throttled');
      process.stdout.write(
        `login attempts allowed across two instances: ${outcomes.length} (one quota of ${quota})\n`,
      );
      // The counters are rows of login_throttle, keyed by digests: no address is stored.
      const { rows } = await t.db.query<{ key: string; points: number }>(
        'SELECT key, points FROM login_throttle',
      );
      expect(rows.length).toBeGreaterThanOrEqual(2);
      expect(rows.some((row) => row.points >= quota)).toBe(true);
      expect(rows.every((row) => !row.key.includes('@') && !row.key.includes('127.0.0.1'))).toBe(
        true,
      );
    });

    it('forgets an account’s failures when it signs in, on either instance', async () => {
      const { email } = await t.signIn('HR');
      expect(await login(t.url, email, 'wrong password')).toBe('refused');
      expect(await login(secondUrl, email, TEST_PASSWORD)).toBe('signed-in');
      for (let i = 0; i < LOGIN_LIMITS.perAccount.points - 1; i += 1) {
        expect(await login(i % 2 ? t.url : secondUrl, email, 'wrong password')).toBe('refused');
      }
      expect(await login(t.url, email, TEST_PASSWORD)).toBe('signed-in');
    });
  });

  describe('behind a load balancer (TRUST_PROXY=1)', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ TRUST_PROXY: '1' });
    });
    afterAll(() => t.close());

    const login = async (forwardedFor: string, email: string, password: string) => {
      const response = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
        body: JSON.stringify({
          query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
          variables: { e: email, p: password },
        }),
      });
      const body = (await response.json()) as {
        data?: { login?: { token: string } } | null;
        errors?: { extensions?: { reason?: string } }[];
      };
      if (body.data?.login) return 'signed-in';
      return body.errors?.[0]?.extensions?.reason === 'RATE_LIMITED' ? 'throttled' : 'refused';
    };

    it("throttles by the client's address, not the load balancer's", async () => {
      const { email } = await t.signIn('HR');
      for (let i = 0; i < LOGIN_LIMITS.perAccount.points; i += 1) {
        expect(await login('203.0.113.7', email, 'wrong password')).toBe('refused');
      }
      expect(await login('203.0.113.7', email, TEST_PASSWORD)).toBe('throttled');
      // Another client behind the same balancer is not locked out by the first one.
      expect(await login('198.51.100.9', email, TEST_PASSWORD)).toBe('signed-in');
    });
  });

  describe('starting at once on an empty database', () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase({ migrate: false });
    });
    afterAll(() => database.drop());

    it('migrates and loads the demo organisation once; the others wait, then find it done', async () => {
      const lines: string[] = [];
      const start = (name: string) =>
        withStartupLock(
          database.url,
          (line) => lines.push(`${name}: ${line}`),
          async () => {
            await applyMigrations(database.url, (line) => lines.push(`${name}: ${line}`));
            const pool = new Pool({ connectionString: database.url, max: 2 });
            try {
              return await seedDemoIfEmpty(pool, '2026-11-01');
            } finally {
              await pool.end();
            }
          },
        );
      const loaded = await Promise.all([start('a'), start('b'), start('c')]);
      expect(loaded.filter(Boolean)).toHaveLength(1);
      expect(lines.filter((line) => line.includes('Applied'))).toHaveLength(1);
      expect(lines.filter((line) => line.includes('waiting'))).toHaveLength(2);

      const pool = new Pool({ connectionString: database.url, max: 1 });
      try {
        const migrations = await pool.query<{ name: string; n: number }>(
          'SELECT name, count(*)::int AS n FROM typeorm_migrations GROUP BY name',
        );
        expect(migrations.rows.every((row) => row.n === 1)).toBe(true);
        const departments = await pool.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM department',
        );
        expect(departments.rows[0].n).toBe(12);
      } finally {
        await pool.end();
      }
    });
  });
});
