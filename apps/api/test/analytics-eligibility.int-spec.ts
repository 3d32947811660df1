// The set-based eligibility in the analytics SQL must agree, person by person, with the pure
// rules of @stint/domain on a generated organisation (its history has every kind of case:
// leavers, future hires, people on leave, cooldowns, planned rotations, full departments), with
// careers laid over it by SQL here — moves, promotions, stretches of leave and backdated
// corrections, some on the very days asked about — so that both read the person history.
import {
  CANDIDATES_SQL,
  candidatesParams,
  ELIGIBLE_PEOPLE_SQL,
  type SeatFacts,
} from '@stint/api-analytics';
import { generateOrganisation, loadOrganisation, type Organisation } from '@stint/generator';
import {
  addDays,
  addMonths,
  DEFAULT_ELIGIBILITY_POLICY,
  evaluateEligibility,
  isEmployedOn,
  windowEnd,
  windowMonths,
  careerLevelOn,
  CAREER_LEVELS,
  departmentOn,
  type AwayContext,
  type CareerLevel,
  type EligibilityPerson,
  type EligibilityRotation,
  type PersonStretch,
} from '@stint/domain';
import { startTestApp, type TestApp } from './support/test-app';

const policy = DEFAULT_ELIGIBILITY_POLICY;

describe('analytics eligibility agrees with @stint/domain', () => {
  let t: TestApp;
  let org: Organisation;
  const rotationsOf = new Map<string, EligibilityRotation[]>();
  const historyOf = new Map<string, PersonStretch[]>();
  const careers = { moved: 0, promoted: 0, leave: 0, corrected: 0 };
  // A fixed 'today' for the data and the questions, so the cases are the same on every run.
  const anchor = '2026-11-01';

  /**
   * Careers over the generated organisation, written the way the app writes them
   * (person_history_set, then the person row follows the open stretch). Every n-th person by id
   * gets a change dated from about five years back to two years ahead; some fall exactly on the
   * days asked about below, and on the day after.
   */
  async function applyCareers(): Promise<void> {
    const departments = org.tables.department.map((d) => d.id).sort();
    const people = [...org.tables.person].sort((a, b) => (a.id < b.id ? -1 : 1));
    const edges = [
      anchor,
      addDays(anchor, 1),
      addMonths(anchor, -60),
      addDays(addMonths(anchor, 5), 9),
    ];
    const set = (
      id: string,
      from: string,
      to: string | null,
      dept: string | null,
      level: string | null,
      leave: boolean | null,
    ) =>
      t.db.query(`SELECT person_history_set($1, $2, $3, $4, $5, $6)`, [
        id,
        from,
        to,
        dept,
        level,
        leave,
      ]);
    for (const [i, p] of people.entries()) {
      const day =
        i % 4 === 0 ? edges[(i / 4) % edges.length] : addDays(anchor, -1800 + ((i * 97) % 2500));
      if (i % 3 === 0) {
        const other =
          departments[(departments.indexOf(p.department_id) + 1 + (i % 5)) % departments.length];
        await set(p.id, day, null, other, null, null);
        careers.moved += 1;
      }
      if (i % 5 === 1) {
        const next =
          CAREER_LEVELS[
            Math.min(CAREER_LEVELS.indexOf(p.career_level) + 1, CAREER_LEVELS.length - 1)
          ];
        await set(p.id, day, null, null, next, null);
        careers.promoted += 1;
      }
      if (i % 7 === 2) {
        await set(p.id, addDays(day, 30), addDays(day, 30 + 60 + (i % 120)), null, null, true);
        careers.leave += 1;
      }
      if (i % 11 === 3) {
        // A backdated correction: a past stretch was in another department after all.
        await set(
          p.id,
          addMonths(anchor, -30),
          addMonths(anchor, -18),
          departments[i % departments.length],
          null,
          null,
        );
        careers.corrected += 1;
      }
    }
    await t.db.query(`SELECT person_history_sync_current(id) FROM person`);
    const { rows } = await t.db.query<{ personId: string } & PersonStretch>(
      `SELECT person_id AS "personId", to_char(valid_from, 'YYYY-MM-DD') AS "validFrom",
              to_char(valid_to, 'YYYY-MM-DD') AS "validTo", department_id AS "departmentId",
              career_level AS "careerLevel", on_leave AS "onLeave"
         FROM person_history ORDER BY person_id, valid_from`,
    );
    for (const { personId, ...stretch } of rows) {
      const list = historyOf.get(personId) ?? [];
      list.push(stretch);
      historyOf.set(personId, list);
    }
  }

  /** The person as EligibilityService gives it to the rules: the row plus its history. */
  function eligibilityPerson(p: Organisation['tables']['person'][number]): EligibilityPerson {
    const history = historyOf.get(p.id) ?? [];
    const open = history.find((h) => h.validTo === null);
    return {
      careerLevel: (open?.careerLevel ?? p.career_level) as CareerLevel,
      pmSince: p.pm_since,
      hiredOn: p.hired_on,
      leftOn: p.left_on,
      onLeave: open?.onLeave ?? p.on_leave,
      history,
    };
  }

  beforeAll(async () => {
    t = await startTestApp();
    org = generateOrganisation({ size: 'demo', seed: 1, anchor });
    await loadOrganisation(t.db, org);
    await applyCareers();
    const rotations = org.tables.rotation.map((r) => ({
      personId: r.person_id,
      id: r.id,
      startsOn: r.starts_on,
      endsOn: r.ends_on,
      cancelled: r.cancelled_at !== null,
    }));
    // A cancelled rotation counts for no rule. Everyone with an open request gets one that ended
    // a month ago (inside the cooldown): candidates reads these people's rotations on its own
    // (candidates.sql.ts, the passes), and a read that counted it would turn them away.
    const { rows: cancelled } = await t.db.query<(typeof rotations)[number]>(
      `INSERT INTO rotation (person_id, seat_id, starts_on, ends_on, cancelled_at, cancel_reason)
       SELECT q.person_id, s.id, $1::date, $2::date, now(), 'Cancelled before it started'
         FROM rotation_request q
        CROSS JOIN LATERAL (SELECT id FROM seat WHERE opens_on <= $1::date
                               AND (closes_on IS NULL OR closes_on >= $2::date) ORDER BY id LIMIT 1) s
        WHERE q.status = 'SUBMITTED'
       RETURNING person_id AS "personId", id, to_char(starts_on, 'YYYY-MM-DD') AS "startsOn",
                 to_char(ends_on, 'YYYY-MM-DD') AS "endsOn", true AS cancelled`,
      [addMonths(anchor, -13), addMonths(anchor, -1)],
    );
    expect(cancelled.length).toBeGreaterThan(5);
    for (const { personId, ...r } of [...rotations, ...cancelled]) {
      const list = rotationsOf.get(personId) ?? [];
      list.push(r);
      rotationsOf.set(personId, list);
    }
  }, 120_000);
  afterAll(() => t.close());

  /** TypeScript's answer for the coverage snapshot: a window of the minimum length from `day`, asked on `day`. */
  function tsEligible(day: string, withHistory = true): Set<string> {
    const eligible = new Set<string>();
    for (const p of org.tables.person) {
      const person = eligibilityPerson(p);
      const result = evaluateEligibility({
        person: withHistory ? person : { ...person, history: null },
        rotations: rotationsOf.get(p.id) ?? [],
        window: { startsOn: day, months: policy.minDurationMonths },
        policy,
        today: day,
      });
      if (result.eligible) eligible.add(p.id);
    }
    return eligible;
  }

  // Month starts, mid-months and month ends, years back and ahead.
  const days = [
    addMonths(anchor, -60),
    addDays(addMonths(anchor, -25), 16),
    addDays(anchor, -1),
    anchor,
    addDays(addMonths(anchor, 5), 9),
    addDays(addMonths(anchor, 30), 27),
  ];

  it.each(days)(
    'the snapshot on %s: the same people, and the same count per department over GraphQL',
    async (day) => {
      const expected = tsEligible(day);
      const { rows } = await t.db.query<{ id: string }>(ELIGIBLE_PEOPLE_SQL, [
        day,
        windowEnd(day, policy.minDurationMonths),
        policy.eligibleLevels,
        policy.minExperienceMonths,
        policy.cooldownMonths,
        policy.maxRotations,
      ]);
      const actual = new Set(rows.map((r) => r.id));
      expect([...actual].filter((id) => !expected.has(id))).toEqual([]);
      expect([...expected].filter((id) => !actual.has(id))).toEqual([]);
      expect(expected.size).toBeGreaterThan(10);

      const hr = await t.signIn('HR');
      const response = await t.gql<{
        coverage: {
          departments: { departmentId: string; eligible: number }[];
          totals: { eligible: number };
        };
      }>(
        `query($f: CoverageFilter!) { coverage(filter: $f) { departments { departmentId eligible } totals { eligible } } }`,
        { f: { from: day, to: day, granularity: 'MONTH', asOf: day } },
        hr.headers,
      );
      expect(response.errors).toBeUndefined();
      // Each counted in the department they are in on the day.
      const byDepartment = new Map<string, number>();
      for (const p of org.tables.person) {
        const department = departmentOn(historyOf.get(p.id) ?? [], day);
        if (expected.has(p.id) && department)
          byDepartment.set(department, (byDepartment.get(department) ?? 0) + 1);
      }
      for (const d of response.data!.coverage.departments)
        expect(d.eligible).toBe(byDepartment.get(d.departmentId) ?? 0);
      expect(response.data!.coverage.totals.eligible).toBe(expected.size);
    },
  );

  it('the careers laid over the organisation change who is eligible (so the cases above test history)', () => {
    expect(careers.moved).toBeGreaterThan(50);
    expect(careers.promoted).toBeGreaterThan(50);
    expect(careers.leave).toBeGreaterThan(30);
    expect(careers.corrected).toBeGreaterThan(20);
    let changed = 0;
    for (const day of days) {
      const withHistory = tsEligible(day);
      const todayOnly = tsEligible(day, false);
      changed += [...withHistory].filter((id) => !todayOnly.has(id)).length;
      changed += [...todayOnly].filter((id) => !withHistory.has(id)).length;
    }
    expect(changed).toBeGreaterThan(20);
    // And some who moved are counted in a department they have since left.
    const movedAway = org.tables.person.filter(
      (p) =>
        departmentOn(historyOf.get(p.id) ?? [], days[1]) !==
        departmentOn(historyOf.get(p.id) ?? [], anchor),
    );
    expect(movedAway.length).toBeGreaterThan(20);
    expect(careerLevelOn(eligibilityPerson(org.tables.person[0]), anchor)).toBeDefined();
  });

  /**
   * What EligibilityService gives AWAY_CAP, computed here from the generated rows and the
   * history: each month in the department the person is in on its last day (their current one
   * before they have any), with everyone counted by the department they are in on that day.
   */
  function awayContext(
    currentDepartmentId: string,
    personId: string,
    startsOn: string,
    endsOn: string,
    caps: Map<string, number>,
  ): AwayContext {
    const months = windowMonths({ startsOn, endsOn }).map((month) => {
      const first = `${month}-01`;
      const last = windowEnd(first, 1);
      const departmentId = departmentOn(historyOf.get(personId) ?? [], last) ?? currentDepartmentId;
      const inDepartment = (id: string) =>
        departmentOn(historyOf.get(id) ?? [], last) === departmentId;
      const away = new Set(
        org.tables.rotation
          .filter(
            (r) =>
              r.person_id !== personId &&
              r.cancelled_at === null &&
              r.starts_on <= last &&
              r.ends_on >= first &&
              inDepartment(r.person_id),
          )
          .map((r) => r.person_id),
      );
      return {
        month,
        headcount: org.tables.person.filter(
          (p) =>
            isEmployedOn({ hiredOn: p.hired_on, leftOn: p.left_on }, last) && inDepartment(p.id),
        ).length,
        onRotation: away.size,
        awayCap: caps.get(departmentId)!,
      };
    });
    return { awayCap: months[0].awayCap, months };
  }

  it.each([
    ['PMO_ANALYST', 2, 0, 12],
    ['PMO_MANAGER', 4, 0, 18],
    ['PMO_ANALYST', 1, 14, 24],
  ] as const)(
    'candidates for a %s seat starting in %i months (+%i days) for %i months: the same people as evaluateEligibility',
    async (role, ahead, days, months) => {
      const today = anchor;
      const startsOn = addDays(addMonths(today, ahead), days);
      const endsOn = windowEnd(startsOn, months);
      const seat = org.tables.seat.find((s) => s.role === role)!;
      const pmo = org.tables.pmo.find((p) => p.id === seat.pmo_id)!;
      const facts: SeatFacts = { role, pmoId: pmo.id, scope: pmo.scope };

      const caps = new Map(org.tables.department.map((d) => [d.id, d.away_cap]));
      const expected = new Set<string>();
      let awayCapOnly = 0;
      for (const p of org.tables.person) {
        const person = eligibilityPerson(p);
        const result = evaluateEligibility({
          person,
          rotations: rotationsOf.get(p.id) ?? [],
          window: { startsOn, months },
          seat: { role },
          away: awayContext(
            departmentOn(person.history ?? [], anchor) ?? p.department_id,
            p.id,
            startsOn,
            endsOn,
            caps,
          ),
          policy,
          today,
        });
        if (result.eligible) expected.add(p.id);
        const failing = result.rules.filter((r) => !r.passed).map((r) => r.code);
        if (failing.length === 1 && failing[0] === 'AWAY_CAP') awayCapOnly += 1;
      }
      const { rows } = await t.db.query<{ personId: string; score: number }>(
        CANDIDATES_SQL,
        candidatesParams(facts, { startsOn, months, first: 100_000 }, policy, today),
      );
      const actual = new Set(rows.map((r) => r.personId));
      expect([...actual].filter((id) => !expected.has(id))).toEqual([]);
      expect([...expected].filter((id) => !actual.has(id))).toEqual([]);
      expect(expected.size).toBeGreaterThan(5);
      // The case must exercise the away cap: some people pass every rule but it.
      expect(awayCapOnly).toBeGreaterThan(0);
      // Ranked best first.
      for (let i = 1; i < rows.length; i++)
        expect(rows[i - 1].score).toBeGreaterThanOrEqual(rows[i].score);
      // Asked for the first few only, the ranking skips whoever cannot reach the last place
      // (candidates.sql.ts, the passes): every prefix is the full ranking's.
      const ranked = rows.map((r) => [r.personId, r.score]);
      for (const first of [1, 2, 3, 5, 8, 13, 21]) {
        const top = await t.db.query<{ personId: string; score: number }>(
          CANDIDATES_SQL,
          candidatesParams(facts, { startsOn, months, first }, policy, today),
        );
        expect({ first, top: top.rows.map((r) => [r.personId, r.score]) }).toEqual({
          first,
          top: ranked.slice(0, first),
        });
      }
    },
  );
});
