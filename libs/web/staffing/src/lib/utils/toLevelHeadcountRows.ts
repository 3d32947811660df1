import { CAREER_LEVELS, type CareerLevel } from '@stint/domain';
import type { HeadcountCell } from './staffingTypes';

/** One stacked bar: a department's PMs by career level. */
export type LevelHeadcountRow = {
  id: string;
  code: string;
  name: string;
  total: number;
} & Record<CareerLevel, number>;

const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function emptyLevels(): Record<CareerLevel, number> {
  return Object.fromEntries(CAREER_LEVELS.map((level) => [level, 0])) as Record<
    CareerLevel,
    number
  >;
}

/**
 * Department × level cells as one row per department with every level (0 where the API sent no
 * cell), largest department first, ties by name for a stable order.
 */
export function toLevelHeadcountRows(cells: readonly HeadcountCell[]): LevelHeadcountRow[] {
  const byDepartment = new Map<string, LevelHeadcountRow>();
  for (const cell of cells) {
    let row = byDepartment.get(cell.departmentId);
    if (!row) {
      row = { id: cell.departmentId, code: cell.code, name: cell.name, total: 0, ...emptyLevels() };
      byDepartment.set(cell.departmentId, row);
    }
    row[cell.careerLevel] += cell.headcount;
    row.total += cell.headcount;
  }
  return [...byDepartment.values()].sort(
    (a, b) => b.total - a.total || byName.compare(a.name, b.name),
  );
}
