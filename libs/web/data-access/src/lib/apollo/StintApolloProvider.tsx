import { useState, type ReactNode } from 'react';
import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { createApolloClient } from './createApolloClient';

export interface StintApolloProviderProps {
  /** A ready client (tests, storybook); one for `/graphql` is created otherwise. */
  client?: ApolloClient;
  children: ReactNode;
}

/** Provides one Apollo Client for the lifetime of the app. */
export function StintApolloProvider({ client, children }: StintApolloProviderProps) {
  const [apolloClient] = useState(() => client ?? createApolloClient());
  return <ApolloProvider client={apolloClient}>{children}</ApolloProvider>;
}
