import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/** The `extensions` of the first GraphQL error that carries a `code`, if any. */
export function firstCodedExtensions(
  error: unknown,
): (Record<string, unknown> & { code: string }) | undefined {
  if (!error || !CombinedGraphQLErrors.is(error)) return undefined;
  for (const e of error.errors) {
    const extensions = e.extensions;
    if (extensions && typeof extensions['code'] === 'string') {
      return extensions as Record<string, unknown> & { code: string };
    }
  }
  return undefined;
}

/** True when the server says there is no (valid) session: `UNAUTHENTICATED` or HTTP 401. */
export function isUnauthenticatedError(error: unknown): boolean {
  if (!error) return false;
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED');
  }
  return ServerError.is(error) && error.statusCode === 401;
}
