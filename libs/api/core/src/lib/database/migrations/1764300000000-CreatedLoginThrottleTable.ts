import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Failed sign-in counters, shared by every API instance (rate-limiter-flexible's PostgreSQL
 * store, in its own layout: key, points, expire in epoch milliseconds). Created here rather than
 * by the library at run time, so the app needs no DDL rights and instances never race to create
 * it. Keys are SHA-256 digests: no e-mail address or client address is stored.
 */
export class CreatedLoginThrottleTable1764300000000 implements MigrationInterface {
  name = 'CreatedLoginThrottleTable1764300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE login_throttle (
        key    varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      )`);
    await queryRunner.query(`CREATE INDEX login_throttle_expire_idx ON login_throttle (expire)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE login_throttle`);
  }
}
