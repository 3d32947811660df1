import { useEffect, useMemo, useRef, useState } from 'react';
import type { ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import {
  buildPersonNamesQuery,
  PERSON_NAMES_CHUNK,
  personNamesVariables,
  type PersonName,
} from './personNamesQuery';

export interface PersonNamesResult {
  /** By person id; a person the viewer may not read is simply absent. */
  names: ReadonlyMap<string, PersonName>;
  loading: boolean;
}

const ONE_NAME = buildPersonNamesQuery(1);

/**
 * Name requests in flight at once. The browser opens six connections to the server; a long list
 * of names (Planning's ~130 people are 11 requests) must leave some free for what the person is
 * doing meanwhile (the next seats, the candidates for a stretch).
 */
const NAME_REQUESTS_AT_ONCE = 3;

/** `Promise.all(items.map(fn))`, with at most `limit` calls of `fn` pending at a time. */
async function mapAtMost<T, R>(
  limit: number,
  items: readonly T[],
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** A name the cache already holds (read by any earlier PersonNames or person query). */
function cachedName(client: ApolloClient, id: string): PersonName | undefined {
  const data = client.readQuery<Record<string, PersonName | null>>({
    query: ONE_NAME,
    variables: personNamesVariables([id]),
  });
  return data?.['p0'] ?? undefined;
}

/**
 * Names (and departments) of the given people, a chunk of ids per request (the API allows
 * a few aliases per operation), a few requests at a time. Names the cache holds are read from it and
 * only the others are asked for: a list that grows (Planning's "show more") asks for its new
 * people, not again for every chunk its new ids were sorted into.
 */
export function usePersonNames(ids: readonly string[]): PersonNamesResult {
  const client = useApolloClient();
  // Keyed on the ids' text, so a caller passing a new array with the same ids asks nothing new.
  const key = [...new Set(ids)].sort().join(',');
  const [state, setState] = useState<{ key: string; names: ReadonlyMap<string, PersonName> }>({
    key: '',
    names: new Map(),
  });

  // The names of the previous ids, so a growing list reads only its new ids from the cache.
  const shown = useRef(state.names);
  shown.current = state.names;

  useEffect(() => {
    if (!key) return;
    let cancelled = false;
    const known: PersonName[] = [];
    const missing: string[] = [];
    for (const id of key.split(',')) {
      const name = shown.current.get(id) ?? cachedName(client, id);
      if (name) known.push(name);
      else missing.push(id);
    }
    const chunks: string[][] = [];
    for (let i = 0; i < missing.length; i += PERSON_NAMES_CHUNK)
      chunks.push(missing.slice(i, i + PERSON_NAMES_CHUNK));
    void mapAtMost(NAME_REQUESTS_AT_ONCE, chunks, (chunk) =>
      client
        .query<Record<string, PersonName | null>>({
          query: buildPersonNamesQuery(chunk.length),
          variables: personNamesVariables(chunk),
          // One unknown id must not hide every other name.
          errorPolicy: 'all',
        })
        .then((result) => Object.values(result.data ?? {}))
        .catch(() => [] as Array<PersonName | null>),
    ).then((answers) => {
      if (cancelled) return;
      const names = new Map<string, PersonName>();
      for (const value of [...known, ...answers.flat()])
        if (value && typeof value === 'object' && 'id' in value) names.set(value.id, value);
      setState({ key, names });
    });
    return () => {
      cancelled = true;
    };
  }, [client, key]);

  const empty = useMemo(() => new Map<string, PersonName>(), []);
  if (!key) return { names: empty, loading: false };
  // While a new set of ids loads, keep showing the names already known.
  return { names: state.names, loading: state.key !== key };
}
