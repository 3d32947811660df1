import type { CoverageDepartment } from './coverageTypes';

/** One bar of "experience share by department": the share against the department's target. */
export interface ExperienceShareRow {
  id: string;
  code: string;
  name: string;
  headcount: number;
  experienced: number;
  share: number;
  target: number;
  /** share − target: negative means below target. */
  gap: number;
}

const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * Departments furthest below their target first, so the ones that need PMs back are at the top
 * however many departments there are. Ties go alphabetically for a stable order.
 */
export function toExperienceShareRows(
  departments: readonly CoverageDepartment[],
): ExperienceShareRow[] {
  return departments
    .map((d) => ({
      id: d.departmentId,
      code: d.code,
      name: d.name,
      headcount: d.headcount,
      experienced: d.onRotation + d.alumni,
      share: d.experienceShare,
      target: d.coverageTarget,
      gap: d.experienceShare - d.coverageTarget,
    }))
    .sort((a, b) => a.gap - b.gap || byName.compare(a.name, b.name));
}
