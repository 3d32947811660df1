import { DomainError, type FieldProblem } from '@stint/api-core';
import { addMonths, todayIso } from '@stint/domain';
import type { Granularity } from '../models/coverage.model';
import type { BucketUnit } from '../sql/buckets.sql';

export const MAX_RANGE_YEARS = 15;
export const MAX_BUCKETS = 180;

/** Shares are 0 when there is nobody to share among. */
export function share(part: number, whole: number): number {
  return whole > 0 ? part / whole : 0;
}

function monthNumber(day: string): number {
  return Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
}

/**
 * Checks a period (dates already validated as real days): from ≤ to, at most 15 years, at most
 * 180 buckets. Throws BAD_USER_INPUT naming `${prefix}to`.
 */
export function checkPeriod(
  from: string,
  to: string,
  granularity: Granularity,
  prefix: string,
): BucketUnit {
  const problems: FieldProblem[] = [];
  const months = monthNumber(to) - monthNumber(from);
  const buckets =
    granularity === 'MONTH'
      ? months + 1
      : Math.floor(monthNumber(to) / 3) - Math.floor(monthNumber(from) / 3) + 1;
  if (to < from) problems.push({ field: `${prefix}to`, message: 'Must be on or after from.' });
  else if (to > addMonths(from, 12 * MAX_RANGE_YEARS)) {
    problems.push({
      field: `${prefix}to`,
      message: `Must be at most ${MAX_RANGE_YEARS} years after from.`,
    });
  } else if (buckets > MAX_BUCKETS) {
    problems.push({
      field: `${prefix}to`,
      message: `The period may span at most ${MAX_BUCKETS} buckets; it spans ${buckets}.`,
    });
  }
  if (problems.length) throw DomainError.badInput(problems);
  return granularity === 'MONTH' ? 'month' : 'quarter';
}

export function asOfOrToday(asOf: string | null | undefined): string {
  return asOf ?? todayIso();
}
