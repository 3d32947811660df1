import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { describeError } from '@stint/web-data-access';
import { PMO_FILL_QUERY } from '../graphql/pmoFill.query';
import type { CoverageFilters } from '../utils/coverageFilters';
import { toPmoFillRows, type PmoFillRow } from '../utils/toPmoFillRows';
import { retryWith, type QueryResult } from './queryResult';

/** Seat fill per PMO over the period, shaped for the chart. PMOs are not departments. */
export function usePmoFill(filters: CoverageFilters): QueryResult<PmoFillRow[]> {
  const { data, previousData, loading, error, refetch } = useQuery(PMO_FILL_QUERY, {
    variables: {
      filter: { from: filters.from, to: filters.to, granularity: filters.granularity },
    },
    notifyOnNetworkStatusChange: true,
    // Not kept in Apollo's cache (docs/decisions.md, "The Coverage screen at 200 departments"):
    // writing and reading back thousands of points cost ~330 ms of main thread at `large`.
    fetchPolicy: 'no-cache',
  });
  // The last answer stays on screen, marked busy, while new filters load (as useCoverage).
  const pmos = (data ?? (loading ? previousData : undefined))?.pmoFill;
  const rows = useMemo(() => (pmos ? toPmoFillRows(pmos) : undefined), [pmos]);
  const retry = useMemo(() => retryWith(refetch), [refetch]);
  return { data: rows, loading, errorMessage: describeError(error), retry };
}
