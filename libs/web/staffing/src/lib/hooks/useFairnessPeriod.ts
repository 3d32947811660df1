import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { addDays, addMonths, isIsoDate, todayIso } from '@stint/domain';

export interface FairnessPeriod {
  from: string;
  to: string;
}

/** The fairness period from the address (`fairnessFrom`, `fairnessTo`); default the last 12 months. */
export function useFairnessPeriod(today: string = todayIso()) {
  const [params, setParams] = useSearchParams();
  const period = useMemo((): FairnessPeriod => {
    const from = params.get('fairnessFrom') ?? '';
    const to = params.get('fairnessTo') ?? '';
    if (isIsoDate(from) && isIsoDate(to) && from <= to) return { from, to };
    return { from: addDays(addMonths(today, -12), 1), to: today };
  }, [params, today]);
  const setPeriod = useCallback(
    (next: FairnessPeriod) =>
      setParams((current) => {
        const updated = new URLSearchParams(current);
        updated.set('fairnessFrom', next.from);
        updated.set('fairnessTo', next.to);
        return updated;
      }),
    [setParams],
  );
  return { period, setPeriod };
}
