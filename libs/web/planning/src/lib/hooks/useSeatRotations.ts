import { useCallback, useEffect, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { describeError, type PlanningRotationsQuery } from '@stint/web-data-access';
import type { IsoDate } from '@stint/domain';
import { PLANNING_ROTATIONS_QUERY } from '../graphql/planning.query';

export type PlannedRotation = PlanningRotationsQuery['rotations']['edges'][number]['node'];

const SEATS_PER_QUERY = 100;
const PAGE = 100;
const MAX_PAGES = 20;

/**
 * Every rotation of the given seats that ends on or after `from`. Rotations come latest start
 * first, so paging stops at the first page reaching back before `from` (a rotation starting
 * earlier may still run into the range, so that page is kept whole).
 */
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
    const load = async () => {
      const all: PlannedRotation[] = [];
      for (let i = 0; i < ids.length; i += SEATS_PER_QUERY) {
        const chunk = ids.slice(i, i + SEATS_PER_QUERY);
        let after: string | null = null;
        for (let page = 0; page < MAX_PAGES; page++) {
          const result: { data?: PlanningRotationsQuery } = await client.query({
            query: PLANNING_ROTATIONS_QUERY,
            variables: { seatIds: chunk, first: PAGE, after },
            fetchPolicy: reloads > 0 ? 'network-only' : 'cache-first',
          });
          const connection = result.data?.rotations;
          if (!connection) break;
          const nodes = connection.edges.map((e) => e.node);
          all.push(...nodes);
          const oldest = nodes[nodes.length - 1];
          if (!connection.pageInfo.hasNextPage || !oldest || oldest.startsOn < from) break;
          after = connection.pageInfo.endCursor;
        }
      }
      return all.filter((r) => r.endsOn >= from && r.status !== 'CANCELLED');
    };
    load().then(
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
