// Renders the whole dashboard at an address, against mocked GraphQL answers, the way main.tsx
// wires it (session-expired link included). Not a spec: shared by the app's specs.
import { render, screen } from '@testing-library/react';
import { ApolloLink } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MemoryRouter, useLocation } from 'react-router';
import {
  AUTH_OPTIONS_QUERY,
  createSessionExpiredLink,
  createStintCache,
  LOGIN_MUTATION,
  LOGOUT_MUTATION,
  ME_QUERY,
  SessionProvider,
  type SessionUser,
  type UserRole,
} from '@stint/web-data-access';
import { App } from '../app/App';

export type Mock = MockLink.MockedResponse;

export function createUser(role: UserRole, overrides: Partial<SessionUser> = {}): SessionUser {
  const name = role.toLowerCase();
  return {
    __typename: 'User',
    id: `u-${name}`,
    email: `${name}@stint.example`,
    displayName: `${role.charAt(0)}${name.slice(1)} Demo`,
    role,
    personId: role === 'PM' ? 'p-1' : null,
    ...overrides,
  };
}

export const meAnswer = (user: SessionUser | null): Mock => ({
  request: { query: ME_QUERY },
  result: { data: { me: user } },
});

export const loginAnswer = (email: string, password: string, user: SessionUser): Mock => ({
  request: { query: LOGIN_MUTATION, variables: { email, password } },
  result: { data: { login: { __typename: 'LoginResult', user } } },
});

export const loginFailure = (
  email: string,
  password: string,
  message: string,
  extensions: Record<string, unknown>,
): Mock => ({
  request: { query: LOGIN_MUTATION, variables: { email, password } },
  result: { errors: [{ message, extensions }] },
});

export const logoutAnswer = (): Mock => ({
  request: { query: LOGOUT_MUTATION },
  result: { data: { logout: true } },
});

function LocationProbe() {
  const { pathname, search } = useLocation();
  return (
    <div data-testid="location" hidden>
      {`${pathname}${search}`}
    </div>
  );
}

/** The address the router is at now (path and query). */
export function currentLocation(): string {
  return screen.getByTestId('location').textContent ?? '';
}

export interface RenderAppOptions {
  /** Sees every operation the app sends, before the mocks answer it. */
  onOperation?: (operationName: string | undefined) => void;
}

/** Passwords only, no company sign-in: what a server without OIDC answers, as often as asked. */
export const localOnlyAuthOptions: Mock = {
  request: { query: AUTH_OPTIONS_QUERY },
  result: {
    data: {
      authOptions: {
        __typename: 'AuthOptions',
        localLogin: true,
        oidcProviderName: null,
        oidcLoginUrl: null,
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

export function renderApp(path: string, mocks: Mock[], { onOperation }: RenderAppOptions = {}) {
  const spy = new ApolloLink((operation, forward) => {
    onOperation?.(operation.operationName);
    return forward(operation);
  });
  const link = ApolloLink.from([
    createSessionExpiredLink(),
    spy,
    new MockLink(
      mocks.some((m) => m.request.query === AUTH_OPTIONS_QUERY)
        ? mocks
        : [...mocks, localOnlyAuthOptions],
      { showWarnings: false },
    ),
  ]);
  return render(
    <MockedProvider link={link} cache={createStintCache()}>
      <SessionProvider>
        <MemoryRouter initialEntries={[path]}>
          <App />
          <LocationProbe />
        </MemoryRouter>
      </SessionProvider>
    </MockedProvider>,
  );
}
