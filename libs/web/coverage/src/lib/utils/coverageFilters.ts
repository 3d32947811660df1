import { addMonths, isIsoDate, type IsoDate } from '@stint/domain';
import type { CoverageGranularity } from './coverageTypes';

/** What the Coverage screen shows; lives in the URL so a copied link reproduces the view. */
export interface CoverageFilters {
  from: IsoDate;
  to: IsoDate;
  granularity: CoverageGranularity;
  /** Empty = every department. */
  departmentIds: string[];
}

/** The API accepts at most 15 years in one period. */
export const MAX_PERIOD_YEARS = 15;

export const FILTER_PARAMS = {
  from: 'from',
  to: 'to',
  granularity: 'granularity',
  departments: 'departments',
} as const;

/** 24 months back, 12 months ahead, by quarter, every department. */
export function defaultCoverageFilters(today: IsoDate): CoverageFilters {
  return {
    from: addMonths(today, -24),
    to: addMonths(today, 12),
    granularity: 'QUARTER',
    departmentIds: [],
  };
}

function granularityFrom(value: string | null): CoverageGranularity | undefined {
  const upper = value?.toUpperCase();
  return upper === 'MONTH' || upper === 'QUARTER' ? upper : undefined;
}

/**
 * Reads the filters from the address. Anything missing or unusable falls back to its default;
 * a period that is upside down or longer than the API accepts falls back as a whole.
 */
export function parseCoverageFilters(params: URLSearchParams, today: IsoDate): CoverageFilters {
  const defaults = defaultCoverageFilters(today);
  const fromParam = params.get(FILTER_PARAMS.from) ?? '';
  const toParam = params.get(FILTER_PARAMS.to) ?? '';
  let from = isIsoDate(fromParam) ? fromParam : defaults.from;
  let to = isIsoDate(toParam) ? toParam : defaults.to;
  if (to < from || addMonths(from, MAX_PERIOD_YEARS * 12) < to) {
    from = defaults.from;
    to = defaults.to;
  }
  const ids = (params.get(FILTER_PARAMS.departments) ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id.length > 0);
  return {
    from,
    to,
    granularity: granularityFrom(params.get(FILTER_PARAMS.granularity)) ?? defaults.granularity,
    departmentIds: [...new Set(ids)],
  };
}

/** The filters as address parameters: every value written out, so the link does not drift. */
export function toFilterParams(filters: CoverageFilters): URLSearchParams {
  const params = new URLSearchParams();
  params.set(FILTER_PARAMS.from, filters.from);
  params.set(FILTER_PARAMS.to, filters.to);
  params.set(FILTER_PARAMS.granularity, filters.granularity.toLowerCase());
  if (filters.departmentIds.length > 0) {
    params.set(FILTER_PARAMS.departments, filters.departmentIds.join(','));
  }
  return params;
}

/** Why a proposed period cannot be used, or undefined when it can. */
export function periodProblem(from: string, to: string): string | undefined {
  if (!isIsoDate(from)) return 'Enter the first day of the period as a date.';
  if (!isIsoDate(to)) return 'Enter the last day of the period as a date.';
  if (to < from) return 'The period must end on or after the day it starts.';
  if (addMonths(from, MAX_PERIOD_YEARS * 12) < to) {
    return `The period can be at most ${MAX_PERIOD_YEARS} years long.`;
  }
  return undefined;
}
