import {
  ApolloClient,
  ApolloLink,
  HttpLink,
  InMemoryCache,
  type TypePolicies,
} from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { createSessionExpiredLink } from './sessionExpiredLink';

export interface CreateApolloClientOptions {
  /** GraphQL endpoint; the API serves it on the dashboard's own origin. */
  uri?: string;
  /** Injected in tests; the browser's fetch otherwise. */
  fetch?: typeof fetch;
}

/**
 * How the cache stores Stint's types. Entities are keyed by `id` (Apollo's default), so a
 * department fetched by two screens is one cache record. Paged lists are Relay connections:
 * pages with the same filter are merged, a different filter is a different list.
 */
export const STINT_TYPE_POLICIES: TypePolicies = {
  Query: {
    fields: {
      people: relayStylePagination(['filter']),
    },
  },
};

export function createStintCache(): InMemoryCache {
  return new InMemoryCache({ typePolicies: STINT_TYPE_POLICIES });
}

export function createApolloClient({
  uri = '/graphql',
  fetch: customFetch,
}: CreateApolloClientOptions = {}): ApolloClient {
  return new ApolloClient({
    // The session is an httpOnly cookie on the same origin; never send it anywhere else.
    link: ApolloLink.from([
      // An UNAUTHENTICATED answer to anything but login/logout/me means the session ended.
      createSessionExpiredLink(),
      new HttpLink({ uri, credentials: 'same-origin', fetch: customFetch }),
    ]),
    cache: createStintCache(),
    defaultOptions: {
      // Show what the cache has at once and refresh it behind the scenes.
      watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' },
    },
  });
}
