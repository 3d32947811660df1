import { addDays, addMonths, CAREER_LEVELS, isIsoDate } from '@stint/domain';
import { AwayLedger } from './away-ledger';
import { historyRows, leaveFrom, promoteSomeAlumni } from './careers';
import { demoPasswordHash } from './demo-logins';
import { generateDepartments } from './departments';
import { generatePeople } from './people';
import { generatePmos } from './pmos';
import { Rng } from './prng';
import { generateOtherRequests, openRequesters } from './requests';
import { generateRotations } from './rotations';
import { SIZE_PROFILES } from './sizes';
import { at, maxDate } from './time';
import type { GenerateOptions, Organisation } from './types';
import { generateUsers, pickDemoPeople } from './users';

/**
 * Builds a whole organisation with history around `anchor` (SPEC §7). Pure and deterministic:
 * the same options give byte-identical rows, including ids and the password hash.
 */
export function generateOrganisation(options: GenerateOptions): Organisation {
  const profile = SIZE_PROFILES[options.size];
  if (!profile)
    throw new RangeError(`unknown size "${String(options.size)}" (use demo, large or xl)`);
  if (!Number.isSafeInteger(options.seed))
    throw new RangeError(`seed must be a whole number, got ${options.seed}`);
  if (!isIsoDate(options.anchor))
    throw new RangeError(`anchor must be a date like 2026-11-01, got "${options.anchor}"`);

  const { anchor } = options;
  const root = new Rng(`stint:${options.size}:${options.seed}:${anchor}`);
  const historyStart = addMonths(anchor, -12 * profile.historyYears);
  const systemSince = at(addDays(historyStart, -1), 480);

  const departments = generateDepartments(root.fork('departments'), profile, systemSince);
  const people = generatePeople(
    root.fork('people'),
    departments,
    profile.people,
    historyStart,
    anchor,
  );
  const demo = pickDemoPeople(root.fork('demo-people'), people, departments, anchor);
  const { pmos, seats, showcasePmoIndexes } = generatePmos(
    root.fork('pmos'),
    departments,
    profile,
    historyStart,
    anchor,
  );
  const { users, pmoDirectors, directorsByPmo, adminId } = generateUsers(root.fork('users'), {
    people,
    demo,
    pmos,
    showcasePmoIndexes,
    pmosPerDirector: profile.pmosPerDirector,
    passwordHash: demoPasswordHash(root.fork('password')),
    createdAt: systemSince,
  });

  const ledger = new AwayLedger(departments, people, historyStart, addMonths(anchor, 48));
  // Keep a place free under pm@'s department's away cap, so pm@ can actually be assigned.
  ledger.reserve(people[demo.pm].deptIndex, addMonths(anchor, -1));

  const { rotations, approvedRequests, busyNowOrLater } = generateRotations(
    root.fork('rotations'),
    {
      people,
      pmos,
      seats,
      directorsByPmo,
      adminId,
      reserved: new Set([demo.pm, demo.pm2]),
      ledger,
      departmentCount: departments.length,
      historyStart,
      anchor,
    },
  );
  // After the rotations: some alumni are promoted after returning (careers.ts, the rates).
  promoteSomeAlumni(root.fork('alumni-promotions'), people, rotations, anchor);

  const otherRequests = generateOtherRequests(root.fork('requests'), {
    people,
    pmos,
    directorsByPmo,
    adminId,
    demo,
    showcasePmoIndexes,
    busyNowOrLater,
    approvedCount: approvedRequests.length,
    openRequests: profile.openRequests,
    historyStart,
    anchor,
  });

  // A few people are on leave today: never someone rotating, asking, or a demo login.
  const asking = openRequesters(otherRequests);
  const leaveRng = root.fork('leave');
  for (const [i, p] of people.entries()) {
    const idle =
      p.row.left_on === null &&
      !busyNowOrLater[i] &&
      !asking.has(p.row.id) &&
      i !== demo.pm &&
      i !== demo.pm2;
    if (idle && leaveRng.chance(0.03)) {
      const since = maxDate(p.row.hired_on, addDays(anchor, -leaveRng.int(5, 120)));
      p.row.on_leave = true;
      p.row.updated_at = at(since, 600);
      leaveFrom(p.career, since);
    }
  }

  // The history, and the person row as its open stretch.
  const historyIds = root.fork('history-ids');
  const history = people.flatMap((p) => {
    const open = p.career[p.career.length - 1];
    if (
      open.deptIndex !== p.deptIndex ||
      CAREER_LEVELS[open.rank] !== p.row.career_level ||
      open.onLeave !== p.row.on_leave
    )
      throw new Error(`generator: ${p.row.employee_number}'s history ends elsewhere than the row`);
    return historyRows(historyIds, p.row.id, p.career, departments);
  });

  return {
    options: { ...options },
    tables: {
      department: departments.map((d) => d.row),
      person: people.map((p) => p.row),
      person_history: history,
      user_account: users,
      pmo: pmos.map((p) => p.row),
      pmo_director: pmoDirectors,
      seat: seats.map((s) => s.row),
      rotation_request: [...approvedRequests, ...otherRequests],
      rotation: rotations,
    },
  };
}
