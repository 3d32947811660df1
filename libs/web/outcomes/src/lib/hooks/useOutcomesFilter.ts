import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  addDays,
  addMonths,
  CAREER_LEVELS,
  isIsoDate,
  PMO_SCOPES,
  todayIso,
  type CareerLevel,
  type PmoScope,
} from '@stint/domain';

export interface OutcomesFilterValues {
  from: string;
  to: string;
  /** '' = any. */
  scope: PmoScope | '';
  departmentId: string;
  careerLevel: CareerLevel | '';
}

/** The filters from the address (`from`, `to`, `scope`, `department`, `level`). */
export function useOutcomesFilter(today: string = todayIso()) {
  const [params, setParams] = useSearchParams();
  const filter = useMemo((): OutcomesFilterValues => {
    const from = params.get('from') ?? '';
    const to = params.get('to') ?? '';
    const scope = params.get('scope') ?? '';
    const level = params.get('level') ?? '';
    const valid = isIsoDate(from) && isIsoDate(to) && from <= to;
    return {
      // Default: rotations that ended in the last five years.
      from: valid ? from : addDays(addMonths(today, -60), 1),
      to: valid ? to : today,
      scope: (PMO_SCOPES as readonly string[]).includes(scope) ? (scope as PmoScope) : '',
      departmentId: params.get('department') ?? '',
      careerLevel: (CAREER_LEVELS as readonly string[]).includes(level)
        ? (level as CareerLevel)
        : '',
    };
  }, [params, today]);
  const setFilter = useCallback(
    (next: OutcomesFilterValues) =>
      setParams((current) => {
        const updated = new URLSearchParams(current);
        const put = (key: string, value: string) =>
          value ? updated.set(key, value) : updated.delete(key);
        put('from', next.from);
        put('to', next.to);
        put('scope', next.scope);
        put('department', next.departmentId);
        put('level', next.careerLevel);
        return updated;
      }),
    [setParams],
  );
  return { filter, setFilter };
}
