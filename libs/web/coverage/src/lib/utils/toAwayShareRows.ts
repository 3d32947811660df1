import type { CoverageDepartment } from './coverageTypes';

/** One bar of "away share by department": PMs on rotation against the department's cap. */
export interface AwayShareRow {
  id: string;
  code: string;
  name: string;
  headcount: number;
  onRotation: number;
  share: number;
  cap: number;
  /** cap − share: what room is left; negative means over the cap. */
  room: number;
}

const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Departments with the least room under their away cap first (over the cap at the very top). */
export function toAwayShareRows(departments: readonly CoverageDepartment[]): AwayShareRow[] {
  return departments
    .map((d) => ({
      id: d.departmentId,
      code: d.code,
      name: d.name,
      headcount: d.headcount,
      onRotation: d.onRotation,
      share: d.awayShare,
      cap: d.awayCap,
      room: d.awayCap - d.awayShare,
    }))
    .sort((a, b) => a.room - b.room || byName.compare(a.name, b.name));
}
