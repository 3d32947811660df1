import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';

// Sentences a user can act on. Raw messages and stacks stay in the console, never on screen.
const BY_CODE: Readonly<Record<string, string>> = {
  UNAUTHENTICATED: 'You are signed out. Sign in again to see this.',
  FORBIDDEN: 'Your role does not give you access to this information.',
  NOT_FOUND: 'We could not find what you asked for. It may have been removed.',
  BAD_USER_INPUT: 'Some of the filters are not valid. Check them and try again.',
  CONFLICT: 'Someone changed this at the same time. Reload and try again.',
};

const SERVER_TROUBLE = 'The Stint server could not answer just now. Try again in a moment.';
const UNREACHABLE = 'Could not reach the Stint server. Check your connection and try again.';

/**
 * Turns any Apollo error (or anything a failed call rejected with) into one readable sentence,
 * or undefined when there is none.
 */
export function describeError(error: unknown): string | undefined {
  if (!error) return undefined;
  if (CombinedGraphQLErrors.is(error)) {
    for (const e of error.errors) {
      const code = e.extensions?.['code'];
      if (typeof code === 'string' && code in BY_CODE) return BY_CODE[code];
    }
    return SERVER_TROUBLE;
  }
  if (ServerError.is(error)) {
    if (error.statusCode === 401) return BY_CODE['UNAUTHENTICATED'];
    if (error.statusCode === 403) return BY_CODE['FORBIDDEN'];
    return `${SERVER_TROUBLE} (HTTP ${error.statusCode})`;
  }
  if (ServerParseError.is(error)) return SERVER_TROUBLE;
  return UNREACHABLE;
}
