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
