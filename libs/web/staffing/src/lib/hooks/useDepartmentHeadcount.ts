import { useCallback, useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { DEPARTMENTS_HEADCOUNT_QUERY, describeError } from '@stint/web-data-access';
import { toHeadcountRows, type HeadcountRow } from '../utils/toHeadcountRows';

export interface DepartmentHeadcountResult {
  rows: HeadcountRow[];
  loading: boolean;
  /** A sentence to show, never the raw error. */
  errorMessage: string | undefined;
  retry: () => void;
}

/** Headcount per department, shaped for the chart. */
export function useDepartmentHeadcount(): DepartmentHeadcountResult {
  const { data, loading, error, refetch } = useQuery(DEPARTMENTS_HEADCOUNT_QUERY);
  const departments = data?.departments;
  const rows = useMemo(() => toHeadcountRows(departments ?? []), [departments]);
  const retry = useCallback(() => {
    // A failed refetch shows up as `error` on the next render; nothing more to do here.
    refetch().catch(() => undefined);
  }, [refetch]);
  return { rows, loading, errorMessage: describeError(error), retry };
}
