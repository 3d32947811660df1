import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Client keys for retried writes (the Idempotency-Key header). A key row is written in the same
 * transaction as the change it guards, so a committed change always has its key and a retry
 * with the key can never apply the change twice. The response is kept to answer the retry.
 * Rows older than 24 hours are swept.
 */
export class AddedIdempotencyKeys1764100005000 implements MigrationInterface {
  name = 'AddedIdempotencyKeys1764100005000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE idempotency_key (
        user_id      uuid NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
        key          text NOT NULL,
        operation    text NOT NULL,
        request_hash text NOT NULL,
        response     jsonb,
        created_at   timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, key),
        CONSTRAINT idempotency_key_length CHECK (char_length(key) BETWEEN 1 AND 255)
      )`);
    await queryRunner.query(
      `CREATE INDEX idempotency_key_created_idx ON idempotency_key (created_at)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE idempotency_key`);
  }
}
