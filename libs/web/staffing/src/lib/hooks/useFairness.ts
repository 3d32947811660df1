import { useCallback, useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { describeError } from '@stint/web-data-access';
import { FAIRNESS_QUERY } from '../graphql/fairness.query';
import { toFairnessRows, type FairnessTables } from '../utils/toFairnessRows';

export interface FairnessResult {
  tables: FairnessTables | undefined;
  loading: boolean;
  errorMessage: string | undefined;
  retry: () => void;
}

/** `fairness(from, to)` shaped into the two tables, suppression applied. */
export function useFairness(from: string, to: string): FairnessResult {
  const { data, loading, error, refetch } = useQuery(FAIRNESS_QUERY, {
    variables: { from, to },
    notifyOnNetworkStatusChange: true,
  });
  const groups = data?.fairness.groups;
  const tables = useMemo(() => (groups ? toFairnessRows(groups) : undefined), [groups]);
  const retry = useCallback(() => {
    refetch().catch(() => undefined);
  }, [refetch]);
  return { tables, loading, errorMessage: describeError(error), retry };
}
