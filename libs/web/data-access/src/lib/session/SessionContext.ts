import { createContext } from 'react';
import type { SignInFailure } from '../errors/describeSignInError';
import type { SessionUser } from '../graphql/types';

export type SessionStatus = 'loading' | 'signedIn' | 'signedOut' | 'error';

/**
 * Why a session that existed is gone: the person signed out, or the server stopped accepting
 * it (expired, revoked). Null while signed in, and when nobody had signed in yet.
 */
export type SessionEndReason = 'signedOut' | 'expired';

export interface SignOutResult {
  ok: boolean;
}

export interface SignInCredentials {
  email: string;
  password: string;
}

export interface Session {
  status: SessionStatus;
  /** The signed-in user; null unless `status` is `signedIn`. */
  user: SessionUser | null;
  endReason: SessionEndReason | null;
  /** Why the session could not be checked (status `error`), as a sentence. */
  errorMessage: string | undefined;
  /** Asks the server again (after `error`). */
  retry: () => void;
  /**
   * Calls `login`, then resets the Apollo store (nothing of a previous user survives) and
   * refetches `me`. Resolves to the user, or null with `signInFailure` set. Never rejects; a call
   * while one is in flight is ignored (double clicks).
   */
  signIn: (credentials: SignInCredentials) => Promise<SessionUser | null>;
  signingIn: boolean;
  signInFailure: SignInFailure | undefined;
  /** Calls `logout`, then clears the Apollo store. Never rejects. */
  signOut: () => Promise<SignOutResult>;
  signingOut: boolean;
  /** Why signing out failed, as a sentence; the session is then still on. */
  signOutError: string | undefined;
}

export const SessionContext = createContext<Session | null>(null);
