import { CAREER_LEVELS, type CareerLevel } from '@stint/domain';
import type { FairnessGroup } from './staffingTypes';

/** The words a suppressed group shows in place of every number. */
export const SUPPRESSED_TEXT = 'Suppressed (fewer than 5 people)';
/** …and a rate taken over fewer than 5 decisions. */
export const SUPPRESSED_DECISIONS_TEXT = 'Suppressed (fewer than 5 decisions)';

export type FairnessRow =
  | { key: string; label: string; suppressed: true }
  | {
      key: string;
      label: string;
      suppressed: false;
      people: number;
      requestRate: number | null;
      /** Fewer than 5 decisions: decided, approval rate and median days carry no number. */
      approvalSuppressed: boolean;
      decided: number | null;
      approvalRate: number | null;
      placementRate: number | null;
      medianDaysToDecision: number | null;
      /** Placement rate ÷ the highest group's; under 0.8 fails the four-fifths rule. */
      impactRatio: number | null;
      belowFourFifths: boolean | null;
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
  // The same rule for a rate's denominator: under 5 decisions, no number even if one arrived.
  const fewDecisions = group.approvalSuppressed || group.decided === null || group.decided < 5;
  return {
    key: group.key,
    label: group.label,
    suppressed: false,
    people: group.people,
    requestRate: group.requestRate,
    approvalSuppressed: fewDecisions,
    decided: fewDecisions ? null : group.decided,
    approvalRate: fewDecisions ? null : group.approvalRate,
    placementRate: group.placementRate,
    medianDaysToDecision: fewDecisions ? null : group.medianDaysToDecision,
    impactRatio: group.impactRatio,
    belowFourFifths: group.impactRatio === null ? null : group.impactRatio < 0.8,
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
