import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import {
  type Actor,
  assertVersion,
  DomainError,
  keysetPage,
  type Page,
  recordAudit,
  runTransaction,
} from '@stint/api-core';
import { UserAccountEntity } from '@stint/api-data';
import type { UserRole } from '@stint/domain';
import { hashPassword } from '../sessions/passwords';
import type { CreateUserInput } from './dto/create-user.input';
import type { UpdateUserInput } from './dto/update-user.input';
import type { UsersFilter } from './dto/users.args';
import { userSnapshot } from './user.model';

const PERSON_LINKED = 'This person is already linked to another account';

/**
 * Accounts and roles (admins only). Two rules keep the system administrable: an admin cannot
 * disable or demote themself, and the last enabled admin cannot be removed by anyone.
 */
@Injectable()
export class UsersService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findByIds(ids: readonly string[]): Promise<(UserAccountEntity | undefined)[]> {
    return this.dataSource
      .getRepository(UserAccountEntity)
      .createQueryBuilder('u')
      .where('u.id IN (:...ids)', { ids: [...ids] })
      .getMany()
      .then((rows) => ids.map((id) => rows.find((row) => row.id === id)));
  }

  /** Ordered by e-mail, keyset-paginated on (lower(email), id). */
  async page(
    filter: UsersFilter | null | undefined,
    first: number,
    after?: string | null,
  ): Promise<Page<UserAccountEntity>> {
    const filtered = () =>
      applyFilter(this.dataSource.getRepository(UserAccountEntity).createQueryBuilder('u'), filter);
    return keysetPage(
      filtered,
      {
        columns: [
          { expression: 'lower(u.email)', cast: 'text' },
          { expression: 'u.id', cast: 'uuid' },
        ],
        direction: 'ASC',
        valuesOf: (row) => [row.email.toLowerCase(), row.id],
      },
      first,
      after,
    );
  }

  async create(actor: Actor, input: CreateUserInput): Promise<UserAccountEntity> {
    const email = input.email.trim();
    const personId = input.personId ?? null;
    assertPersonLinkFits(input.role, personId);
    const passwordHash = await hashPassword(input.password);
    return runTransaction(this.dataSource, async (manager) => {
      const taken: unknown[] = await manager.query(
        `SELECT 1 FROM user_account WHERE lower(email) = lower($1)`,
        [email],
      );
      if (taken.length > 0)
        throw DomainError.conflict('DUPLICATE', 'An account with this e-mail already exists');
      if (personId) await assertPersonLinkable(manager, personId, null);
      // The unique indexes still decide a race between two admins (CONFLICT DUPLICATE).
      const rows: { id: string }[] = await manager.query(
        `INSERT INTO user_account (email, display_name, role, password_hash, person_id)
         VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [email, input.displayName.trim(), input.role, passwordHash, personId],
      );
      const created = await manager
        .getRepository(UserAccountEntity)
        .findOneByOrFail({ id: rows[0].id });
      await recordAudit(manager, {
        actor,
        action: 'USER_CREATED',
        entityType: 'user_account',
        entityId: created.id,
        after: userSnapshot(created),
      });
      return created;
    });
  }

  async update(actor: Actor, input: UpdateUserInput): Promise<UserAccountEntity> {
    const passwordHash = input.password ? await hashPassword(input.password) : null;
    return runTransaction(this.dataSource, async (manager) => {
      const touchesAdmins = input.role != null || input.disabled != null;
      // Lock the enabled admins first (always in id order), so two admins removing each other
      // at once cannot both pass the last-admin check, and the two paths cannot deadlock.
      const enabledAdmins = touchesAdmins ? await lockEnabledAdmins(manager) : [];
      const current = await manager
        .getRepository(UserAccountEntity)
        .findOne({ where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      if (!current) throw DomainError.notFound('User');
      assertVersion(current.version, input.version, 'This user');

      const role: UserRole = input.role ?? current.role;
      const disabled = input.disabled ?? current.disabled;
      const personId =
        input.personId !== undefined ? input.personId : role === 'PM' ? current.personId : null;
      assertPersonLinkFits(role, personId);
      if (personId && personId !== current.personId)
        await assertPersonLinkable(manager, personId, current.id);

      if (current.id === actor.id) {
        if (disabled)
          throw DomainError.badInput([
            { field: 'disabled', message: 'You cannot disable your own account' },
          ]);
        if (role !== 'ADMIN')
          throw DomainError.badInput([
            { field: 'role', message: 'You cannot remove your own admin role' },
          ]);
      }
      const wasEnabledAdmin = current.role === 'ADMIN' && !current.disabled;
      const staysEnabledAdmin = role === 'ADMIN' && !disabled;
      if (wasEnabledAdmin && !staysEnabledAdmin && !enabledAdmins.some((id) => id !== current.id)) {
        throw DomainError.conflict(
          'IN_USE',
          'This is the last enabled admin; make another admin first',
        );
      }

      const before = userSnapshot(current);
      await manager.query(
        `UPDATE user_account
            SET display_name = $2, role = $3, person_id = $4, disabled = $5,
                password_hash = coalesce($6, password_hash), version = version + 1, updated_at = now()
          WHERE id = $1`,
        [
          current.id,
          input.displayName?.trim() ?? current.displayName,
          role,
          personId,
          disabled,
          passwordHash,
        ],
      );
      if (passwordHash !== null || (disabled && !current.disabled)) {
        // A new password or a disabled account: every session of this account ends now.
        await manager.query(`DELETE FROM user_session WHERE user_id = $1`, [current.id]);
      }
      const updated = await manager
        .getRepository(UserAccountEntity)
        .findOneByOrFail({ id: current.id });
      await recordAudit(manager, {
        actor,
        action: 'USER_UPDATED',
        entityType: 'user_account',
        entityId: updated.id,
        before,
        after: { ...userSnapshot(updated), passwordChanged: passwordHash !== null },
      });
      return updated;
    });
  }
}

function applyFilter(
  query: SelectQueryBuilder<UserAccountEntity>,
  filter: UsersFilter | null | undefined,
): SelectQueryBuilder<UserAccountEntity> {
  if (filter?.role) query.andWhere('u.role = :role', { role: filter.role });
  const search = filter?.search?.trim();
  if (search) {
    // LIKE wildcards in the input are literal.
    const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query.andWhere(`(u.email || ' ' || u.display_name) ILIKE :pattern`, { pattern });
  }
  return query;
}

/** A PM account needs its person record; other roles have none. */
function assertPersonLinkFits(role: UserRole, personId: string | null): void {
  if (role === 'PM' && !personId) {
    throw DomainError.badInput([
      { field: 'personId', message: 'A PM account needs the person record it belongs to' },
    ]);
  }
  if (role !== 'PM' && personId) {
    throw DomainError.badInput([
      { field: 'personId', message: 'Only PM accounts link to a person record' },
    ]);
  }
}

async function assertPersonLinkable(
  manager: EntityManager,
  personId: string,
  accountId: string | null,
): Promise<void> {
  const person: unknown[] = await manager.query(`SELECT 1 FROM person WHERE id = $1`, [personId]);
  if (person.length === 0)
    throw DomainError.badInput([{ field: 'personId', message: 'No person has this id' }]);
  const linked: { id: string }[] = await manager.query(
    `SELECT id FROM user_account WHERE person_id = $1`,
    [personId],
  );
  if (linked.some((row) => row.id !== accountId))
    throw DomainError.conflict('DUPLICATE', PERSON_LINKED);
}

async function lockEnabledAdmins(manager: EntityManager): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(
    `SELECT id FROM user_account WHERE role = 'ADMIN' AND NOT disabled ORDER BY id FOR UPDATE`,
  );
  return rows.map((row) => row.id);
}
