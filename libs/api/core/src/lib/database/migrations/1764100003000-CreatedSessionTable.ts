import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in sessions. Only a SHA-256 of the session token is stored, so a database dump does
 * not hand out live sessions.
 */
export class CreatedSessionTable1764100003000 implements MigrationInterface {
  name = 'CreatedSessionTable1764100003000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE user_session (
        token_hash   text PRIMARY KEY,
        user_id      uuid NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
        created_at   timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at   timestamptz NOT NULL,
        user_agent   text,
        CONSTRAINT user_session_expires_after_creation CHECK (expires_at > created_at)
      )`);
    await queryRunner.query(`CREATE INDEX user_session_user_idx ON user_session (user_id)`);
    await queryRunner.query(`CREATE INDEX user_session_expiry_idx ON user_session (expires_at)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE user_session`);
  }
}
