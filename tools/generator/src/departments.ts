import { DEFAULT_AWAY_CAP, DEFAULT_COVERAGE_TARGET } from '@stint/domain';
import { seededUuid } from './ids';
import { DIVISIONS, FUNCTIONS, nthUnit } from './names';
import type { Rng } from './prng';
import type { SizeProfile } from './sizes';
import type { DepartmentRow, IsoTimestamp } from './types';

export interface DepartmentPlan {
  row: DepartmentRow;
  /** Relative headcount: departments differ in size, divisions are small head offices. */
  weight: number;
  isDivision: boolean;
}

/** Mostly the defaults, with some departments stricter or looser, as real ones are. */
function share(rng: Rng, usual: number, alternatives: readonly number[]): number {
  return rng.chance(0.65) ? usual : rng.pick(alternatives);
}

export function generateDepartments(
  rng: Rng,
  profile: SizeProfile,
  createdAt: IsoTimestamp,
): DepartmentPlan[] {
  const ids = rng.fork('ids');
  const plans: DepartmentPlan[] = [];
  for (let i = 0; i < profile.departments; i++) {
    const isDivision = i < profile.divisions;
    const unit = isDivision ? nthUnit(DIVISIONS, i) : nthUnit(FUNCTIONS, i - profile.divisions);
    plans.push({
      isDivision,
      weight: isDivision ? 0.3 : 0.5 + rng.next() * 1.5,
      row: {
        id: seededUuid(ids),
        code: unit.code,
        name: unit.name,
        parent_id: null,
        coverage_target: share(rng, DEFAULT_COVERAGE_TARGET, [0.25, 0.35, 0.4]),
        away_cap: share(rng, DEFAULT_AWAY_CAP, [0.15, 0.25, 0.3]),
        created_at: createdAt,
        updated_at: createdAt,
      },
    });
  }
  // Most functional departments report to a division; a few stand alone.
  const divisions = plans.filter((p) => p.isDivision);
  if (divisions.length > 0) {
    for (const plan of plans) {
      if (!plan.isDivision && rng.chance(0.7)) plan.row.parent_id = rng.pick(divisions).row.id;
    }
  }
  return plans;
}
