import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { recordAudit, runTransaction, STINT_CONFIG, type StintConfig } from '@stint/api-core';
import { UserAccountEntity } from '@stint/api-data';
import { hashPassword } from '../sessions/passwords';
import { userSnapshot } from '../users/user.model';

/** Any constant: serialises bootstraps of several processes starting on one database. */
const BOOTSTRAP_LOCK = 0x5717_0001;

export type BootstrapOutcome = 'created' | 'admin-exists' | 'email-taken' | 'not-configured';

/**
 * The first admin from STINT_ADMIN_EMAIL / STINT_ADMIN_PASSWORD, so a fresh installation can
 * be signed into. Only while no enabled admin exists; it never touches an existing account
 * (in particular never resets a password), so leaving the variables set is harmless.
 */
@Injectable()
export class AdminBootstrap implements OnApplicationBootstrap {
  private readonly logger = new Logger('AdminBootstrap');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(STINT_CONFIG) private readonly config: StintConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.ensureAdmin();
  }

  async ensureAdmin(): Promise<BootstrapOutcome> {
    const email = this.config.STINT_ADMIN_EMAIL?.trim();
    const password = this.config.STINT_ADMIN_PASSWORD;
    if (!email || !password) return 'not-configured';
    const outcome = await runTransaction(this.dataSource, async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock($1)`, [BOOTSTRAP_LOCK]);
      const admins: unknown[] = await manager.query(
        `SELECT 1 FROM user_account WHERE role = 'ADMIN' AND NOT disabled LIMIT 1`,
      );
      if (admins.length > 0) return 'admin-exists' as const;
      const existing: unknown[] = await manager.query(
        `SELECT 1 FROM user_account WHERE lower(email) = lower($1)`,
        [email],
      );
      if (existing.length > 0) return 'email-taken' as const;
      const rows: { id: string }[] = await manager.query(
        `INSERT INTO user_account (email, display_name, role, password_hash) VALUES ($1, 'Administrator', 'ADMIN', $2) RETURNING id`,
        [email, await hashPassword(password)],
      );
      const created = await manager
        .getRepository(UserAccountEntity)
        .findOneByOrFail({ id: rows[0].id });
      await recordAudit(manager, {
        actor: null,
        action: 'ADMIN_BOOTSTRAPPED',
        entityType: 'user_account',
        entityId: created.id,
        after: userSnapshot(created),
      });
      return 'created' as const;
    });
    if (outcome === 'created')
      this.logger.log(`Created the first admin account ${email} from STINT_ADMIN_EMAIL`);
    if (outcome === 'email-taken') {
      this.logger.warn(
        `STINT_ADMIN_EMAIL ${email} belongs to an existing account that is not an enabled admin, and no enabled admin exists; ` +
          'left it unchanged. Set STINT_ADMIN_EMAIL to a new address to create an admin.',
      );
    }
    return outcome;
  }
}
