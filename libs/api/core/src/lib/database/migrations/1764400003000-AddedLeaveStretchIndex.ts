import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The stretches of leave, by start: the eligibility rules ask "on leave at some point in the
 * window" of every person (onLeaveDuring in @stint/api-data, a hashed IN over the few leave
 * stretches). Without it that list is a scan of all of person_history (~100 ms of the eligible
 * people filter at xl); with it, a read of the partial index (leave stretches are a small share).
 */
export class AddedLeaveStretchIndex1764400003000 implements MigrationInterface {
  name = 'AddedLeaveStretchIndex1764400003000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX person_history_leave_idx ON person_history (valid_from) INCLUDE (person_id, valid_to) WHERE on_leave`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX person_history_leave_idx`);
  }
}
