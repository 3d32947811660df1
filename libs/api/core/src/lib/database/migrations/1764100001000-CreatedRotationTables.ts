import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rotation requests and rotations, with the invariants of SPEC §2 enforced by PostgreSQL
 * itself so that no code path (and no race between two directors) can break them:
 * - exclusion constraints: a person, and a seat, hold at most one non-cancelled rotation on
 *   any day (inclusive date ranges, so back-to-back rotations must not share a day);
 * - a partial unique index: at most one SUBMITTED request per person;
 * - a trigger: a non-cancelled rotation lies within its seat's open window.
 * A rotation's status is read off its dates and `cancelled_at`; only cancellation is stored.
 */
export class CreatedRotationTables1764100001000 implements MigrationInterface {
  name = 'CreatedRotationTables1764100001000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const goals = `ARRAY['PROGRAM_MANAGEMENT', 'PORTFOLIO_MANAGEMENT', 'ORGANIZATIONAL_VISIBILITY', 'PROCESS_IMPROVEMENT', 'EXECUTIVE_NETWORK']::text[]`;

    await queryRunner.query(`
      CREATE TABLE rotation_request (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id        uuid NOT NULL REFERENCES person (id) ON DELETE RESTRICT,
        status           text NOT NULL DEFAULT 'SUBMITTED',
        goals            text[] NOT NULL,
        preferred_scope  text,
        preferred_pmo_id uuid REFERENCES pmo (id) ON DELETE SET NULL,
        earliest_start   date NOT NULL,
        duration_months  integer NOT NULL,
        motivation       text NOT NULL DEFAULT '',
        submitted_at     timestamptz NOT NULL DEFAULT now(),
        decided_at       timestamptz,
        decided_by       uuid REFERENCES user_account (id) ON DELETE SET NULL,
        decision_note    text,
        version          integer NOT NULL DEFAULT 1,
        created_at       timestamptz NOT NULL DEFAULT now(),
        updated_at       timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT rotation_request_status_valid CHECK (status IN ('SUBMITTED', 'APPROVED', 'DECLINED', 'WITHDRAWN')),
        CONSTRAINT rotation_request_goals_valid CHECK (cardinality(goals) BETWEEN 1 AND 5 AND goals <@ ${goals}),
        CONSTRAINT rotation_request_scope_valid CHECK (preferred_scope IS NULL OR preferred_scope IN ('PROGRAM', 'DEPARTMENT', 'ENTERPRISE')),
        CONSTRAINT rotation_request_duration_range CHECK (duration_months BETWEEN 1 AND 60),
        CONSTRAINT rotation_request_motivation_length CHECK (char_length(motivation) <= 2000),
        CONSTRAINT rotation_request_decline_has_note CHECK (status <> 'DECLINED' OR decision_note IS NOT NULL),
        CONSTRAINT rotation_request_decided_when_not_submitted CHECK ((status = 'SUBMITTED') = (decided_at IS NULL))
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX rotation_request_one_submitted_per_person ON rotation_request (person_id) WHERE status = 'SUBMITTED'`,
    );
    await queryRunner.query(
      `CREATE INDEX rotation_request_person_idx ON rotation_request (person_id, submitted_at)`,
    );
    await queryRunner.query(
      `CREATE INDEX rotation_request_status_idx ON rotation_request (status, submitted_at)`,
    );

    await queryRunner.query(`
      CREATE TABLE rotation (
        id                       uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id                uuid NOT NULL REFERENCES person (id) ON DELETE RESTRICT,
        seat_id                  uuid NOT NULL REFERENCES seat (id) ON DELETE RESTRICT,
        request_id               uuid REFERENCES rotation_request (id) ON DELETE RESTRICT,
        starts_on                date NOT NULL,
        ends_on                  date NOT NULL,
        goals                    text[] NOT NULL DEFAULT '{}',
        cancelled_at             timestamptz,
        cancel_reason            text,
        goals_achieved           text[],
        outcome_note             text,
        away_cap_override_reason text,
        created_by               uuid REFERENCES user_account (id) ON DELETE SET NULL,
        version                  integer NOT NULL DEFAULT 1,
        created_at               timestamptz NOT NULL DEFAULT now(),
        updated_at               timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT rotation_dates_ordered CHECK (starts_on <= ends_on),
        CONSTRAINT rotation_goals_valid CHECK (goals <@ ${goals}),
        CONSTRAINT rotation_goals_achieved_valid CHECK (goals_achieved IS NULL OR goals_achieved <@ ${goals}),
        CONSTRAINT rotation_cancel_has_reason CHECK ((cancelled_at IS NULL) = (cancel_reason IS NULL)),
        CONSTRAINT rotation_request_unique UNIQUE (request_id),
        CONSTRAINT rotation_person_no_overlap EXCLUDE USING gist (
          person_id WITH =, daterange(starts_on, ends_on, '[]') WITH &&
        ) WHERE (cancelled_at IS NULL),
        CONSTRAINT rotation_seat_no_overlap EXCLUDE USING gist (
          seat_id WITH =, daterange(starts_on, ends_on, '[]') WITH &&
        ) WHERE (cancelled_at IS NULL)
      )`);
    // Coverage counts non-cancelled rotations covering a date; the exclusion indexes serve
    // per-person and per-seat lookups.
    await queryRunner.query(
      `CREATE INDEX rotation_active_dates_idx ON rotation (starts_on, ends_on) INCLUDE (person_id, seat_id) WHERE cancelled_at IS NULL`,
    );

    await queryRunner.query(`
      CREATE FUNCTION rotation_within_seat_window() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        w record;
      BEGIN
        IF NEW.cancelled_at IS NOT NULL THEN
          RETURN NEW;
        END IF;
        -- FOR SHARE: a concurrent change to the seat's window waits for this row, and vice versa.
        SELECT opens_on, closes_on INTO w FROM seat WHERE id = NEW.seat_id FOR SHARE;
        IF FOUND AND (NEW.starts_on < w.opens_on OR (w.closes_on IS NOT NULL AND NEW.ends_on > w.closes_on)) THEN
          RAISE EXCEPTION 'rotation % to % lies outside the seat''s open window', NEW.starts_on, NEW.ends_on
            USING ERRCODE = 'check_violation', CONSTRAINT = 'rotation_within_seat_window', TABLE = 'rotation';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER rotation_within_seat_window
        BEFORE INSERT OR UPDATE OF seat_id, starts_on, ends_on, cancelled_at ON rotation
        FOR EACH ROW EXECUTE FUNCTION rotation_within_seat_window()`);

    await queryRunner.query(`
      CREATE FUNCTION seat_window_covers_rotations() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (
          SELECT 1 FROM rotation r
          WHERE r.seat_id = NEW.id AND r.cancelled_at IS NULL
            AND (r.starts_on < NEW.opens_on OR (NEW.closes_on IS NOT NULL AND r.ends_on > NEW.closes_on))
        ) THEN
          RAISE EXCEPTION 'the seat''s window would leave a rotation outside it'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'seat_window_covers_rotations', TABLE = 'seat';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER seat_window_covers_rotations
        BEFORE UPDATE OF opens_on, closes_on ON seat
        FOR EACH ROW EXECUTE FUNCTION seat_window_covers_rotations()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER seat_window_covers_rotations ON seat`);
    await queryRunner.query(`DROP FUNCTION seat_window_covers_rotations()`);
    await queryRunner.query(`DROP TABLE rotation`);
    await queryRunner.query(`DROP FUNCTION rotation_within_seat_window()`);
    await queryRunner.query(`DROP TABLE rotation_request`);
  }
}
