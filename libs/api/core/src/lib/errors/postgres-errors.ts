import { DomainError, type ConflictReason } from './domain-error';

interface PgErrorLike {
  code?: string;
  constraint?: string;
}

/** Constraint names from the migrations, mapped to what a client is told. */
const CONSTRAINT_REASONS: Record<string, { reason: ConflictReason; message: string }> = {
  rotation_person_no_overlap: {
    reason: 'PERSON_OVERLAP',
    message: 'This person already has a rotation that overlaps these dates',
  },
  rotation_seat_no_overlap: {
    reason: 'SEAT_OVERLAP',
    message: 'This seat is already taken for part of these dates',
  },
  rotation_within_seat_window: {
    reason: 'SEAT_WINDOW',
    message: "The rotation must lie within the seat's open window",
  },
  seat_window_covers_rotations: {
    reason: 'SEAT_WINDOW',
    message: "The seat's window would leave one of its rotations outside it",
  },
  rotation_request_one_submitted_per_person: {
    reason: 'DUPLICATE',
    message: 'This person already has a submitted request',
  },
};

function pgError(error: unknown): PgErrorLike | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const candidate = (error as { driverError?: unknown }).driverError ?? error;
  return typeof candidate === 'object' && candidate !== null
    ? (candidate as PgErrorLike)
    : undefined;
}

/**
 * Turns a PostgreSQL constraint violation into a typed CONFLICT; returns undefined for
 * anything else so the caller rethrows it unchanged.
 */
export function conflictFromPostgres(error: unknown): DomainError | undefined {
  const pg = pgError(error);
  if (!pg?.code) return undefined;
  const known = pg.constraint ? CONSTRAINT_REASONS[pg.constraint] : undefined;
  if (known && ['23P01', '23505', '23514'].includes(pg.code)) {
    return DomainError.conflict(known.reason, known.message);
  }
  if (pg.code === '23P01') return DomainError.conflict('PERSON_OVERLAP', 'Overlapping rotation');
  if (pg.code === '23505')
    return DomainError.conflict('DUPLICATE', 'A record with this value already exists');
  if (pg.code === '23503')
    return DomainError.conflict(
      'IN_USE',
      'The record is referenced by, or refers to, another record',
    );
  return undefined;
}

/** 57014: the statement ran past DB_STATEMENT_TIMEOUT_MS (or was cancelled) and was stopped. */
export function isStatementTimeout(error: unknown): boolean {
  return pgError(error)?.code === '57014';
}

/** Connection-level failures: the database is down, restarting or the pool is exhausted. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const pg = pgError(error);
  const message = error instanceof Error ? error.message : '';
  // TypeORM's word for a transaction whose connection died under it (PostgreSQL went away).
  if (
    error instanceof Error &&
    /QueryRunner(Provider)?AlreadyReleased/.test(error.name || error.constructor.name)
  ) {
    return true;
  }
  return (
    (pg?.code !== undefined &&
      ['57P01', '57P02', '57P03', '08000', '08003', '08006', 'ECONNREFUSED', 'ECONNRESET'].includes(
        pg.code,
      )) ||
    /timeout exceeded when trying to connect|Connection terminated|ECONNREFUSED|connect ECONNRESET/i.test(
      message,
    )
  );
}
