import { DomainError } from './domain-error';

/**
 * Optimistic concurrency: an update names the version it read; if the record moved on since,
 * the write is refused rather than silently overwriting someone else's change.
 */
export function assertVersion(current: number, expected: number, what: string): void {
  if (current !== expected) {
    throw DomainError.conflict(
      'STALE',
      `${what} was changed by someone else (version ${current}, you edited version ${expected}); reload and try again`,
    );
  }
}
