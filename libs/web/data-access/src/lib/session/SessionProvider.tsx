import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { describeError } from '../errors/describeError';
import { describeSignInError, type SignInFailure } from '../errors/describeSignInError';
import { isUnauthenticatedError } from '../errors/errorCodes';
import { LOGIN_MUTATION, LOGOUT_MUTATION } from '../graphql/auth.mutations';
import { ME_QUERY } from '../graphql/me.query';
import type { SessionUser } from '../graphql/types';
import {
  SessionContext,
  type Session,
  type SessionEndReason,
  type SessionStatus,
  type SignInCredentials,
  type SignOutResult,
} from './SessionContext';

export interface SessionProviderProps {
  children: ReactNode;
}

export const COOKIE_NOT_KEPT =
  'You were signed in, but your browser did not keep the session. Allow cookies for this site and try again.';

/**
 * Knows who is signed in, from `me`, and owns signing in and out. It never hides its children:
 * routes decide what to show while the session loads (the sign-in page keeps its form on
 * screen while `me` refetches).
 *
 * A session ends in one of two ways. `signOut()` marks it `signedOut` before the store is reset;
 * when `me` turns from a user into null for any other reason — the session-expired link writes
 * that when an operation answers UNAUTHENTICATED — it is `expired`.
 */
export function SessionProvider({ children }: SessionProviderProps) {
  const client = useApolloClient();
  const { data, error, refetch } = useQuery(ME_QUERY);
  const me = data?.me; // undefined: not known (yet)

  const [endReason, setEndReason] = useState<SessionEndReason | null>(null);
  const [knownUserId, setKnownUserId] = useState<string | null>(null);
  const [signInState, setSignInState] = useState<{ pending: boolean; failure?: SignInFailure }>({
    pending: false,
  });
  const [signOutState, setSignOutState] = useState<{ pending: boolean; error?: string }>({
    pending: false,
  });
  const busy = useRef(false);

  // Compare with the user of the previous render (React's "adjust state while rendering").
  if (me !== undefined && (me?.id ?? null) !== knownUserId) {
    const userId = me?.id ?? null;
    setKnownUserId(userId);
    if (userId === null && knownUserId !== null && endReason === null) setEndReason('expired');
  }

  const status: SessionStatus = me
    ? 'signedIn'
    : me === null || isUnauthenticatedError(error)
      ? 'signedOut'
      : error
        ? 'error'
        : 'loading';

  const retry = useCallback(() => {
    refetch().catch(() => undefined); // a failure shows up as `error`
  }, [refetch]);

  const signIn = useCallback(
    async ({ email, password }: SignInCredentials): Promise<SessionUser | null> => {
      if (busy.current) return null;
      busy.current = true;
      setSignInState({ pending: true });
      try {
        await client.mutate({ mutation: LOGIN_MUTATION, variables: { email, password } });
        await client.resetStore();
        // Refetched by resetStore (this provider watches it); cache-first reads that answer.
        const { data: fresh } = await client.query({ query: ME_QUERY, fetchPolicy: 'cache-first' });
        const user = fresh?.me ?? null;
        if (!user) {
          setSignInState({
            pending: false,
            failure: { message: COOKIE_NOT_KEPT, fieldErrors: {} },
          });
          return null;
        }
        setEndReason(null);
        setSignInState({ pending: false });
        return user;
      } catch (failure) {
        setSignInState({ pending: false, failure: describeSignInError(failure) });
        return null;
      } finally {
        busy.current = false;
      }
    },
    [client],
  );

  const signOut = useCallback(async (): Promise<SignOutResult> => {
    if (busy.current) return { ok: false };
    busy.current = true;
    setSignOutState({ pending: true });
    try {
      await client.mutate({ mutation: LOGOUT_MUTATION });
    } catch (failure) {
      // A session that already ended is as signed out as it gets; anything else leaves the
      // person signed in, and they must know that.
      if (!isUnauthenticatedError(failure)) {
        busy.current = false;
        setSignOutState({ pending: false, error: describeError(failure) });
        return { ok: false };
      }
    }
    setEndReason('signedOut');
    try {
      // Drops everything the previous user saw and asks `me` again (now null).
      await client.resetStore();
    } catch {
      // `me` could not be refetched; the session shows `error` and offers a retry.
    } finally {
      busy.current = false;
      setSignOutState({ pending: false });
    }
    return { ok: true };
  }, [client]);

  const session = useMemo<Session>(
    () => ({
      status,
      user: status === 'signedIn' && me ? me : null,
      endReason,
      errorMessage: status === 'error' ? describeError(error) : undefined,
      retry,
      signIn,
      signingIn: signInState.pending,
      signInFailure: signInState.failure,
      signOut,
      signingOut: signOutState.pending,
      signOutError: signOutState.error,
    }),
    [status, me, endReason, error, retry, signIn, signInState, signOut, signOutState],
  );

  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
