import { useCallback } from 'react';
import { useQuery } from '@apollo/client/react';
import { describeError } from '@stint/web-data-access';
import { STAFFING_QUERY } from '../graphql/staffing.query';
import type { StaffingData } from '../utils/staffingTypes';

export interface StaffingResult {
  data: StaffingData | undefined;
  loading: boolean;
  errorMessage: string | undefined;
  retry: () => void;
}

/** `staffing` for today: one request shared by four panels (Apollo answers the rest from cache). */
export function useStaffing(): StaffingResult {
  const { data, loading, error, refetch } = useQuery(STAFFING_QUERY, {
    variables: {},
    notifyOnNetworkStatusChange: true,
  });
  const retry = useCallback(() => {
    refetch().catch(() => undefined);
  }, [refetch]);
  return { data: data?.staffing, loading, errorMessage: describeError(error), retry };
}
