import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Effective-dated person history (SPEC §8): department, career level and leave are facts with
 * dates. `person_history` holds one row per stretch `[valid_from, valid_to)` (`valid_to` null =
 * open-ended); PostgreSQL refuses two overlapping stretches of one person, like rotations. The
 * person row keeps the *current* values (those of the open-ended stretch) so that look-ups and
 * forms stay one-row reads; the history is what every number over time reads.
 *
 * Every existing way of writing a person keeps the two in step without knowing about history:
 * - inserting a person opens its first stretch at `hired_on` (statement-level trigger, so a
 *   100,000-row import or COPY costs one set-based insert);
 * - updating department, level or leave records the change *as of* the transaction's
 *   `stint.effective_on` setting (`SET LOCAL stint.effective_on = '2026-03-01'`), or today when
 *   it is unset: from that date on the changed attributes take the new values, earlier stretches
 *   are left exactly as they were, and adjacent equal stretches merge;
 * - a writer that records history itself (the generator, a correction of a past stretch) sets
 *   `stint.person_history = 'manual'` locally and the triggers stand aside.
 * `person_history_set(...)` applies a change to any stretch of time (a correction) and
 * `person_history_sync_current(person)` copies the open stretch back onto the person row.
 *
 * Down drops the history; the person rows keep their current values (nothing current is lost).
 */
export class AddedPersonHistory1764200000000 implements MigrationInterface {
  name = 'AddedPersonHistory1764200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE person_history (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id     uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        valid_from    date NOT NULL,
        valid_to      date,
        department_id uuid NOT NULL REFERENCES department (id) ON DELETE RESTRICT,
        career_level  text NOT NULL,
        on_leave      boolean NOT NULL DEFAULT false,
        created_at    timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT person_history_dates_ordered CHECK (valid_to IS NULL OR valid_to > valid_from),
        CONSTRAINT person_history_career_level_valid CHECK (career_level IN (
          'PROJECT_COORDINATOR', 'PROJECT_MANAGER', 'SENIOR_PROJECT_MANAGER',
          'PROGRAM_MANAGER', 'PORTFOLIO_MANAGER')),
        CONSTRAINT person_history_no_overlap EXCLUDE USING gist (
          person_id WITH =, daterange(valid_from, valid_to, '[)') WITH &&
        )
      )`);
    // Analytics read "who was in department D on date d": by department, then by date.
    await queryRunner.query(
      `CREATE INDEX person_history_department_idx ON person_history (department_id, valid_from)
         INCLUDE (person_id, valid_to, career_level, on_leave)`,
    );
    await queryRunner.query(
      `CREATE INDEX person_history_person_idx ON person_history (person_id, valid_from)`,
    );
    // One stretch per person, from hire on, with today's values: nothing is lost.
    await queryRunner.query(`
      INSERT INTO person_history (person_id, valid_from, department_id, career_level, on_leave)
      SELECT id, hired_on, department_id, career_level, on_leave FROM person`);

    // Splits the stretch of a person that strictly contains `at` into two at `at`.
    await queryRunner.query(`
      CREATE FUNCTION person_history_split(p_person uuid, p_at date) RETURNS void
      LANGUAGE plpgsql AS $$
      DECLARE
        s person_history%ROWTYPE;
      BEGIN
        SELECT * INTO s FROM person_history
         WHERE person_id = p_person AND valid_from < p_at AND (valid_to IS NULL OR valid_to > p_at)
         FOR UPDATE;
        IF FOUND THEN
          UPDATE person_history SET valid_to = p_at WHERE id = s.id;
          INSERT INTO person_history (person_id, valid_from, valid_to, department_id, career_level, on_leave)
          VALUES (p_person, p_at, s.valid_to, s.department_id, s.career_level, s.on_leave);
        END IF;
      END $$`);

    // Merges adjacent stretches of a person whose values are equal.
    await queryRunner.query(`
      CREATE FUNCTION person_history_merge(p_person uuid) RETURNS void
      LANGUAGE plpgsql AS $$
      DECLARE
        r person_history%ROWTYPE;
        prev person_history%ROWTYPE;
      BEGIN
        FOR r IN SELECT * FROM person_history WHERE person_id = p_person ORDER BY valid_from LOOP
          IF prev.id IS NOT NULL AND prev.valid_to = r.valid_from
             AND (prev.department_id, prev.career_level, prev.on_leave)
                 = (r.department_id, r.career_level, r.on_leave) THEN
            DELETE FROM person_history WHERE id = r.id;
            UPDATE person_history SET valid_to = r.valid_to WHERE id = prev.id;
            prev.valid_to := r.valid_to;
          ELSE
            prev := r;
          END IF;
        END LOOP;
      END $$`);

    // Sets the given attributes (null = leave as it is) on [p_from, p_to) (p_to null = from
    // p_from on). Stretches outside the range are untouched; the person row is not changed.
    await queryRunner.query(`
      CREATE FUNCTION person_history_set(
        p_person uuid, p_from date, p_to date,
        p_department uuid, p_level text, p_on_leave boolean
      ) RETURNS void
      LANGUAGE plpgsql AS $$
      DECLARE
        first_from date;
      BEGIN
        SELECT min(valid_from) INTO first_from FROM person_history WHERE person_id = p_person;
        IF first_from IS NULL THEN
          RAISE EXCEPTION 'person % has no history', p_person USING ERRCODE = 'no_data_found';
        END IF;
        -- Nothing is recorded before the first stretch (the hire): a change dated earlier
        -- starts there.
        p_from := greatest(p_from, first_from);
        IF p_to IS NOT NULL AND p_to <= p_from THEN
          RETURN;
        END IF;
        PERFORM person_history_split(p_person, p_from);
        IF p_to IS NOT NULL THEN
          PERFORM person_history_split(p_person, p_to);
        END IF;
        UPDATE person_history
           SET department_id = coalesce(p_department, department_id),
               career_level  = coalesce(p_level, career_level),
               on_leave      = coalesce(p_on_leave, on_leave)
         WHERE person_id = p_person AND valid_from >= p_from
           AND (p_to IS NULL OR valid_from < p_to);
        PERFORM person_history_merge(p_person);
      END $$`);

    // Copies the open-ended stretch onto the person row (after a correction).
    await queryRunner.query(`
      CREATE FUNCTION person_history_sync_current(p_person uuid) RETURNS void
      LANGUAGE plpgsql AS $$
      DECLARE
        previous text := coalesce(current_setting('stint.person_history', true), '');
      BEGIN
        PERFORM set_config('stint.person_history', 'manual', true);
        UPDATE person p
           SET department_id = h.department_id, career_level = h.career_level, on_leave = h.on_leave
          FROM person_history h
         WHERE p.id = p_person AND h.person_id = p_person AND h.valid_to IS NULL
           AND (p.department_id, p.career_level, p.on_leave)
               IS DISTINCT FROM (h.department_id, h.career_level, h.on_leave);
        PERFORM set_config('stint.person_history', previous, true);
      END $$`);

    await queryRunner.query(`
      CREATE FUNCTION person_history_on_insert() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        IF coalesce(current_setting('stint.person_history', true), '') = 'manual' THEN
          RETURN NULL;
        END IF;
        INSERT INTO person_history (person_id, valid_from, department_id, career_level, on_leave)
        SELECT id, hired_on, department_id, career_level, on_leave FROM inserted;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER person_history_on_insert
        AFTER INSERT ON person REFERENCING NEW TABLE AS inserted
        FOR EACH STATEMENT EXECUTE FUNCTION person_history_on_insert()`);

    await queryRunner.query(`
      CREATE FUNCTION person_history_on_update() RETURNS trigger
      LANGUAGE plpgsql AS $$
      DECLARE
        effective date := coalesce(
          nullif(current_setting('stint.effective_on', true), '')::date, current_date);
        r record;
      BEGIN
        IF coalesce(current_setting('stint.person_history', true), '') = 'manual' THEN
          RETURN NULL;
        END IF;
        FOR r IN
          SELECT n.id, n.hired_on,
                 n.department_id, n.career_level, n.on_leave,
                 n.department_id IS DISTINCT FROM o.department_id AS department_changed,
                 n.career_level IS DISTINCT FROM o.career_level AS level_changed,
                 n.on_leave IS DISTINCT FROM o.on_leave AS leave_changed,
                 n.hired_on < o.hired_on AS hired_earlier
            FROM updated n JOIN previous o ON o.id = n.id
           WHERE (n.department_id, n.career_level, n.on_leave) IS DISTINCT FROM
                 (o.department_id, o.career_level, o.on_leave)
              OR n.hired_on < o.hired_on
        LOOP
          IF r.hired_earlier THEN
            -- The first stretch starts at the hire.
            UPDATE person_history h SET valid_from = r.hired_on
             WHERE h.person_id = r.id AND h.valid_from > r.hired_on
               AND h.valid_from = (SELECT min(valid_from) FROM person_history WHERE person_id = r.id);
          END IF;
          IF r.department_changed OR r.level_changed OR r.leave_changed THEN
            PERFORM person_history_set(
              r.id, effective, NULL,
              CASE WHEN r.department_changed THEN r.department_id END,
              CASE WHEN r.level_changed THEN r.career_level END,
              CASE WHEN r.leave_changed THEN r.on_leave END);
          END IF;
        END LOOP;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER person_history_on_update
        AFTER UPDATE ON person REFERENCING OLD TABLE AS previous NEW TABLE AS updated
        FOR EACH STATEMENT EXECUTE FUNCTION person_history_on_update()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER person_history_on_update ON person`);
    await queryRunner.query(`DROP FUNCTION person_history_on_update()`);
    await queryRunner.query(`DROP TRIGGER person_history_on_insert ON person`);
    await queryRunner.query(`DROP FUNCTION person_history_on_insert()`);
    await queryRunner.query(`DROP FUNCTION person_history_sync_current(uuid)`);
    await queryRunner.query(
      `DROP FUNCTION person_history_set(uuid, date, date, uuid, text, boolean)`,
    );
    await queryRunner.query(`DROP FUNCTION person_history_merge(uuid)`);
    await queryRunner.query(`DROP FUNCTION person_history_split(uuid, date)`);
    await queryRunner.query(`DROP TABLE person_history`);
  }
}
