import { useCallback, useEffect, useState } from 'react';
import type { ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { describeError, type PlanningRotationsQuery } from '@stint/web-data-access';
import type { IsoDate } from '@stint/domain';
import { PLANNING_ROTATIONS_QUERY } from '../graphql/planning.query';

export type PlannedRotation = PlanningRotationsQuery['rotations']['edges'][number]['node'];

const SEATS_PER_QUERY = 100;
const PAGE = 100;
const MAX_PAGES = 20;

/**
 * Every rotation of the given seats that ends on or after `from`, a query per 100 seats (all at
 * once). Rotations come latest start first, so paging stops at the first page reaching back
 * before `from` (a rotation starting earlier may still run into the range, so that page is kept
 * whole). Planning also calls it to fetch the next page of seats' rotations ahead of time: the
 * same chunks and variables, so the hook then finds them in the cache.
 */
export async function loadSeatRotations(
  client: ApolloClient,
  ids: readonly string[],
  from: IsoDate,
  fetchPolicy: 'cache-first' | 'network-only' = 'cache-first',
): Promise<PlannedRotation[]> {
  const chunks: string[][] = [];
  for (let i = 0; i < ids.length; i += SEATS_PER_QUERY)
    chunks.push(ids.slice(i, i + SEATS_PER_QUERY));
  const loaded = await Promise.all(
    chunks.map(async (chunk) => {
      const rotations: PlannedRotation[] = [];
      let after: string | null = null;
      for (let page = 0; page < MAX_PAGES; page++) {
        const result: { data?: PlanningRotationsQuery } = await client.query({
          query: PLANNING_ROTATIONS_QUERY,
          variables: { seatIds: chunk, first: PAGE, after },
          fetchPolicy,
        });
        const connection = result.data?.rotations;
        if (!connection) break;
        const nodes = connection.edges.map((e) => e.node);
        rotations.push(...nodes);
        const oldest = nodes[nodes.length - 1];
        if (!connection.pageInfo.hasNextPage || !oldest || oldest.startsOn < from) break;
        after = connection.pageInfo.endCursor;
      }
      return rotations;
    }),
  );
  return loaded.flat().filter((r) => r.endsOn >= from && r.status !== 'CANCELLED');
}

/** The rotations of the given seats that end on or after `from` (see loadSeatRotations). */
export function useSeatRotations(seatIds: readonly string[], from: IsoDate) {
  const client = useApolloClient();
  const key = seatIds.join(',');
  const [state, setState] = useState<{
    key: string;
    rotations: PlannedRotation[];
    loading: boolean;
    errorMessage?: string;
  }>({
    key: '',
    rotations: [],
    loading: true,
  });
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    if (!key) {
      setState({ key, rotations: [], loading: false });
      return;
    }
    let cancelled = false;
    const ids = key.split(',');
    setState((current) => ({ ...current, loading: true, errorMessage: undefined }));
    loadSeatRotations(client, ids, from, reloads > 0 ? 'network-only' : 'cache-first').then(
      (rotations) => {
        if (!cancelled) setState({ key, rotations, loading: false });
      },
      (error: unknown) => {
        if (!cancelled)
          setState({ key, rotations: [], loading: false, errorMessage: describeError(error) });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [client, key, from, reloads]);

  const reload = useCallback(() => setReloads((n) => n + 1), []);
  return { ...state, reload };
}
