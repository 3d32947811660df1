import { useEffect, useMemo, useState } from 'react';
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

/**
 * Names (and departments) of the given people, a chunk of ids per request (the API allows
 * a few aliases per operation), all chunks at once. Answers come from the cache when it has them.
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
    const unique = key.split(',');
    const chunks: string[][] = [];
    for (let i = 0; i < unique.length; i += PERSON_NAMES_CHUNK)
      chunks.push(unique.slice(i, i + PERSON_NAMES_CHUNK));
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
      for (const value of answers.flat())
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
