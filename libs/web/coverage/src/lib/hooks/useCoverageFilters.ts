import { useCallback, useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { todayIso } from '@stint/domain';
import {
  FILTER_PARAMS,
  parseCoverageFilters,
  toFilterParams,
  type CoverageFilters,
} from '../utils/coverageFilters';

export interface CoverageFiltersState {
  filters: CoverageFilters;
  setFilters: (next: CoverageFilters) => void;
}

/**
 * The Coverage filters, kept in the address. A visit without them gets the defaults written in
 * (replacing the entry, so Back still works): the link then names a fixed period and keeps
 * showing the same view when it is opened months later.
 */
export function useCoverageFilters(today: string = todayIso()): CoverageFiltersState {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseCoverageFilters(params, today), [params, today]);

  const written = toFilterParams(filters).toString();
  useEffect(() => {
    const current = new URLSearchParams();
    for (const key of Object.values(FILTER_PARAMS)) {
      const value = params.get(key);
      if (value !== null) current.set(key, value);
    }
    if (current.toString() !== written) setParams(new URLSearchParams(written), { replace: true });
  }, [params, setParams, written]);

  const setFilters = useCallback(
    (next: CoverageFilters) => setParams(toFilterParams(next)),
    [setParams],
  );
  return { filters, setFilters };
}
