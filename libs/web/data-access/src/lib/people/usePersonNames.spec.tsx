import type { ReactNode } from 'react';
import { renderHook, waitFor } from '@testing-library/react';
import { ApolloClient, ApolloLink, Observable } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { createStintCache } from '../apollo/createApolloClient';
import { usePersonNames } from './usePersonNames';

const person = (id: string) => ({
  __typename: 'Person',
  id,
  fullName: `Person ${id}`,
  department: { __typename: 'Department', id: 'd1', name: 'Finance' },
});

/** A client whose link answers every PersonNames request and records the ids it was asked. */
function clientRecording(asked: string[][]) {
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        const ids = Object.values(operation.variables) as string[];
        asked.push(ids);
        observer.next({ data: Object.fromEntries(ids.map((id, i) => ['p' + i, person(id)])) });
        observer.complete();
      }),
  );
  return new ApolloClient({ link, cache: createStintCache() });
}

describe('usePersonNames', () => {
  it('asks only for the people whose names the cache does not hold yet', async () => {
    const asked: string[][] = [];
    const client = clientRecording(asked);
    const wrapper = ({ children }: { children: ReactNode }) => (
      <ApolloProvider client={client}>{children}</ApolloProvider>
    );
    const { result, rerender } = renderHook(({ ids }) => usePersonNames(ids), {
      wrapper,
      initialProps: { ids: ['b', 'a'] },
    });
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(asked).toEqual([['a', 'b']]);

    rerender({ ids: ['a', 'c', 'b'] });
    await waitFor(() => expect(result.current.loading).toBe(false));

    expect(asked).toEqual([['a', 'b'], ['c']]);
    expect([...result.current.names.keys()].sort()).toEqual(['a', 'b', 'c']);
    expect(result.current.names.get('c')?.fullName).toBe('Person c');
  });

  it('keeps at most three requests in flight, whatever the number of people', async () => {
    let inFlight = 0;
    let most = 0;
    const link = new ApolloLink(
      (operation) =>
        new Observable((observer) => {
          inFlight += 1;
          most = Math.max(most, inFlight);
          const ids = Object.values(operation.variables) as string[];
          setTimeout(() => {
            inFlight -= 1;
            observer.next({ data: Object.fromEntries(ids.map((id, i) => ['p' + i, person(id)])) });
            observer.complete();
          }, 5);
        }),
    );
    const client = new ApolloClient({ link, cache: createStintCache() });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <ApolloProvider client={client}>{children}</ApolloProvider>
    );
    const ids = Array.from({ length: 70 }, (_, i) => `id${String(i).padStart(2, '0')}`);

    const { result } = renderHook(() => usePersonNames(ids), { wrapper });
    await waitFor(() => expect(result.current.loading).toBe(false));

    expect(result.current.names.size).toBe(70);
    expect(most).toBe(3);
  });
});
