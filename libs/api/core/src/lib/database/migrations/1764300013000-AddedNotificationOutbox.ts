import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications and their e-mail outbox in one table (issue 13). A row is written in the same
 * transaction as the change it announces, so a notification exists exactly when its cause does;
 * the e-mail columns make the row its own outbox entry, claimed by the delivery worker with
 * FOR UPDATE SKIP LOCKED and marked SENT once.
 *
 * The unique key (user, event, record, occasion) makes every write idempotent: the scheduled
 * scans insert with ON CONFLICT DO NOTHING, so several instances (or a re-run) never notify
 * twice. `occasion` tells repeated events of one record apart (e.g. the rotation's end date).
 * `link` is the dashboard path for the recipient (it differs by role), kept so the panel and the
 * e-mail show the same place.
 */
export class AddedNotificationOutbox1764300013000 implements MigrationInterface {
  name = 'AddedNotificationOutbox1764300013000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const events = `'REQUEST_SUBMITTED', 'REQUEST_APPROVED', 'REQUEST_DECLINED', 'ROTATION_STARTING', 'ROTATION_ENDING', 'OUTCOME_DUE', 'SEAT_UNFILLED'`;
    await queryRunner.query(`
      CREATE TABLE notification (
        id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id               uuid NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
        event                 text NOT NULL,
        record_type           text NOT NULL,
        record_id             uuid NOT NULL,
        occasion              text NOT NULL DEFAULT '',
        title                 text NOT NULL,
        body                  text NOT NULL DEFAULT '',
        link                  text NOT NULL,
        created_at            timestamptz NOT NULL DEFAULT clock_timestamp(),
        read_at               timestamptz,
        email_state           text NOT NULL DEFAULT 'NONE',
        email_attempts        integer NOT NULL DEFAULT 0,
        email_next_attempt_at timestamptz,
        email_sent_at         timestamptz,
        email_last_error      text,
        CONSTRAINT notification_once UNIQUE (user_id, event, record_type, record_id, occasion),
        CONSTRAINT notification_event_valid CHECK (event IN (${events})),
        CONSTRAINT notification_record_type_valid CHECK (record_type IN ('rotation_request', 'rotation', 'seat')),
        CONSTRAINT notification_email_state_valid CHECK (email_state IN ('NONE', 'PENDING', 'SENT', 'FAILED', 'EXPIRED')),
        CONSTRAINT notification_sent_has_time CHECK ((email_state = 'SENT') = (email_sent_at IS NOT NULL)),
        CONSTRAINT notification_pending_is_scheduled CHECK (email_state <> 'PENDING' OR email_next_attempt_at IS NOT NULL)
      )`);
    await queryRunner.query(
      `CREATE INDEX notification_user_idx ON notification (user_id, created_at DESC, id DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX notification_unread_idx ON notification (user_id) WHERE read_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX notification_email_due_idx ON notification (email_next_attempt_at) WHERE email_state = 'PENDING'`,
    );

    // Which events also go by e-mail, per user. No row = every event (the default).
    await queryRunner.query(`
      CREATE TABLE notification_setting (
        user_id      uuid PRIMARY KEY REFERENCES user_account (id) ON DELETE CASCADE,
        email_events text[] NOT NULL,
        updated_at   timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT notification_setting_events_valid CHECK (email_events <@ ARRAY[${events}]::text[])
      )`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE notification_setting`);
    await queryRunner.query(`DROP TABLE notification`);
  }
}
