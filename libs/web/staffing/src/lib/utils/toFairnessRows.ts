import { CAREER_LEVELS, type CareerLevel } from '@stint/domain';
import type { FairnessGroup } from './staffingTypes';

/** The words a suppressed group shows in place of every number. */
export const SUPPRESSED_TEXT = 'Suppressed (fewer than 5 people)';

export type FairnessRow =
  | { key: string; label: string; suppressed: true }
  | {
      key: string;
      label: string;
      suppressed: false;
      people: number;
      requestRate: number | null;
      approvalRate: number | null;
      placementRate: number | null;
      medianDaysToDecision: number | null;
    };

export interface FairnessTables {
  byDepartment: FairnessRow[];
  byLevel: FairnessRow[];
}

const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function toRow(group: FairnessGroup): FairnessRow {
  // A suppressed group carries no numbers at all, even if some arrived: a group under five
  // people must never be shown as a number (SPEC §4), and the row type makes that impossible.
  if (group.suppressed || group.people === null || group.people < 5) {
    return { key: group.key, label: group.label, suppressed: true };
  }
  return {
    key: group.key,
    label: group.label,
    suppressed: false,
    people: group.people,
    requestRate: group.requestRate,
    approvalRate: group.approvalRate,
    placementRate: group.placementRate,
    medianDaysToDecision: group.medianDaysToDecision,
  };
}

/** The fairness groups as two tables: departments by name, levels in career order. */
export function toFairnessRows(groups: readonly FairnessGroup[]): FairnessTables {
  const departments = groups.filter((g) => g.dimension === 'DEPARTMENT');
  const levels = groups.filter((g) => g.dimension === 'LEVEL');
  const rank = (key: string) => {
    const index = CAREER_LEVELS.indexOf(key as CareerLevel);
    return index < 0 ? CAREER_LEVELS.length : index;
  };
  return {
    byDepartment: departments.sort((a, b) => byName.compare(a.label, b.label)).map(toRow),
    byLevel: levels.sort((a, b) => rank(a.key) - rank(b.key)).map(toRow),
  };
}
