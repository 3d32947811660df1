import type { ApolloLink } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { isUnauthenticatedError } from '../errors/errorCodes';
import { ME_QUERY } from '../graphql/me.query';

/**
 * Operations whose UNAUTHENTICATED answer is not a session ending: a wrong password (`Login`),
 * signing out of a session that already ended (`Logout`), and `Me`, which the session provider
 * reads itself.
 */
export const SESSION_EXEMPT_OPERATIONS: ReadonlySet<string> = new Set(['Login', 'Logout', 'Me']);

/**
 * Notices a session ending under the user's feet (expired cookie, revoked session): when any
 * other operation answers UNAUTHENTICATED, it records `me: null` in the cache. The session
 * provider sees a signed-in user turn into nobody and reports the session as expired; the app
 * then sends the person to sign in again. The error still reaches the operation as usual.
 */
export function createSessionExpiredLink(
  onSessionExpired?: (operation: ApolloLink.Operation) => void,
): ApolloLink {
  return new ErrorLink(({ error, operation }) => {
    if (operation.operationName && SESSION_EXEMPT_OPERATIONS.has(operation.operationName)) return;
    if (!isUnauthenticatedError(error)) return;
    operation.client.writeQuery({ query: ME_QUERY, data: { me: null } });
    onSessionExpired?.(operation);
  });
}
