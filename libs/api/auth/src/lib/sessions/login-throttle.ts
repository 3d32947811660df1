import { Injectable } from '@nestjs/common';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { DomainError } from '@stint/api-core';

/**
 * Failed sign-ins are limited per e-mail and address pair (guessing one account) and per
 * address (spraying many). Kept in memory: one Stint process per database is the supported
 * deployment; several processes would each allow their own quota.
 */
@Injectable()
export class LoginThrottle {
  private readonly perAccount = new RateLimiterMemory({
    points: 5,
    duration: 15 * 60,
    blockDuration: 15 * 60,
  });
  private readonly perAddress = new RateLimiterMemory({
    points: 50,
    duration: 15 * 60,
    blockDuration: 15 * 60,
  });

  private static key(email: string, address: string): string {
    return `${address}|${email.trim().toLowerCase()}`;
  }

  /** Throws while this pair or this address is blocked. */
  async assertAllowed(email: string, address: string): Promise<void> {
    const [account, ip] = await Promise.all([
      this.perAccount.get(LoginThrottle.key(email, address)),
      this.perAddress.get(address),
    ]);
    const blocked = [account, ip].find((res) => res !== null && res.remainingPoints <= 0);
    if (blocked) throw tooMany(blocked);
  }

  async recordFailure(email: string, address: string): Promise<void> {
    await Promise.all([
      this.perAccount.consume(LoginThrottle.key(email, address)).catch(() => undefined),
      this.perAddress.consume(address).catch(() => undefined),
    ]);
  }

  async recordSuccess(email: string, address: string): Promise<void> {
    await this.perAccount.delete(LoginThrottle.key(email, address));
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
