export {
  createApolloClient,
  createStintCache,
  STINT_TYPE_POLICIES,
} from './lib/apollo/createApolloClient';
export type { CreateApolloClientOptions } from './lib/apollo/createApolloClient';
export {
  createSessionExpiredLink,
  SESSION_EXEMPT_OPERATIONS,
} from './lib/apollo/sessionExpiredLink';
export { StintApolloProvider } from './lib/apollo/StintApolloProvider';
export type { StintApolloProviderProps } from './lib/apollo/StintApolloProvider';
export { describeError } from './lib/errors/describeError';
export { CHECK_FIELDS_MESSAGE, describeMutationError } from './lib/errors/describeMutationError';
export type { MutationFailure } from './lib/errors/describeMutationError';
export { describeSignInError } from './lib/errors/describeSignInError';
export { usePersonNames } from './lib/people/usePersonNames';
export type { PersonNamesResult } from './lib/people/usePersonNames';
export { buildPersonNamesQuery, personNamesVariables } from './lib/people/personNamesQuery';
export type { PersonName } from './lib/people/personNamesQuery';
export type { SignInFailure } from './lib/errors/describeSignInError';
export { isUnauthenticatedError } from './lib/errors/errorCodes';
export { LOGIN_MUTATION, LOGOUT_MUTATION } from './lib/graphql/auth.mutations';
export { AUTH_OPTIONS_QUERY } from './lib/graphql/authOptions.query';
export { DEPARTMENTS_HEADCOUNT_QUERY } from './lib/graphql/departments.query';
export { ME_QUERY } from './lib/graphql/me.query';
export { ELIGIBILITY_FIELDS_FRAGMENT } from './lib/graphql/fragments/eligibility.fragment';
export { ROTATION_IMPACT_FIELDS_FRAGMENT } from './lib/graphql/fragments/rotationImpact.fragment';
export { graphql } from './lib/graphql/generated';
export type * from './lib/graphql/generated/graphql';
export type * from './lib/graphql/types';
export { COOKIE_NOT_KEPT, SessionProvider } from './lib/session/SessionProvider';
export type { SessionProviderProps } from './lib/session/SessionProvider';
export type {
  Session,
  SessionEndReason,
  SessionStatus,
  SignInCredentials,
  SignOutResult,
} from './lib/session/SessionContext';
export { useSession } from './lib/session/useSession';
