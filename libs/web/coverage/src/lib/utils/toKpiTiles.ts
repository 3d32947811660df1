import { formatShare } from './formatShare';
import type { CoverageDepartment, CoverageTotals } from './coverageTypes';

export interface KpiTile {
  id: 'pms' | 'onRotation' | 'experienceShare' | 'openSeats' | 'pendingRequests';
  label: string;
  value: string;
  /** A short sentence that puts the number in context. */
  detail: string;
  /** Experience share only: below the organisation's target. */
  belowTarget?: boolean;
}

const count = new Intl.NumberFormat('en');

/**
 * The organisation's coverage target: the departments' targets weighted by their headcount
 * (a department of 40 weighs four times one of 10), or undefined when nobody is employed.
 */
export function organisationTarget(departments: readonly CoverageDepartment[]): number | undefined {
  const people = departments.reduce((sum, d) => sum + d.headcount, 0);
  if (people === 0) return undefined;
  return departments.reduce((sum, d) => sum + d.coverageTarget * d.headcount, 0) / people;
}

/** The five headline numbers of the Coverage screen, from `coverage.totals`. */
export function toKpiTiles(
  totals: CoverageTotals,
  departments: readonly CoverageDepartment[],
): KpiTile[] {
  const target = organisationTarget(departments);
  return [
    {
      id: 'pms',
      label: 'PMs',
      value: count.format(totals.headcount),
      detail: `${count.format(totals.eligible)} eligible to rotate`,
    },
    {
      id: 'onRotation',
      label: 'On rotation now',
      value: count.format(totals.onRotation),
      detail: `${formatShare(totals.awayShare)} of PMs away`,
    },
    {
      id: 'experienceShare',
      label: 'Experience share',
      value: formatShare(totals.experienceShare),
      detail:
        target === undefined
          ? 'No target: nobody is employed'
          : `Target ${formatShare(target)} (${totals.experienceShare >= target ? 'met' : 'below'})`,
      belowTarget: target !== undefined && totals.experienceShare < target,
    },
    {
      id: 'openSeats',
      label: 'Open seats',
      value: count.format(totals.openSeats),
      detail: 'PMO seats without a rotation today',
    },
    {
      id: 'pendingRequests',
      label: 'Pending requests',
      value: count.format(totals.pendingRequests),
      detail: 'Submitted, awaiting a decision',
    },
  ];
}
