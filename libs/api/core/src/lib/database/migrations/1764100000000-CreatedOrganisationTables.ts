import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Departments, people, user accounts, PMOs, their directors and seats (SPEC §2).
 * Enumerations are text with CHECK constraints rather than Postgres enum types, so a new value
 * is one reviewed constraint change and never an ALTER TYPE that cannot run in a transaction.
 */
export class CreatedOrganisationTables1764100000000 implements MigrationInterface {
  name = 'CreatedOrganisationTables1764100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);

    await queryRunner.query(`
      CREATE TABLE department (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code            text NOT NULL,
        name            text NOT NULL,
        parent_id       uuid REFERENCES department (id) ON DELETE RESTRICT,
        coverage_target numeric(4,3) NOT NULL DEFAULT 0.30,
        away_cap        numeric(4,3) NOT NULL DEFAULT 0.20,
        version         integer NOT NULL DEFAULT 1,
        created_at      timestamptz NOT NULL DEFAULT now(),
        updated_at      timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT department_code_unique UNIQUE (code),
        CONSTRAINT department_code_format CHECK (code ~ '^[A-Z0-9][A-Z0-9_-]{0,15}$'),
        CONSTRAINT department_name_present CHECK (length(btrim(name)) > 0),
        CONSTRAINT department_coverage_target_share CHECK (coverage_target BETWEEN 0 AND 1),
        CONSTRAINT department_away_cap_share CHECK (away_cap BETWEEN 0 AND 1),
        CONSTRAINT department_not_own_parent CHECK (parent_id IS NULL OR parent_id <> id)
      )`);
    await queryRunner.query(`CREATE INDEX department_parent_idx ON department (parent_id)`);

    await queryRunner.query(`
      CREATE TABLE person (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        employee_number text NOT NULL,
        full_name       text NOT NULL,
        email           text NOT NULL,
        department_id   uuid NOT NULL REFERENCES department (id) ON DELETE RESTRICT,
        career_level    text NOT NULL,
        pm_since        date NOT NULL,
        hired_on        date NOT NULL,
        left_on         date,
        on_leave        boolean NOT NULL DEFAULT false,
        version         integer NOT NULL DEFAULT 1,
        created_at      timestamptz NOT NULL DEFAULT now(),
        updated_at      timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT person_employee_number_unique UNIQUE (employee_number),
        CONSTRAINT person_career_level_valid CHECK (career_level IN (
          'PROJECT_COORDINATOR', 'PROJECT_MANAGER', 'SENIOR_PROJECT_MANAGER',
          'PROGRAM_MANAGER', 'PORTFOLIO_MANAGER')),
        CONSTRAINT person_email_format CHECK (email ~ '^[^@[:space:]]+@[^@[:space:]]+$'),
        CONSTRAINT person_name_present CHECK (length(btrim(full_name)) > 0),
        CONSTRAINT person_left_after_hired CHECK (left_on IS NULL OR left_on >= hired_on)
      )`);
    // E-mail addresses are unique whatever their case (SPEC §2).
    await queryRunner.query(`CREATE UNIQUE INDEX person_email_unique ON person (lower(email))`);
    await queryRunner.query(
      `CREATE INDEX person_department_idx ON person (department_id, career_level)`,
    );
    await queryRunner.query(`CREATE INDEX person_employment_idx ON person (hired_on, left_on)`);
    // The People list pages by name with a keyset on (full_name, id).
    await queryRunner.query(`CREATE INDEX person_name_idx ON person (full_name, id)`);
    // The People screen searches by name, e-mail or employee number with ILIKE.
    await queryRunner.query(
      `CREATE INDEX person_search_idx ON person USING gin ((full_name || ' ' || email || ' ' || employee_number) gin_trgm_ops)`,
    );

    await queryRunner.query(`
      CREATE TABLE user_account (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email         text NOT NULL,
        display_name  text NOT NULL,
        role          text NOT NULL,
        password_hash text,
        person_id     uuid REFERENCES person (id) ON DELETE RESTRICT,
        disabled      boolean NOT NULL DEFAULT false,
        version       integer NOT NULL DEFAULT 1,
        created_at    timestamptz NOT NULL DEFAULT now(),
        updated_at    timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT user_account_role_valid CHECK (role IN ('ADMIN', 'DIRECTOR', 'HR', 'PM')),
        CONSTRAINT user_account_pm_has_person CHECK (role <> 'PM' OR person_id IS NOT NULL),
        CONSTRAINT user_account_person_unique UNIQUE (person_id)
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX user_account_email_unique ON user_account (lower(email))`,
    );

    await queryRunner.query(`
      CREATE TABLE pmo (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name          text NOT NULL,
        scope         text NOT NULL,
        department_id uuid REFERENCES department (id) ON DELETE RESTRICT,
        program_name  text,
        version       integer NOT NULL DEFAULT 1,
        created_at    timestamptz NOT NULL DEFAULT now(),
        updated_at    timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pmo_name_unique UNIQUE (name),
        CONSTRAINT pmo_scope_valid CHECK (scope IN ('PROGRAM', 'DEPARTMENT', 'ENTERPRISE')),
        CONSTRAINT pmo_department_scope_has_department CHECK (scope <> 'DEPARTMENT' OR department_id IS NOT NULL),
        CONSTRAINT pmo_program_scope_has_program CHECK ((scope = 'PROGRAM') = (program_name IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX pmo_department_idx ON pmo (department_id)`);

    await queryRunner.query(`
      CREATE TABLE pmo_director (
        pmo_id  uuid NOT NULL REFERENCES pmo (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
        PRIMARY KEY (pmo_id, user_id)
      )`);
    await queryRunner.query(`CREATE INDEX pmo_director_user_idx ON pmo_director (user_id)`);

    await queryRunner.query(`
      CREATE TABLE seat (
        id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        pmo_id     uuid NOT NULL REFERENCES pmo (id) ON DELETE RESTRICT,
        role       text NOT NULL,
        title      text NOT NULL,
        opens_on   date NOT NULL,
        closes_on  date,
        version    integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT seat_role_valid CHECK (role IN ('PMO_ANALYST', 'PMO_MANAGER')),
        CONSTRAINT seat_window_ordered CHECK (closes_on IS NULL OR opens_on <= closes_on)
      )`);
    await queryRunner.query(`CREATE INDEX seat_pmo_idx ON seat (pmo_id)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE seat`);
    await queryRunner.query(`DROP TABLE pmo_director`);
    await queryRunner.query(`DROP TABLE pmo`);
    await queryRunner.query(`DROP TABLE user_account`);
    await queryRunner.query(`DROP TABLE person`);
    await queryRunner.query(`DROP TABLE department`);
  }
}
