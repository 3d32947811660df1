import { useCallback } from 'react';
import { useQuery } from '@apollo/client/react';
import { describeError } from '@stint/web-data-access';
import { OUTCOMES_QUERY } from '../graphql/outcomes.query';
import type { OutcomesData } from '../utils/toOutcomeRows';
import type { OutcomesFilterValues } from './useOutcomesFilter';

export interface OutcomesResult {
  data: OutcomesData | undefined;
  loading: boolean;
  errorMessage: string | undefined;
  retry: () => void;
}

/** `outcomes(filter)`; PMs never send a department or level (the API would refuse them). */
export function useOutcomes(filter: OutcomesFilterValues, orgOnly: boolean): OutcomesResult {
  const { data, loading, error, refetch } = useQuery(OUTCOMES_QUERY, {
    variables: {
      filter: {
        from: filter.from,
        to: filter.to,
        scope: filter.scope || null,
        departmentId: orgOnly ? null : filter.departmentId || null,
        careerLevel: orgOnly ? null : filter.careerLevel || null,
      },
    },
    notifyOnNetworkStatusChange: true,
  });
  const retry = useCallback(() => {
    refetch().catch(() => undefined);
  }, [refetch]);
  return { data: data?.outcomes, loading, errorMessage: describeError(error), retry };
}
