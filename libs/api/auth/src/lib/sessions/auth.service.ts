import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DomainError, recordAudit, runTransaction, type Actor } from '@stint/api-core';
import { UserAccountEntity } from '@stint/api-data';
import { toUser, type User } from '../users/user.model';
import { LoginThrottle } from './login-throttle';
import { verifyPassword } from './passwords';
import { SessionsService, type NewSession } from './sessions.service';

const WRONG = 'The e-mail or password is not right';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly throttle: LoginThrottle,
  ) {}

  /** Never says which part was wrong; failures are throttled per account and address. */
  async login(
    email: string,
    password: string,
    address: string,
    userAgent?: string,
  ): Promise<NewSession & { user: User }> {
    await this.throttle.assertAllowed(email, address);
    const account = await this.dataSource
      .getRepository(UserAccountEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = lower(:email)', { email: email.trim() })
      .getOne();
    const ok = await verifyPassword(account?.passwordHash ?? null, password);
    if (!account || !ok || account.disabled) {
      await this.throttle.recordFailure(email, address);
      throw new DomainError('UNAUTHENTICATED', WRONG);
    }
    await this.throttle.recordSuccess(email, address);
    const session = await runTransaction(this.dataSource, async (manager) => {
      const created = await this.sessions.create(manager, account.id, userAgent);
      await recordAudit(manager, {
        actor: account,
        action: 'SIGNED_IN',
        entityType: 'user_account',
        entityId: account.id,
      });
      return created;
    });
    return { ...session, user: toUser(account) };
  }

  async logout(actor: Actor, token: string | null): Promise<void> {
    await runTransaction(this.dataSource, async (manager) => {
      if (token) await this.sessions.end(token, manager);
      await recordAudit(manager, {
        actor,
        action: 'SIGNED_OUT',
        entityType: 'user_account',
        entityId: actor.id,
      });
    });
  }
}
