import { addMonths, type IsoDate, levelRank } from '@stint/domain';
import type { DepartmentPlan } from './departments';
import { seededUuid } from './ids';
import { FIRST_NAMES, LAST_NAMES } from './names';
import type { PersonPlan } from './people';
import type { PmoPlan } from './pmos';
import type { Rng } from './prng';
import type { PmoDirectorRow, UserAccountRow } from './types';

export interface DemoPeople {
  /** Index of pm@'s person: eligible today, nothing open, so the request flow can be tried. */
  pm: number;
  /** Index of pm2@'s person, in another department, with a request awaiting a decision. */
  pm2: number;
}

/**
 * Chooses the two demo PMs among people who are employed, experienced and at a rotatable
 * level. The rotation generator then leaves both alone, which keeps pm@ eligible.
 */
export function pickDemoPeople(
  rng: Rng,
  people: readonly PersonPlan[],
  departments: readonly DepartmentPlan[],
  anchor: IsoDate,
): DemoPeople {
  const seasoned = addMonths(anchor, -36);
  const candidates = people
    .map((p, i) => ({ p, i }))
    .filter(
      ({ p }) =>
        p.row.left_on === null &&
        p.row.hired_on <= seasoned &&
        p.row.pm_since <= seasoned &&
        (p.row.career_level === 'PROJECT_MANAGER' ||
          p.row.career_level === 'SENIOR_PROJECT_MANAGER') &&
        !departments[p.deptIndex].isDivision,
    );
  if (candidates.length < 2)
    throw new Error('generator: too few experienced PMs to pick the demo logins');
  const pm = rng.pick(candidates);
  const others = candidates.filter((c) => c.p.deptIndex !== pm.p.deptIndex);
  if (others.length === 0)
    throw new Error('generator: the demo PMs need two different departments');
  return { pm: pm.i, pm2: rng.pick(others).i };
}

export interface UserGeneration {
  users: UserAccountRow[];
  pmoDirectors: PmoDirectorRow[];
  /** User ids directing each PMO (by PMO index): they decide its requests and assign seats. */
  directorsByPmo: string[][];
  adminId: string;
}

export function generateUsers(
  rng: Rng,
  input: {
    people: readonly PersonPlan[];
    demo: DemoPeople;
    pmos: readonly PmoPlan[];
    showcasePmoIndexes: readonly number[];
    pmosPerDirector: number;
    passwordHash: string;
    createdAt: string;
  },
): UserGeneration {
  const ids = rng.fork('ids');
  const users: UserAccountRow[] = [];
  const account = (
    email: string,
    displayName: string,
    role: UserAccountRow['role'],
    personId: string | null = null,
  ) => {
    const row: UserAccountRow = {
      id: seededUuid(ids),
      email,
      display_name: displayName,
      role,
      password_hash: input.passwordHash,
      person_id: personId,
      disabled: false,
      created_at: input.createdAt,
      updated_at: input.createdAt,
    };
    users.push(row);
    return row;
  };

  const admin = account('admin@stint.example', 'Avery Admin', 'ADMIN');
  const director = account('director@stint.example', 'Dana Director', 'DIRECTOR');
  account('hr@stint.example', 'Harper Hughes', 'HR');
  const pm = input.people[input.demo.pm].row;
  const pm2 = input.people[input.demo.pm2].row;
  account('pm@stint.example', pm.full_name, 'PM', pm.id);
  account('pm2@stint.example', pm2.full_name, 'PM', pm2.id);

  const directorsByPmo: string[][] = input.pmos.map(() => []);
  for (const i of input.showcasePmoIndexes) directorsByPmo[i].push(director.id);

  // The other PMOs are shared out among further directors, a few PMOs each.
  const rest = input.pmos.map((_, i) => i).filter((i) => !input.showcasePmoIndexes.includes(i));
  for (let k = 0; k * input.pmosPerDirector < rest.length; k++) {
    const name = `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
    const user = account(`director${k + 2}@stint.example`, name, 'DIRECTOR');
    for (const i of rest.slice(k * input.pmosPerDirector, (k + 1) * input.pmosPerDirector)) {
      directorsByPmo[i].push(user.id);
    }
  }

  const pmoDirectors = input.pmos.flatMap((pmo, i) =>
    directorsByPmo[i].map((userId) => ({ pmo_id: pmo.row.id, user_id: userId })),
  );
  return { users, pmoDirectors, directorsByPmo, adminId: admin.id };
}

/** True for the levels the default policy lets rotate (SPEC §3: PM, Senior PM, Program Manager). */
export function isRotatableLevel(level: PersonPlan['row']['career_level']): boolean {
  const rank = levelRank(level);
  return rank >= 1 && rank <= 3;
}
