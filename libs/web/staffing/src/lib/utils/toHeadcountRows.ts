import type { DepartmentHeadcount } from '@stint/web-data-access';

/** One bar of the headcount chart, one row of its table and CSV. */
export interface HeadcountRow {
  id: string;
  code: string;
  name: string;
  headcount: number;
}

const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * Departments as chart rows, largest first. Ties go alphabetically so the order is stable from
 * one load to the next. Departments with nobody employed stay in: an empty department is news.
 */
export function toHeadcountRows(departments: readonly DepartmentHeadcount[]): HeadcountRow[] {
  return departments
    .map(({ id, code, name, headcount }) => ({ id, code, name, headcount: Math.max(0, headcount) }))
    .sort(
      (a, b) =>
        b.headcount - a.headcount || byName.compare(a.name, b.name) || a.code.localeCompare(b.code),
    );
}
