import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { describeError } from '@stint/web-data-access';
import { COVERAGE_QUERY } from '../graphql/coverage.query';
import type { CoverageFilters } from '../utils/coverageFilters';
import type { CoverageData } from '../utils/coverageTypes';
import { retryWith, type QueryResult } from './queryResult';

/** `coverage(filter)` for the current filters (one request feeds the tiles and five charts). */
export function useCoverage(filters: CoverageFilters): QueryResult<CoverageData> {
  const { data, previousData, loading, error, refetch } = useQuery(COVERAGE_QUERY, {
    variables: {
      filter: {
        from: filters.from,
        to: filters.to,
        granularity: filters.granularity,
        departmentIds: filters.departmentIds.length > 0 ? filters.departmentIds : null,
      },
    },
    notifyOnNetworkStatusChange: true,
    // Not kept in Apollo's cache (docs/decisions.md, "The Coverage screen at 200 departments"):
    // writing and reading back thousands of points cost ~330 ms of main thread at `large`.
    fetchPolicy: 'no-cache',
  });
  const retry = useMemo(() => retryWith(refetch), [refetch]);
  // While new filters load, the last answer stays on screen, marked busy (dimmed), instead of
  // every chart going back to its skeleton and being built again.
  const shown = data ?? (loading ? previousData : undefined);
  return { data: shown?.coverage, loading, errorMessage: describeError(error), retry };
}
