import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager, type Repository } from 'typeorm';
import {
  assertVersion,
  DomainError,
  recordAudit,
  runTransaction,
  type Actor,
  type FieldProblem,
} from '@stint/api-core';
import { assertDirectsPmo, PmoEntity } from '@stint/api-data';
import type { PmoScope } from '@stint/domain';
import type { CreatePmoInput } from './dto/create-pmo.input';
import type { UpdatePmoInput } from './dto/update-pmo.input';
import type { PmoDirector } from './pmo.model';

/** `pmos` lists every PMO; organisations have tens to a few hundred, this only bounds a response. */
export const PMOS_MAX = 1000;

/** The department facts a PMO shows (its id, code and name). */
export interface PmoDepartment {
  id: string;
  code: string;
  name: string;
}

/** The columns a create or update writes, after defaults and merging. */
interface PmoShape {
  name: string;
  scope: PmoScope;
  departmentId: string | null;
  programName: string | null;
}

/** The audit record of a PMO: its columns plus its directors. */
function snapshot(pmo: PmoEntity, directorIds: readonly string[]) {
  return {
    id: pmo.id,
    name: pmo.name,
    scope: pmo.scope,
    departmentId: pmo.departmentId,
    programName: pmo.programName,
    version: pmo.version,
    directorIds: [...directorIds].sort(),
  };
}

function violatedConstraint(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const driver = (error as { driverError?: { constraint?: string } }).driverError;
  return driver?.constraint ?? (error as { constraint?: string }).constraint;
}

@Injectable()
export class PmosService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(PmoEntity) private readonly pmos: Repository<PmoEntity>,
  ) {}

  findAll(): Promise<PmoEntity[]> {
    return this.pmos.find({ order: { name: 'ASC', id: 'ASC' }, take: PMOS_MAX });
  }

  findById(id: string): Promise<PmoEntity | null> {
    return this.pmos.findOneBy({ id });
  }

  /** For loaders: one query for many ids, answered in the order asked. */
  async findByIds(ids: readonly string[]): Promise<(PmoEntity | undefined)[]> {
    const rows = await this.pmos.findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id));
  }

  /** Each PMO's directors by display name, in one query for all of them. */
  async directorsOf(pmoIds: readonly string[]): Promise<PmoDirector[][]> {
    const rows: { pmo_id: string; id: string; display_name: string; email: string }[] =
      await this.pmos.query(
        `SELECT d.pmo_id, u.id, u.display_name, u.email
         FROM pmo_director d JOIN user_account u ON u.id = d.user_id
        WHERE d.pmo_id = ANY($1::uuid[])
        ORDER BY u.display_name, u.id`,
        [pmoIds],
      );
    const byPmo = new Map<string, PmoDirector[]>();
    for (const row of rows) {
      const list = byPmo.get(row.pmo_id) ?? [];
      list.push({ id: row.id, displayName: row.display_name, email: row.email });
      byPmo.set(row.pmo_id, list);
    }
    return pmoIds.map((id) => byPmo.get(id) ?? []);
  }

  async departmentsByIds(ids: readonly string[]): Promise<(PmoDepartment | undefined)[]> {
    const rows: PmoDepartment[] = await this.pmos.query(
      `SELECT id, code, name FROM department WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id));
  }

  /**
   * DIRECTOR or ADMIN (the resolver's role check). A director is always among the new PMO's
   * directors; either may name further directors.
   */
  async create(actor: Actor, input: CreatePmoInput): Promise<PmoEntity> {
    const shape: PmoShape = {
      name: input.name.trim(),
      scope: input.scope,
      departmentId: input.departmentId ?? null,
      programName: input.programName?.trim() ?? null,
    };
    const directorIds = [
      ...new Set([...(actor.role === 'DIRECTOR' ? [actor.id] : []), ...(input.directorIds ?? [])]),
    ];
    return this.naming(shape.name, () =>
      runTransaction(this.dataSource, async (manager) => {
        await this.validate(manager, shape, input.directorIds ?? []);
        const saved = await manager.save(manager.create(PmoEntity, shape));
        await this.replaceDirectors(manager, saved.id, directorIds);
        await recordAudit(manager, {
          actor,
          action: 'PMO_CREATED',
          entityType: 'pmo',
          entityId: saved.id,
          after: snapshot(saved, directorIds),
        });
        return saved;
      }),
    );
  }

  /**
   * Only the PMO's directors or an admin. Absent fields keep their value; leaving PROGRAM
   * scope clears the program name unless one is sent (which is then refused).
   */
  async update(actor: Actor, input: UpdatePmoInput): Promise<PmoEntity> {
    return this.naming(input.name?.trim() ?? '', () =>
      runTransaction(this.dataSource, async (manager) => {
        const current = await manager.findOne(PmoEntity, {
          where: { id: input.id },
          lock: { mode: 'pessimistic_write' },
        });
        if (!current) throw DomainError.notFound('PMO');
        await assertDirectsPmo(manager, actor, current.id);
        assertVersion(current.version, input.version, 'This PMO');

        const scope = input.scope ?? current.scope;
        const shape: PmoShape = {
          name: input.name?.trim() ?? current.name,
          scope,
          departmentId:
            input.departmentId !== undefined ? input.departmentId : current.departmentId,
          programName:
            input.programName !== undefined
              ? (input.programName?.trim() ?? null)
              : scope === 'PROGRAM'
                ? current.programName
                : null,
        };
        await this.validate(manager, shape, input.directorIds ?? []);

        const beforeDirectors = await this.directorIdsOf(manager, current.id);
        const afterDirectors = input.directorIds ?? beforeDirectors;
        // Written as SQL so the version moves on even when only the directors change.
        await manager.query(
          `UPDATE pmo SET name = $2, scope = $3, department_id = $4, program_name = $5,
                          version = version + 1, updated_at = now()
            WHERE id = $1`,
          [current.id, shape.name, shape.scope, shape.departmentId, shape.programName],
        );
        if (input.directorIds) await this.replaceDirectors(manager, current.id, input.directorIds);
        const updated = await manager.findOneByOrFail(PmoEntity, { id: current.id });
        await recordAudit(manager, {
          actor,
          action: 'PMO_UPDATED',
          entityType: 'pmo',
          entityId: current.id,
          before: snapshot(current, beforeDirectors),
          after: snapshot(updated, afterDirectors),
        });
        return updated;
      }),
    );
  }

  /** Scope rules (SPEC §2), the department's existence and the directors' role, reported together. */
  private async validate(
    manager: EntityManager,
    shape: PmoShape,
    directorIds: readonly string[],
  ): Promise<void> {
    const problems: FieldProblem[] = [];
    if (shape.scope === 'PROGRAM') {
      if (!shape.programName)
        problems.push({ field: 'programName', message: 'A PROGRAM PMO needs a program name' });
      if (!shape.departmentId) {
        problems.push({
          field: 'departmentId',
          message: 'A PROGRAM PMO needs the department that runs the program',
        });
      }
    } else if (shape.programName !== null) {
      problems.push({ field: 'programName', message: 'Only a PROGRAM PMO has a program name' });
    }
    if (shape.scope === 'DEPARTMENT' && !shape.departmentId) {
      problems.push({
        field: 'departmentId',
        message: 'A DEPARTMENT PMO needs its owning department',
      });
    }
    if (shape.departmentId) {
      const found: unknown[] = await manager.query(`SELECT 1 FROM department WHERE id = $1`, [
        shape.departmentId,
      ]);
      if (found.length === 0)
        problems.push({ field: 'departmentId', message: 'No department has this id' });
    }
    if (directorIds.length > 0) {
      const rows: { id: string }[] = await manager.query(
        `SELECT id FROM user_account WHERE id = ANY($1::uuid[]) AND role = 'DIRECTOR' AND NOT disabled`,
        [directorIds],
      );
      const directors = new Set(rows.map((row) => row.id));
      const others = directorIds.filter((id) => !directors.has(id));
      if (others.length > 0) {
        problems.push({
          field: 'directorIds',
          message: `Not active DIRECTOR accounts: ${others.join(', ')}`,
        });
      }
    }
    if (problems.length > 0) throw DomainError.badInput(problems);
  }

  private async directorIdsOf(manager: EntityManager, pmoId: string): Promise<string[]> {
    const rows: { user_id: string }[] = await manager.query(
      `SELECT user_id FROM pmo_director WHERE pmo_id = $1`,
      [pmoId],
    );
    return rows.map((row) => row.user_id);
  }

  private async replaceDirectors(
    manager: EntityManager,
    pmoId: string,
    userIds: readonly string[],
  ): Promise<void> {
    await manager.query(`DELETE FROM pmo_director WHERE pmo_id = $1`, [pmoId]);
    if (userIds.length === 0) return;
    await manager.query(
      `INSERT INTO pmo_director (pmo_id, user_id) SELECT $1, unnest($2::uuid[])`,
      [pmoId, userIds],
    );
  }

  /** The name's uniqueness is the database's to enforce; this only words the refusal. */
  private async naming<T>(name: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (violatedConstraint(error) === 'pmo_name_unique') {
        throw DomainError.conflict('DUPLICATE', `A PMO named "${name}" already exists`);
      }
      throw error;
    }
  }
}
