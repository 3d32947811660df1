/**
 * @jest-environment node
 */
// Node's own fetch/Response: jsdom has neither.
import { gql, type TypedDocumentNode } from '@apollo/client';
import { createApolloClient, createStintCache } from './createApolloClient';
import { DEPARTMENTS_HEADCOUNT_QUERY } from '../graphql/departments.query';
import { ME_QUERY } from '../graphql/me.query';

describe('createApolloClient', () => {
  it('posts to /graphql on the same origin with the session cookie policy', async () => {
    const calls: Array<{ url: string; init: RequestInit | undefined }> = [];
    const fakeFetch: typeof fetch = async (input, init) => {
      calls.push({ url: String(input), init });
      return new Response(
        JSON.stringify({
          data: {
            departments: [
              { __typename: 'Department', id: '1', code: 'FIN', name: 'Finance', headcount: 3 },
            ],
          },
        }),
        { status: 200, headers: { 'content-type': 'application/json' } },
      );
    };
    const client = createApolloClient({ fetch: fakeFetch });

    const result = await client.query({ query: DEPARTMENTS_HEADCOUNT_QUERY });

    expect(result.data?.departments[0]?.name).toBe('Finance');
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe('/graphql');
    expect(calls[0]?.init?.credentials).toBe('same-origin');
  });

  it('notices a session that ended: an UNAUTHENTICATED answer signs the cached user out', async () => {
    const answers = [
      {
        data: {
          me: {
            __typename: 'User',
            id: 'u1',
            email: 'hr@stint.example',
            displayName: 'H',
            role: 'HR',
            personId: null,
          },
        },
      },
      {
        data: null,
        errors: [{ message: 'Sign in first', extensions: { code: 'UNAUTHENTICATED' } }],
      },
    ];
    const fakeFetch: typeof fetch = async () =>
      new Response(JSON.stringify(answers.shift()), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    const client = createApolloClient({ fetch: fakeFetch });
    await client.query({ query: ME_QUERY });

    await expect(client.query({ query: DEPARTMENTS_HEADCOUNT_QUERY })).rejects.toThrow();

    expect(client.readQuery({ query: ME_QUERY })).toEqual({ me: null });
  });

  it('uses the endpoint it is given', async () => {
    const urls: string[] = [];
    const fakeFetch: typeof fetch = async (input) => {
      urls.push(String(input));
      return new Response(JSON.stringify({ data: { departments: [] } }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    };
    await createApolloClient({ uri: '/api/graphql', fetch: fakeFetch }).query({
      query: DEPARTMENTS_HEADCOUNT_QUERY,
    });
    expect(urls).toEqual(['/api/graphql']);
  });
});

interface PeoplePage {
  people: {
    __typename: 'PersonConnection';
    totalCount: number;
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename: 'PersonEdge';
      cursor: string;
      node: { __typename: 'Person'; id: string; fullName: string };
    }>;
  };
}
interface PeopleVars {
  first?: number;
  after?: string | null;
  filter?: { search?: string };
}
const PEOPLE: TypedDocumentNode<PeoplePage, PeopleVars> = gql`
  query People($first: Int, $after: String, $filter: PeopleFilter) {
    people(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          fullName
        }
      }
    }
  }
`;

function page(ids: string[], hasNextPage: boolean): PeoplePage {
  return {
    people: {
      __typename: 'PersonConnection',
      totalCount: 4,
      pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: ids.at(-1) ?? null },
      edges: ids.map((id) => ({
        __typename: 'PersonEdge',
        cursor: id,
        node: { __typename: 'Person', id, fullName: `Person ${id}` },
      })),
    },
  };
}

describe('cache type policies', () => {
  it('appends the next page of people to the same list', () => {
    const cache = createStintCache();
    cache.writeQuery({ query: PEOPLE, variables: { first: 2 }, data: page(['p1', 'p2'], true) });
    cache.writeQuery({
      query: PEOPLE,
      variables: { first: 2, after: 'p2' },
      data: page(['p3', 'p4'], false),
    });

    const merged = cache.readQuery({ query: PEOPLE, variables: { first: 2 } });

    expect(merged?.people.edges.map((e) => e.node.id)).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect(merged?.people.pageInfo.hasNextPage).toBe(false);
  });

  it('keeps lists with different filters apart', () => {
    const cache = createStintCache();
    cache.writeQuery({ query: PEOPLE, variables: { first: 2 }, data: page(['p1', 'p2'], true) });
    cache.writeQuery({
      query: PEOPLE,
      variables: { first: 2, filter: { search: 'ann' } },
      data: page(['p9'], false),
    });

    const all = cache.readQuery({ query: PEOPLE, variables: { first: 2 } });
    const filtered = cache.readQuery({
      query: PEOPLE,
      variables: { first: 2, filter: { search: 'ann' } },
    });

    expect(all?.people.edges.map((e) => e.node.id)).toEqual(['p1', 'p2']);
    expect(filtered?.people.edges.map((e) => e.node.id)).toEqual(['p9']);
  });
});
