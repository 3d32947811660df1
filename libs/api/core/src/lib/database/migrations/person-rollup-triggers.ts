import type { QueryRunner } from 'typeorm';

/**
 * A per-person rollup's statement-level triggers: after any INSERT, UPDATE or DELETE on each of
 * `tables` ([table, the column naming the person]), `refresh(person_ids uuid[])` recomputes the
 * people the statement's old and new rows name (transition tables `old_rows` and `new_rows`).
 * A bulk load (the generator) sets `stint.rollups` to 'deferred' and rebuilds once at the end.
 * Names: `<name>_on_<table>()` and `<table>_<name>_<insert|update|delete>`.
 */
export async function createPersonRollupTriggers(
  queryRunner: QueryRunner,
  name: string,
  refresh: string,
  tables: readonly (readonly [string, string])[],
): Promise<void> {
  for (const [table, key] of tables) {
    await queryRunner.query(`
        CREATE FUNCTION ${name}_on_${table}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          -- A bulk load (the generator) defers the rollup and rebuilds it once at the end.
          IF current_setting('stint.rollups', true) = 'deferred' THEN RETURN NULL; END IF;
          IF TG_OP = 'INSERT' THEN
            PERFORM ${refresh}(ARRAY(SELECT DISTINCT ${key} FROM new_rows));
          ELSIF TG_OP = 'DELETE' THEN
            PERFORM ${refresh}(ARRAY(SELECT DISTINCT ${key} FROM old_rows));
          ELSE
            PERFORM ${refresh}(ARRAY(SELECT ${key} FROM new_rows UNION SELECT ${key} FROM old_rows));
          END IF;
          RETURN NULL;
        END $$`);
    await queryRunner.query(
      `CREATE TRIGGER ${table}_${name}_insert AFTER INSERT ON ${table} REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${name}_on_${table}()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER ${table}_${name}_update AFTER UPDATE ON ${table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${name}_on_${table}()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER ${table}_${name}_delete AFTER DELETE ON ${table} REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ${name}_on_${table}()`,
    );
  }
}

/**
 * `<table>_refresh(person_ids uuid[])`: replaces the given people's rows of `table` with those of
 * `<table>_source(person_ids)`, under one transaction-scoped advisory lock (`lock`, hashed), so
 * that concurrent writers take turns.
 */
export async function createPersonRollupRefresh(
  queryRunner: QueryRunner,
  table: string,
  lock: string,
): Promise<void> {
  await queryRunner.query(`
      CREATE FUNCTION ${table}_refresh(person_ids uuid[]) RETURNS void LANGUAGE plpgsql
      SET jit = off AS $$
      BEGIN
        IF person_ids IS NULL OR cardinality(person_ids) = 0 THEN
          RETURN;
        END IF;
        -- One writer at a time: every statement below reads a snapshot taken after this lock,
        -- so it sees the rollup and the base rows of every writer that held it before.
        PERFORM pg_advisory_xact_lock(hashtext('${lock}'));
        DELETE FROM ${table} WHERE person_id = ANY(person_ids);
        INSERT INTO ${table} SELECT * FROM ${table}_source(person_ids);
      END $$`);
}

/** Drops what createPersonRollupTriggers created. */
export async function dropPersonRollupTriggers(
  queryRunner: QueryRunner,
  name: string,
  tables: readonly (readonly [string, string])[],
): Promise<void> {
  for (const [table] of tables) {
    for (const op of ['delete', 'update', 'insert']) {
      await queryRunner.query(`DROP TRIGGER ${table}_${name}_${op} ON ${table}`);
    }
    await queryRunner.query(`DROP FUNCTION ${name}_on_${table}()`);
  }
}
