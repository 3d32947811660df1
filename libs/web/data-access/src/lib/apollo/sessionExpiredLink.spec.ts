/**
 * @jest-environment node
 */
import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { LOGIN_MUTATION } from '../graphql/auth.mutations';
import { DEPARTMENTS_HEADCOUNT_QUERY } from '../graphql/departments.query';
import { ME_QUERY } from '../graphql/me.query';
import type { SessionUser } from '../graphql/types';
import { createSessionExpiredLink } from './sessionExpiredLink';

const hr: SessionUser = {
  __typename: 'User',
  id: 'u-hr',
  email: 'hr@stint.example',
  displayName: 'Hana Hr',
  role: 'HR',
  personId: null,
};

function clientWith(mocks: MockLink.MockedResponse[], onExpired = jest.fn()) {
  const client = new ApolloClient({
    cache: new InMemoryCache(),
    link: ApolloLink.from([createSessionExpiredLink(onExpired), new MockLink(mocks)]),
  });
  client.writeQuery({ query: ME_QUERY, data: { me: hr } });
  return { client, onExpired };
}

const departmentsFail = (code: string): MockLink.MockedResponse => ({
  request: { query: DEPARTMENTS_HEADCOUNT_QUERY },
  result: { errors: [{ message: 'nope', extensions: { code } }] },
});

describe('createSessionExpiredLink', () => {
  it('marks the session as gone when an operation answers UNAUTHENTICATED', async () => {
    const { client, onExpired } = clientWith([departmentsFail('UNAUTHENTICATED')]);

    await expect(client.query({ query: DEPARTMENTS_HEADCOUNT_QUERY })).rejects.toThrow();

    expect(client.readQuery({ query: ME_QUERY })?.me).toBeNull();
    expect(onExpired).toHaveBeenCalledTimes(1);
    expect(onExpired.mock.calls[0][0].operationName).toBe('DepartmentsHeadcount');
  });

  it('leaves the session alone for other errors', async () => {
    const { client, onExpired } = clientWith([departmentsFail('FORBIDDEN')]);

    await expect(client.query({ query: DEPARTMENTS_HEADCOUNT_QUERY })).rejects.toThrow();

    expect(client.readQuery({ query: ME_QUERY })?.me?.id).toBe('u-hr');
    expect(onExpired).not.toHaveBeenCalled();
  });

  it('does not treat a wrong password as an ended session', async () => {
    const { client, onExpired } = clientWith([
      {
        request: { query: LOGIN_MUTATION, variables: { email: 'a@b.c', password: 'x' } },
        result: {
          errors: [
            {
              message: 'The e-mail or password is not right',
              extensions: { code: 'UNAUTHENTICATED' },
            },
          ],
        },
      },
    ]);

    await expect(
      client.mutate({ mutation: LOGIN_MUTATION, variables: { email: 'a@b.c', password: 'x' } }),
    ).rejects.toThrow();

    expect(client.readQuery({ query: ME_QUERY })?.me?.id).toBe('u-hr');
    expect(onExpired).not.toHaveBeenCalled();
  });

  it('passes successful answers through untouched', async () => {
    const { client, onExpired } = clientWith([
      {
        request: { query: DEPARTMENTS_HEADCOUNT_QUERY },
        result: { data: { departments: [] } },
      },
    ]);
    const { data } = await client.query({ query: DEPARTMENTS_HEADCOUNT_QUERY });
    expect(data?.departments).toEqual([]);
    expect(onExpired).not.toHaveBeenCalled();
  });
});
