import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import {
  type Actor,
  assertVersion,
  DomainError,
  type FieldProblem,
  recordAudit,
  runTransaction,
} from '@stint/api-core';
import { PersonEntity, PersonHistoryEntity } from '@stint/api-data';
import { todayIso } from '@stint/domain';
import { effectiveDateProblem } from '../shared/rules';
import type { CorrectPersonHistoryInput } from './dto/correct-person-history.input';
import { toAuditedStretch } from './person-history.model';

/** Every stretch of one person, oldest first, read through the caller's transaction. */
export function readHistory(
  manager: EntityManager,
  personId: string,
): Promise<PersonHistoryEntity[]> {
  return manager.find(PersonHistoryEntity, { where: { personId }, order: { validFrom: 'ASC' } });
}

/**
 * Reads a person's effective-dated history and corrects past stretches of it. Ordinary edits
 * (updatePerson, the CSV import) are recorded by the database triggers as of their effective
 * date; a correction instead rewrites what was held over a range of days, which a plain edit
 * cannot express.
 */
@Injectable()
export class PersonHistoryService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Each person's stretches, oldest first, in one statement for the whole batch. */
  async forPeople(personIds: readonly string[]): Promise<PersonHistoryEntity[][]> {
    const rows = await this.dataSource.manager.find(PersonHistoryEntity, {
      where: { personId: In([...personIds]) },
      order: { personId: 'ASC', validFrom: 'ASC' },
    });
    const byPerson = new Map<string, PersonHistoryEntity[]>();
    for (const row of rows) {
      const list = byPerson.get(row.personId);
      if (list) list.push(row);
      else byPerson.set(row.personId, [row]);
    }
    return personIds.map((id) => byPerson.get(id) ?? []);
  }

  /**
   * Sets the given attributes over [validFrom, validTo) in one transaction: the person row is
   * locked first (as updatePerson does), so a correction and an edit queue instead of racing;
   * the person's version goes up, since what the person held has changed.
   */
  correct(actor: Actor, input: CorrectPersonHistoryInput): Promise<PersonEntity> {
    return runTransaction(this.dataSource, async (manager) => {
      const person = await manager.findOne(PersonEntity, {
        where: { id: input.personId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!person) throw DomainError.notFound('Person');
      assertVersion(person.version, input.version, 'Person');
      await this.assertCorrectable(manager, person, input);

      const before = (await readHistory(manager, person.id)).map(toAuditedStretch);
      await manager.query(`SELECT person_history_set($1, $2, $3, $4, $5, $6)`, [
        person.id,
        input.validFrom,
        input.validTo ?? null,
        input.departmentId ?? null,
        input.careerLevel ?? null,
        input.onLeave ?? null,
      ]);
      // The open stretch may have changed: copy it onto the person row, and move the version on.
      await manager.query(`SELECT person_history_sync_current($1)`, [person.id]);
      await manager.query(
        `UPDATE person SET version = version + 1, updated_at = now() WHERE id = $1`,
        [person.id],
      );
      const after = (await readHistory(manager, person.id)).map(toAuditedStretch);
      await recordAudit(manager, {
        actor,
        action: 'PERSON_HISTORY_CORRECTED',
        entityType: 'person',
        entityId: person.id,
        before: { history: before },
        after: {
          history: after,
          correction: {
            validFrom: input.validFrom,
            validTo: input.validTo ?? null,
            departmentId: input.departmentId ?? null,
            careerLevel: input.careerLevel ?? null,
            onLeave: input.onLeave ?? null,
          },
        },
        reason: input.reason?.trim() || null,
      });
      return manager.findOneByOrFail(PersonEntity, { id: person.id });
    });
  }

  private async assertCorrectable(
    manager: EntityManager,
    person: PersonEntity,
    input: CorrectPersonHistoryInput,
  ): Promise<void> {
    const problems: FieldProblem[] = [];
    const today = todayIso();
    const from = effectiveDateProblem('validFrom', input.validFrom, person.hiredOn, today);
    if (from) problems.push({ field: 'validFrom', message: from });
    else if (person.leftOn !== null && input.validFrom >= person.leftOn) {
      problems.push({
        field: 'validFrom',
        message: `validFrom (${input.validFrom}) is on or after the day the person left (${person.leftOn})`,
      });
    }
    const to = input.validTo ?? null;
    if (to !== null) {
      if (to <= input.validFrom)
        problems.push({ field: 'validTo', message: 'validTo must be after validFrom' });
      else if (to > today) {
        problems.push({
          field: 'validTo',
          message: `validTo (${to}) is in the future; leave it empty to correct up to now`,
        });
      }
    }
    if (
      input.departmentId === undefined &&
      input.careerLevel === undefined &&
      input.onLeave === undefined
    ) {
      problems.push({
        field: 'departmentId',
        message: 'Give at least one of departmentId, careerLevel or onLeave to correct',
      });
    } else if (input.departmentId !== undefined) {
      const department: unknown[] = await manager.query(`SELECT 1 FROM department WHERE id = $1`, [
        input.departmentId,
      ]);
      if (department.length === 0)
        problems.push({ field: 'departmentId', message: 'No department has this id' });
    }
    if (problems.length > 0) throw DomainError.badInput(problems);
  }
}
