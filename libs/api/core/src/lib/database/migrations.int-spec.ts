import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '../../testing';
import { migrateDown, migrateUp } from './migrate';
import { MIGRATIONS } from './migrations';

describe('migrations', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase({ migrate: false });
  });
  afterAll(() => database.drop());

  async function tables(): Promise<string[]> {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ table_name: string }>(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'typeorm_migrations' ORDER BY 1`,
      );
      return rows.map((r) => r.table_name);
    } finally {
      await client.end();
    }
  }

  it('run up on an empty database, all the way down, and up again', async () => {
    expect(await migrateUp(database.url)).toHaveLength(MIGRATIONS.length);
    const created = await tables();
    expect(created).toEqual([
      'audit_event',
      'away_run',
      'coverage_month',
      'coverage_person_event',
      'department',
      'eligibility_policy',
      'fairness_fact',
      'idempotency_key',
      'login_throttle',
      'notification',
      'notification_setting',
      'oidc_login',
      'outcome_return',
      'outcome_span',
      'outcome_span_bounds',
      'outcome_span_source',
      'person',
      'person_eligible_days',
      'person_history',
      'pmo',
      'pmo_director',
      'pmo_fill_month',
      'pmo_fill_pmo',
      'pmo_fill_seat_month',
      'rotation',
      'rotation_request',
      'seat',
      'user_account',
      'user_session',
    ]);
    expect(await migrateUp(database.url)).toEqual([]);

    expect(await migrateDown(database.url, Infinity)).toBe(MIGRATIONS.length);
    expect(await tables()).toEqual([]);

    expect(await migrateUp(database.url)).toHaveLength(MIGRATIONS.length);
    expect(await tables()).toEqual(created);
  });
});
