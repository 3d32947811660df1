import { useEffect, useMemo, useState } from 'react';
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
 * a few aliases per operation), all chunks at once. Names the cache holds are read from it and
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

  useEffect(() => {
    if (!key) return;
    let cancelled = false;
    const known: PersonName[] = [];
    const missing: string[] = [];
    for (const id of key.split(',')) {
      const name = cachedName(client, id);
      if (name) known.push(name);
      else missing.push(id);
    }
    const chunks: string[][] = [];
    for (let i = 0; i < missing.length; i += PERSON_NAMES_CHUNK)
      chunks.push(missing.slice(i, i + PERSON_NAMES_CHUNK));
    void Promise.all(
      chunks.map((chunk) =>
        client
          .query<Record<string, PersonName | null>>({
            query: buildPersonNamesQuery(chunk.length),
            variables: personNamesVariables(chunk),
            // One unknown id must not hide every other name.
            errorPolicy: 'all',
          })
          .then((result) => Object.values(result.data ?? {}))
          .catch(() => [] as Array<PersonName | null>),
      ),
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
