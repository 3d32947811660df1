import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager, type Repository } from 'typeorm';
import {
  assertVersion,
  DomainError,
  recordAudit,
  runTransaction,
  type Actor,
} from '@stint/api-core';
import { DepartmentEntity } from '@stint/api-data';
import { toDepartment } from './department.model';
import type { CreateDepartmentInput } from './dto/create-department.input';
import type { UpdateDepartmentInput } from './dto/update-department.input';

const DEFAULT_COVERAGE_TARGET = 0.3;
const DEFAULT_AWAY_CAP = 0.2;
/** Serialises changes to the department tree, so two concurrent re-parentings cannot make a cycle. */
const TREE_LOCK_KEY = 'stint:department-tree';

@Injectable()
export class DepartmentsService {
  constructor(
    @InjectRepository(DepartmentEntity) private readonly departments: Repository<DepartmentEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  findAll(): Promise<DepartmentEntity[]> {
    return this.departments.find({ order: { name: 'ASC' } });
  }

  /** For loaders: one query for many ids, answered in the order asked. */
  async findByIds(ids: readonly string[]): Promise<(DepartmentEntity | undefined)[]> {
    const rows = await this.departments.findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id));
  }

  /** People employed on `day` per department, in one grouped query. */
  async headcounts(ids: readonly string[], day: string): Promise<number[]> {
    const rows: { department_id: string; n: number }[] = await this.departments.query(
      `SELECT department_id, count(*)::int AS n
         FROM person
        WHERE department_id = ANY($1::uuid[])
          AND hired_on <= $2::date AND (left_on IS NULL OR left_on > $2::date)
        GROUP BY department_id`,
      [ids, day],
    );
    const byId = new Map(rows.map((row) => [row.department_id, row.n]));
    return ids.map((id) => byId.get(id) ?? 0);
  }

  create(actor: Actor, input: CreateDepartmentInput): Promise<DepartmentEntity> {
    return runTransaction(this.dataSource, async (manager) => {
      await this.assertCodeFree(manager, input.code, null);
      if (input.parentId) await this.assertParentExists(manager, input.parentId);
      const saved = await manager.save(
        manager.create(DepartmentEntity, {
          code: input.code,
          name: input.name.trim(),
          parentId: input.parentId ?? null,
          coverageTarget: input.coverageTarget ?? DEFAULT_COVERAGE_TARGET,
          awayCap: input.awayCap ?? DEFAULT_AWAY_CAP,
        }),
      );
      await recordAudit(manager, {
        actor,
        action: 'DEPARTMENT_CREATED',
        entityType: 'department',
        entityId: saved.id,
        before: null,
        after: toDepartment(saved),
      });
      return saved;
    });
  }

  update(actor: Actor, input: UpdateDepartmentInput): Promise<DepartmentEntity> {
    return runTransaction(this.dataSource, async (manager) => {
      const reparenting = input.parentId !== undefined;
      // Take the tree lock before reading anything, so the cycle check sees every committed move.
      if (reparenting)
        await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [TREE_LOCK_KEY]);
      const department = await manager.findOne(DepartmentEntity, {
        where: { id: input.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!department) throw DomainError.notFound('Department');
      assertVersion(department.version, input.version, 'Department');
      const before = toDepartment(department);

      if (input.code !== undefined && input.code !== department.code) {
        await this.assertCodeFree(manager, input.code, department.id);
        department.code = input.code;
      }
      if (input.name !== undefined) department.name = input.name.trim();
      if (input.coverageTarget !== undefined) department.coverageTarget = input.coverageTarget;
      if (input.awayCap !== undefined) department.awayCap = input.awayCap;
      if (reparenting && input.parentId !== department.parentId) {
        if (input.parentId) await this.assertParentAllowed(manager, department.id, input.parentId);
        department.parentId = input.parentId ?? null;
      }

      const saved = await manager.save(department);
      await recordAudit(manager, {
        actor,
        action: 'DEPARTMENT_UPDATED',
        entityType: 'department',
        entityId: saved.id,
        before,
        after: toDepartment(saved),
      });
      return saved;
    });
  }

  private async assertCodeFree(
    manager: EntityManager,
    code: string,
    exceptId: string | null,
  ): Promise<void> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM department WHERE code = $1 AND ($2::uuid IS NULL OR id <> $2::uuid)`,
      [code, exceptId],
    );
    if (rows.length > 0)
      throw DomainError.conflict('DUPLICATE', `Department code ${code} is already used`);
  }

  private async assertParentExists(manager: EntityManager, parentId: string): Promise<void> {
    const rows: unknown[] = await manager.query(`SELECT 1 FROM department WHERE id = $1`, [
      parentId,
    ]);
    if (rows.length === 0)
      throw DomainError.badInput([{ field: 'parentId', message: 'No department has this id' }]);
  }

  /** The new parent must exist and must not be the department itself or one of its descendants. */
  private async assertParentAllowed(
    manager: EntityManager,
    id: string,
    parentId: string,
  ): Promise<void> {
    await this.assertParentExists(manager, parentId);
    const rows: unknown[] = await manager.query(
      `WITH RECURSIVE ancestors(id, parent_id) AS (
         SELECT id, parent_id FROM department WHERE id = $1
         UNION
         SELECT d.id, d.parent_id FROM department d JOIN ancestors a ON d.id = a.parent_id
       )
       SELECT 1 FROM ancestors WHERE id = $2`,
      [parentId, id],
    );
    if (rows.length > 0) {
      throw DomainError.badInput([
        {
          field: 'parentId',
          message: 'A department cannot sit under itself or one of its own sub-departments',
        },
      ]);
    }
  }
}
