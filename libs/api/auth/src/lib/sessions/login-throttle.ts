import { createHash } from 'node:crypto';
import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { Pool } from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { DomainError } from '@stint/api-core';

/** The limits (README "Using the API"): 5 failures per account and address, 50 per address. */
export const LOGIN_LIMITS = {
  perAccount: { points: 5, duration: 15 * 60, blockDuration: 15 * 60 },
  perAddress: { points: 50, duration: 15 * 60, blockDuration: 15 * 60 },
} as const;

/**
 * Failed sign-ins are limited per e-mail and address pair (guessing one account) and per
 * address (spraying many). The counters live in PostgreSQL (`login_throttle`, created by a
 * migration), written on the primary, so every API instance draws on the same quota: two
 * instances never give an attacker two quotas. Each update is one atomic upsert.
 */
@Injectable()
export class LoginThrottle implements OnModuleDestroy {
  private readonly perAccount: RateLimiterPostgres;
  private readonly perAddress: RateLimiterPostgres;

  constructor(dataSource: DataSource) {
    // The primary's pg pool (TypeORM's `master`, also with read replicas configured).
    const pool = (dataSource.driver as unknown as { master: Pool }).master;
    const common = {
      storeClient: pool,
      storeType: 'pool',
      tableName: 'login_throttle',
      tableCreated: true,
    };
    this.perAccount = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'account',
      ...LOGIN_LIMITS.perAccount,
    });
    this.perAddress = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'address',
      ...LOGIN_LIMITS.perAddress,
    });
  }

  onModuleDestroy(): void {
    // The library sweeps expired rows on an (unref'd) timer; stop it with the app.
    for (const limiter of [this.perAccount, this.perAddress]) {
      const timer = (limiter as unknown as { _clearExpiredTimeoutId?: NodeJS.Timeout })
        ._clearExpiredTimeoutId;
      if (timer) clearTimeout(timer);
    }
  }

  private static digest(value: string): string {
    return createHash('sha256').update(value).digest('hex');
  }

  private static accountKey(email: string, address: string): string {
    return LoginThrottle.digest(`${address}|${email.trim().toLowerCase()}`);
  }

  /** Throws while this pair or this address is blocked. */
  async assertAllowed(email: string, address: string): Promise<void> {
    const [account, ip] = await Promise.all([
      this.perAccount.get(LoginThrottle.accountKey(email, address)),
      this.perAddress.get(LoginThrottle.digest(address)),
    ]);
    const blocked = [account, ip].find((res) => res !== null && res.remainingPoints <= 0);
    if (blocked) throw tooMany(blocked);
  }

  async recordFailure(email: string, address: string): Promise<void> {
    await Promise.all([
      consume(this.perAccount, LoginThrottle.accountKey(email, address)),
      consume(this.perAddress, LoginThrottle.digest(address)),
    ]);
  }

  async recordSuccess(email: string, address: string): Promise<void> {
    await this.perAccount.delete(LoginThrottle.accountKey(email, address));
  }
}

/** A consume over the quota rejects with a RateLimiterRes: that is the point, not a failure. */
async function consume(limiter: RateLimiterPostgres, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
  }
}

function tooMany(res: RateLimiterRes): DomainError {
  const minutes = Math.max(1, Math.ceil(res.msBeforeNext / 60_000));
  return new DomainError(
    'UNAUTHENTICATED',
    `Too many failed sign-ins. Try again in ${minutes} minute(s).`,
    {
      reason: 'RATE_LIMITED',
    },
  );
}
