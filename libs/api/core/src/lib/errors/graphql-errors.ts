import { BadRequestException, HttpException } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DomainError, type DomainErrorCode, type FieldProblem } from './domain-error';
import { conflictFromPostgres, isDatabaseUnavailable, isStatementTimeout } from './postgres-errors';

function assertNever(value: never): never {
  throw new Error(`Unmapped domain error code: ${String(value)}`);
}

/** The one place a domain error code becomes a GraphQL `extensions.code`. */
export function extensionsFor(error: DomainError): Record<string, unknown> {
  const code: DomainErrorCode = error.code;
  switch (code) {
    case 'UNAUTHENTICATED':
      return error.details.reason ? { code, reason: error.details.reason } : { code };
    case 'FORBIDDEN':
    case 'NOT_FOUND':
    case 'SERVICE_UNAVAILABLE':
      return { code };
    case 'BAD_USER_INPUT':
      return { code, fields: error.details.fields ?? [] };
    case 'CONFLICT':
      return { code, reason: error.details.reason };
    default:
      return assertNever(code);
  }
}

/** class-validator messages arrive as "field message"; keep the field name separate. */
function fieldsFromValidation(exception: BadRequestException): FieldProblem[] | undefined {
  const response = exception.getResponse();
  if (typeof response !== 'object' || response === null) return undefined;
  const messages = (response as { message?: unknown }).message;
  const fields = (response as { fields?: unknown }).fields;
  if (Array.isArray(fields)) return fields as FieldProblem[];
  if (!Array.isArray(messages)) return undefined;
  return messages.map((message: string) => ({ field: message.split(' ')[0], message }));
}

/**
 * GraphQL rejects a mistyped variable before any resolver runs; name the field it tripped on
 * the way the validation pipe does (`goals`, `filter.careerLevels`), so clients handle both alike.
 */
export function fieldOfCoercionError(message: string): string | undefined {
  const missing = /Field "([^"]+)" of required type/.exec(message);
  const at = /got invalid value .* at "([^"]+)"/.exec(message);
  const variable = /^Variable "\$([^"]+)"/.exec(message);
  if (at) {
    const path = at[1].replace(/\[\d+\]/g, '').split('.');
    const inner = path.length > 1 ? path.slice(1) : path;
    if (missing) inner.push(missing[1]);
    return inner.join('.');
  }
  if (missing) return missing[1];
  if (/not defined by type "[^"]+"/.test(message))
    return /Field "([^"]+)" is not defined/.exec(message)?.[1];
  return variable?.[1];
}

/** Normalises anything a resolver throws into a DomainError, or undefined when unexpected. */
export function toDomainError(error: unknown): DomainError | undefined {
  if (error instanceof DomainError) return error;
  const conflict = conflictFromPostgres(error);
  if (conflict) return conflict;
  if (isStatementTimeout(error)) {
    return new DomainError(
      'SERVICE_UNAVAILABLE',
      'The request took longer than the database allows; narrow it or try again shortly',
    );
  }
  if (isDatabaseUnavailable(error)) {
    return new DomainError(
      'SERVICE_UNAVAILABLE',
      'The database is unavailable; please try again shortly',
    );
  }
  if (error instanceof BadRequestException) {
    const fields = fieldsFromValidation(error);
    if (fields) return DomainError.badInput(fields);
  }
  if (error instanceof HttpException && error.getStatus() === 403) {
    return new DomainError('FORBIDDEN', 'You are not allowed to do this');
  }
  return undefined;
}

/**
 * Apollo's formatError: domain errors keep their message and code; anything unexpected is
 * logged in full on the server and reaches the client as a generic message.
 */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: (error: unknown) => void,
): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  // Errors Apollo raised itself (parse, validation, bad variables) already carry their code.
  const apolloCode = formatted.extensions?.code;
  if (!(original instanceof Error) || original instanceof GraphQLError) {
    const { stacktrace: _omit, ...extensions } = formatted.extensions ?? {};
    if (extensions['code'] === 'BAD_USER_INPUT' && !extensions['fields']) {
      const field = fieldOfCoercionError(formatted.message);
      if (field) extensions['fields'] = [{ field, message: formatted.message }];
    }
    return { ...formatted, extensions };
  }
  const domain = toDomainError(original);
  if (domain) {
    return {
      message: domain.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: extensionsFor(domain),
    };
  }
  log(original);
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: {
      code:
        apolloCode === 'INTERNAL_SERVER_ERROR' || !apolloCode
          ? 'INTERNAL_SERVER_ERROR'
          : apolloCode,
    },
  };
}
