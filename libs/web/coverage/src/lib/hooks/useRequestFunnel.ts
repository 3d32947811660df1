import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { describeError } from '@stint/web-data-access';
import { REQUEST_FUNNEL_QUERY } from '../graphql/requestFunnel.query';
import type { CoverageFilters } from '../utils/coverageFilters';
import { toFunnelRows, type FunnelRow } from '../utils/toFunnelRows';
import { retryWith, type QueryResult } from './queryResult';

/** The request funnel for the period and departments, shaped for the chart. */
export function useRequestFunnel(filters: CoverageFilters): QueryResult<FunnelRow[]> {
  const { data, loading, error, refetch } = useQuery(REQUEST_FUNNEL_QUERY, {
    variables: {
      from: filters.from,
      to: filters.to,
      departmentIds: filters.departmentIds.length > 0 ? filters.departmentIds : null,
    },
    notifyOnNetworkStatusChange: true,
  });
  const funnel = data?.requestFunnel;
  const rows = useMemo(() => (funnel ? toFunnelRows(funnel) : undefined), [funnel]);
  const retry = useMemo(() => retryWith(refetch), [refetch]);
  return { data: rows, loading, errorMessage: describeError(error), retry };
}
