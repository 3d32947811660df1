import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Versioned eligibility policy (every change is a new row; answers name the version used)
 * and the append-only audit trail. The policy seeded here is SPEC §3's default, written out
 * literally so this migration means the same thing whatever the code later becomes.
 */
export class CreatedPolicyAndAuditTables1764100002000 implements MigrationInterface {
  name = 'CreatedPolicyAndAuditTables1764100002000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE eligibility_policy (
        version    integer PRIMARY KEY,
        rules      jsonb NOT NULL,
        note       text,
        created_by uuid REFERENCES user_account (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT eligibility_policy_version_positive CHECK (version > 0),
        CONSTRAINT eligibility_policy_rules_object CHECK (jsonb_typeof(rules) = 'object')
      )`);
    await queryRunner.query(`
      INSERT INTO eligibility_policy (version, rules, note) VALUES (1, '{
        "eligibleLevels": ["PROJECT_MANAGER", "SENIOR_PROJECT_MANAGER", "PROGRAM_MANAGER"],
        "minExperienceMonths": 24,
        "cooldownMonths": 24,
        "maxRotations": 2,
        "minDurationMonths": 12,
        "maxDurationMonths": 24,
        "managerSeatMinLevel": "SENIOR_PROJECT_MANAGER"
      }'::jsonb, 'Default policy (SPEC §3)')`);

    await queryRunner.query(`
      CREATE TABLE audit_event (
        id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at   timestamptz NOT NULL DEFAULT now(),
        actor_user_id uuid,
        actor_label   text NOT NULL,
        action        text NOT NULL,
        entity_type   text NOT NULL,
        entity_id     text NOT NULL,
        before        jsonb,
        after         jsonb,
        reason        text
      )`);
    await queryRunner.query(
      `CREATE INDEX audit_event_entity_idx ON audit_event (entity_type, entity_id, occurred_at)`,
    );
    await queryRunner.query(
      `CREATE INDEX audit_event_actor_idx ON audit_event (actor_user_id, occurred_at)`,
    );
    await queryRunner.query(`CREATE INDEX audit_event_time_idx ON audit_event (occurred_at)`);
    // Append-only: the trail is evidence, so nothing in the application may rewrite it.
    await queryRunner.query(`
      CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit events are append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
        FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`);
    await queryRunner.query(`
      CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
        FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE audit_event`);
    await queryRunner.query(`DROP FUNCTION audit_event_append_only()`);
    await queryRunner.query(`DROP TABLE eligibility_policy`);
  }
}
