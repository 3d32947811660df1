import type { MigrationInterface, QueryRunner } from 'typeorm';
import { COVERAGE_ROLLUP_LOCK } from './1764400001000-AddedCoverageRollup';

/**
 * Each person's eligible days as one date multirange, for the people `filter` selects (a
 * condition on `e`, a coverage_person_event row): the days on which their running sum of `de`
 * (coverage's "eligible for a window starting that day", SPEC §3's person rules, summed over
 * their stays) is positive. An open-ended last range has no -1 event, so its upper bound is the
 * next event's day: none, unbounded.
 */
function eligibleDaysSql(filter: string): string {
  return `SELECT x.person_id, range_agg(daterange(x.day, x.next))
    FROM (SELECT e.person_id, e.day, sum(sum(e.de)) OVER w AS running, lead(e.day) OVER w AS next
            FROM coverage_person_event e WHERE e.de <> 0 AND ${filter}
           GROUP BY e.person_id, e.day
          WINDOW w AS (PARTITION BY e.person_id ORDER BY e.day)) x
   WHERE x.running > 0
   GROUP BY x.person_id`;
}

/**
 * The People list's eligibility filter reads a per-person rollup (issue 11; docs/decisions.md,
 * "The eligible-people filter reads each person's eligible days"): `person_eligible_days` holds,
 * per person with any, the days d on which they pass the person rules for the window
 * [d, windowEnd(d, minimum duration)] asked on d — exactly coverage's `eligible` events, from
 * which it is derived. Statement-level triggers on `coverage_person_event` (which
 * coverage_refresh rewrites in every writing transaction, and the coverage rebuild truncates and
 * refills) recompute the people of the changed events, so it is right whenever coverage is.
 * Its rebuild must run after coverage's: ANALYTICS_ROLLUPS lists it after (npm run analytics:rebuild
 * and the generator's loader rebuild in that order).
 */
export class AddedPersonEligibleDays1764400007000 implements MigrationInterface {
  name = 'AddedPersonEligibleDays1764400007000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE person_eligible_days (
        person_id uuid PRIMARY KEY,
        days      datemultirange NOT NULL
      )`);
    // A day's eligible people when they are few (dates long past); the page probes by person.
    await queryRunner.query(
      `CREATE INDEX person_eligible_days_days_idx ON person_eligible_days USING gist (days)`,
    );

    await queryRunner.query(`
      CREATE FUNCTION analytics_rebuild_person_eligible() RETURNS void
      LANGUAGE plpgsql SET work_mem = '256MB' AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock(${COVERAGE_ROLLUP_LOCK});
        TRUNCATE person_eligible_days;
        INSERT INTO person_eligible_days ${eligibleDaysSql('true')};
      END $$`);

    await queryRunner.query(`
      CREATE FUNCTION person_eligible_refresh(person_ids uuid[]) RETURNS void
      LANGUAGE plpgsql AS $$
      BEGIN
        IF person_ids IS NULL OR cardinality(person_ids) = 0 THEN
          RETURN;
        END IF;
        PERFORM pg_advisory_xact_lock(${COVERAGE_ROLLUP_LOCK});
        DELETE FROM person_eligible_days WHERE person_id = ANY(person_ids);
        INSERT INTO person_eligible_days ${eligibleDaysSql('e.person_id = ANY(person_ids)')};
      END $$`);

    // coverage_refresh deletes and inserts a person's events in one statement: both triggers
    // fire, each recomputing from the events as they now are.
    await queryRunner.query(`
      CREATE FUNCTION person_eligible_on_event() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        -- A bulk load (the generator) defers the rollups and rebuilds each once at the end.
        IF current_setting('stint.rollups', true) = 'deferred' THEN RETURN NULL; END IF;
        IF TG_OP = 'INSERT' THEN
          PERFORM person_eligible_refresh(ARRAY(SELECT DISTINCT n.person_id FROM new_rows n WHERE n.de <> 0));
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM person_eligible_refresh(ARRAY(SELECT DISTINCT o.person_id FROM old_rows o WHERE o.de <> 0));
        ELSE
          PERFORM pg_advisory_xact_lock(${COVERAGE_ROLLUP_LOCK});
          TRUNCATE person_eligible_days;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER person_eligible_on_event_insert
      AFTER INSERT ON coverage_person_event REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION person_eligible_on_event()`);
    await queryRunner.query(`CREATE TRIGGER person_eligible_on_event_delete
      AFTER DELETE ON coverage_person_event REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION person_eligible_on_event()`);
    // The coverage rebuild truncates the events (no DELETE trigger fires) and inserts them all.
    await queryRunner.query(`CREATE TRIGGER person_eligible_on_event_truncate
      AFTER TRUNCATE ON coverage_person_event
      FOR EACH STATEMENT EXECUTE FUNCTION person_eligible_on_event()`);

    await queryRunner.query(`SELECT analytics_rebuild_person_eligible()`);
    await queryRunner.query(`ANALYZE person_eligible_days`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const op of ['insert', 'delete', 'truncate']) {
      await queryRunner.query(
        `DROP TRIGGER person_eligible_on_event_${op} ON coverage_person_event`,
      );
    }
    await queryRunner.query(`DROP FUNCTION person_eligible_on_event()`);
    await queryRunner.query(`DROP FUNCTION person_eligible_refresh(uuid[])`);
    await queryRunner.query(`DROP FUNCTION analytics_rebuild_person_eligible()`);
    await queryRunner.query(`DROP TABLE person_eligible_days`);
  }
}
