import type {
  EntityManager,
  FindOptionsWhere,
  ObjectLiteral,
  Repository,
  SelectQueryBuilder,
} from 'typeorm';
import { DomainError, type Actor } from '@stint/api-core';

/**
 * A PM may only see their own person and what hangs off it. For anyone else's id they get
 * exactly what a nonexistent id gets, so ids cannot be probed.
 */
export function assertMayReadPerson(actor: Actor, personId: string, what = 'Person'): void {
  if (actor.role === 'PM' && actor.personId !== personId) throw DomainError.notFound(what);
}

/** True when the actor may decide and assign in this PMO (its director, or an admin). */
export async function directsPmo(
  manager: EntityManager,
  actor: Actor,
  pmoId: string,
): Promise<boolean> {
  if (actor.role === 'ADMIN') return true;
  if (actor.role !== 'DIRECTOR') return false;
  const rows: unknown[] = await manager.query(
    `SELECT 1 FROM pmo_director WHERE pmo_id = $1 AND user_id = $2`,
    [pmoId, actor.id],
  );
  return rows.length > 0;
}

export async function assertDirectsPmo(
  manager: EntityManager,
  actor: Actor,
  pmoId: string,
): Promise<void> {
  if (!(await directsPmo(manager, actor, pmoId))) {
    throw new DomainError('FORBIDDEN', 'Only a director of this PMO (or an admin) may do this');
  }
}

/** Loads a record that belongs to a person; for a PM, another person's record is NOT_FOUND. */
export async function findOwnedRecord<T extends { personId: string }>(
  repository: Repository<T>,
  actor: Actor,
  id: string,
  what: string,
): Promise<T> {
  const record = await repository.findOneBy({ id } as unknown as FindOptionsWhere<T>);
  if (!record) throw DomainError.notFound(what);
  assertMayReadPerson(actor, record.personId, what);
  return record;
}

/**
 * Narrows a list of person-owned records (alias `alias`, column `person_id`): a PM sees only
 * their own, whatever the filter says; others may ask for one person's.
 */
export function scopeToPerson<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  alias: string,
  actor: Actor,
  personId: string | null | undefined,
): SelectQueryBuilder<T> {
  if (actor.role === 'PM')
    query.andWhere(`${alias}.person_id = :ownPersonId`, { ownPersonId: actor.personId });
  if (personId)
    query.andWhere(`${alias}.person_id = :filterPersonId`, { filterPersonId: personId });
  return query;
}
