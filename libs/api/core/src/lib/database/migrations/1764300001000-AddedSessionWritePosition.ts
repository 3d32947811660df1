import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where a session's last write transaction ended in the primary's WAL. With read replicas, a
 * request of this session reads from a replica only once that replica has replayed past it
 * (read-your-writes), on whichever API instance the request lands.
 */
export class AddedSessionWritePosition1764300001000 implements MigrationInterface {
  name = 'AddedSessionWritePosition1764300001000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE user_session ADD COLUMN last_write_lsn pg_lsn`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE user_session DROP COLUMN last_write_lsn`);
  }
}
