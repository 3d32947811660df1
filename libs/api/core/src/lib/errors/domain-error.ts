/**
 * Every failure a client may see, as a closed set. Services throw DomainError with one of
 * these; `toGraphQLError` maps each to `extensions.code` (and `reason`) in one exhaustive
 * switch, so adding a code without mapping it fails to compile.
 */
export type DomainErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'SERVICE_UNAVAILABLE';

/** The `reason` beside a code: why a CONFLICT (or a throttled sign-in) happened. */
export type ConflictReason =
  | 'PERSON_OVERLAP'
  | 'SEAT_OVERLAP'
  | 'SEAT_WINDOW'
  | 'AWAY_CAP'
  | 'NOT_ELIGIBLE'
  | 'ALREADY_DECIDED'
  | 'DUPLICATE'
  | 'STALE'
  | 'IN_USE'
  | 'RATE_LIMITED'
  | 'IDEMPOTENCY_KEY_REUSED';

export interface FieldProblem {
  field: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details: { reason?: ConflictReason; fields?: FieldProblem[] } = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static notFound(what: string): DomainError {
    return new DomainError('NOT_FOUND', `${what} not found`);
  }

  static badInput(fields: FieldProblem[]): DomainError {
    const summary = fields.map((f) => `${f.field}: ${f.message}`).join('; ');
    return new DomainError('BAD_USER_INPUT', `Invalid input — ${summary}`, { fields });
  }

  static conflict(reason: ConflictReason, message: string): DomainError {
    return new DomainError('CONFLICT', message, { reason });
  }
}
