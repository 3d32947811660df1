import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import {
  In,
  type DataSource,
  type EntityManager,
  type Repository,
  type SelectQueryBuilder,
} from 'typeorm';
import {
  type Actor,
  assertVersion,
  DomainError,
  type FieldProblem,
  keysetPage,
  type Page,
  recordAudit,
  runTransaction,
} from '@stint/api-core';
import { eligibleOnDay, PersonEntity } from '@stint/api-data';
import { todayIso } from '@stint/domain';
import { readHistory } from '../history/person-history.service';
import { toAuditedStretch } from '../history/person-history.model';
import { effectiveDateProblem, leftOnProblem } from '../shared/rules';
import type { CreatePersonInput } from './dto/create-person.input';
import type { PeopleFilter } from './dto/people.args';
import type { UpdatePersonInput } from './dto/update-person.input';
import { toPerson } from './person.model';

@Injectable()
export class PeopleService {
  constructor(
    @InjectRepository(PersonEntity) private readonly people: Repository<PersonEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** People by id, in the ids' order (undefined where there is none). */
  async findByIds(ids: readonly string[]): Promise<(PersonEntity | undefined)[]> {
    const rows = await this.people.findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id));
  }

  /** A page ordered by name, keyset-paginated on (full_name, id); two statements per call. */
  async page(
    filter: PeopleFilter | null | undefined,
    first: number,
    after?: string | null,
  ): Promise<Page<PersonEntity>> {
    // One today for both statements (the page and its count).
    const today = todayIso();
    const filtered = () => this.applyFilter(this.people.createQueryBuilder('p'), filter, today);
    return keysetPage(
      filtered,
      {
        columns: [
          { expression: 'p.full_name', cast: 'text' },
          { expression: 'p.id', cast: 'uuid' },
        ],
        direction: 'ASC',
        valuesOf: (row) => [row.fullName, row.id],
      },
      first,
      after,
    );
  }

  create(actor: Actor, input: CreatePersonInput): Promise<PersonEntity> {
    return runTransaction(this.dataSource, async (manager) => {
      const values = {
        employeeNumber: input.employeeNumber.trim(),
        fullName: input.fullName.trim(),
        email: input.email.trim(),
        departmentId: input.departmentId,
        careerLevel: input.careerLevel,
        pmSince: input.pmSince,
        hiredOn: input.hiredOn,
        leftOn: input.leftOn ?? null,
        onLeave: input.onLeave ?? false,
      };
      await this.assertConsistent(manager, values, null);
      const saved = await manager.save(manager.create(PersonEntity, values));
      await recordAudit(manager, {
        actor,
        action: 'PERSON_CREATED',
        entityType: 'person',
        entityId: saved.id,
        before: null,
        after: toPerson(saved),
      });
      return saved;
    });
  }

  update(actor: Actor, input: UpdatePersonInput): Promise<PersonEntity> {
    return runTransaction(this.dataSource, async (manager) => {
      const person = await manager.findOne(PersonEntity, {
        where: { id: input.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!person) throw DomainError.notFound('Person');
      assertVersion(person.version, input.version, 'Person');
      const before = toPerson(person);

      if (input.employeeNumber !== undefined) person.employeeNumber = input.employeeNumber.trim();
      if (input.fullName !== undefined) person.fullName = input.fullName.trim();
      if (input.email !== undefined) person.email = input.email.trim();
      if (input.departmentId !== undefined) person.departmentId = input.departmentId;
      if (input.careerLevel !== undefined) person.careerLevel = input.careerLevel;
      if (input.pmSince !== undefined) person.pmSince = input.pmSince;
      if (input.hiredOn !== undefined) person.hiredOn = input.hiredOn;
      if (input.leftOn !== undefined) person.leftOn = input.leftOn;
      if (input.onLeave !== undefined) person.onLeave = input.onLeave;
      const effectiveOn = this.effectiveOn(input.effectiveOn, person.hiredOn);
      await this.assertConsistent(manager, person, person.id);

      const historyChanged =
        person.departmentId !== before.departmentId ||
        person.careerLevel !== before.careerLevel ||
        person.onLeave !== before.onLeave;
      const historyBefore = historyChanged ? await readHistory(manager, person.id) : [];
      // The history trigger records department, level and leave changes as of this date.
      await manager.query(`SELECT set_config('stint.effective_on', $1, true)`, [effectiveOn]);
      const saved = await manager.save(person);
      const historyAfter = historyChanged ? await readHistory(manager, person.id) : [];
      await recordAudit(manager, {
        actor,
        action: 'PERSON_UPDATED',
        entityType: 'person',
        entityId: saved.id,
        before: historyChanged
          ? { ...before, history: historyBefore.map(toAuditedStretch) }
          : before,
        after: {
          ...toPerson(saved),
          effectiveOn,
          ...(historyChanged ? { history: historyAfter.map(toAuditedStretch) } : {}),
        },
        reason: effectiveOn < todayIso() && historyChanged ? `Backdated to ${effectiveOn}` : null,
      });
      return saved;
    });
  }

  /**
   * The day the edit takes effect: today unless given. A given day must lie between the hire
   * and today (see effectiveDateProblem for why not later). Today before a future hire is
   * fine: history starts at the hire, and the database dates the change there.
   */
  private effectiveOn(given: string | null | undefined, hiredOn: string): string {
    const today = todayIso();
    if (given === undefined || given === null) return today;
    const problem = effectiveDateProblem('effectiveOn', given, hiredOn, today);
    if (problem) throw DomainError.badInput([{ field: 'effectiveOn', message: problem }]);
    return given;
  }

  /**
   * What a single field's validator cannot see: the department exists, leftOn follows hiredOn,
   * and no one else holds the employee number or (in any case) the e-mail. The unique indexes
   * still have the last word when two writers race; they surface as CONFLICT DUPLICATE too.
   */
  private async assertConsistent(
    manager: EntityManager,
    values: Pick<PersonEntity, 'employeeNumber' | 'email' | 'departmentId' | 'hiredOn' | 'leftOn'>,
    selfId: string | null,
  ): Promise<void> {
    const problems: FieldProblem[] = [];
    const leftOn = leftOnProblem(values.hiredOn, values.leftOn);
    if (leftOn) problems.push({ field: 'leftOn', message: leftOn });
    const department: unknown[] = await manager.query(`SELECT 1 FROM department WHERE id = $1`, [
      values.departmentId,
    ]);
    if (department.length === 0)
      problems.push({ field: 'departmentId', message: 'No department has this id' });
    if (problems.length > 0) throw DomainError.badInput(problems);

    const clashes: { employee_number: string; email: string }[] = await manager.query(
      `SELECT employee_number, email FROM person
        WHERE (employee_number = $1 OR lower(email) = lower($2)) AND ($3::uuid IS NULL OR id <> $3::uuid)`,
      [values.employeeNumber, values.email, selfId],
    );
    if (clashes.some((row) => row.employee_number === values.employeeNumber)) {
      throw DomainError.conflict(
        'DUPLICATE',
        `Employee number ${values.employeeNumber} is already used`,
      );
    }
    if (clashes.length > 0) {
      throw DomainError.conflict(
        'DUPLICATE',
        `The e-mail ${values.email} is already used by another person`,
      );
    }
  }

  private applyFilter(
    query: SelectQueryBuilder<PersonEntity>,
    filter: PeopleFilter | null | undefined,
    today: string,
  ): SelectQueryBuilder<PersonEntity> {
    if (filter?.eligible != null) {
      // The person rules for a window of the policy's minimum length starting on eligibleOn
      // (default today), as Coverage counts them, read from the person_eligible_days rollup.
      const rule = eligibleOnDay('p.id', ':eligStart::date', ':eligToday::date');
      query.andWhere(filter.eligible ? rule : `NOT ${rule}`, {
        eligStart: filter.eligibleOn ?? today,
        eligToday: today,
      });
    }
    const search = filter?.search?.trim();
    if (search) {
      // Matches the trigram index person_search_idx; LIKE wildcards in the input are literal.
      const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere(`(p.full_name || ' ' || p.email || ' ' || p.employee_number) ILIKE :pattern`, {
        pattern,
      });
    }
    if (filter?.departmentIds?.length) {
      query.andWhere('p.department_id IN (:...departmentIds)', {
        departmentIds: filter.departmentIds,
      });
    }
    if (filter?.careerLevels?.length) {
      query.andWhere('p.career_level IN (:...careerLevels)', { careerLevels: filter.careerLevels });
    }
    return query;
  }
}
