// The set-based eligibility in the analytics SQL must agree, person by person, with the pure
// rules of @stint/domain on a generated organisation (its history has every kind of case:
// leavers, future hires, people on leave, cooldowns, planned rotations, full departments).
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
  type AwayContext,
  type EligibilityRotation,
} from '@stint/domain';
import { startTestApp, type TestApp } from './support/test-app';

const policy = DEFAULT_ELIGIBILITY_POLICY;

describe('analytics eligibility agrees with @stint/domain', () => {
  let t: TestApp;
  let org: Organisation;
  const rotationsOf = new Map<string, EligibilityRotation[]>();
  // A fixed 'today' for the data and the questions, so the cases are the same on every run.
  const anchor = '2026-11-01';

  beforeAll(async () => {
    t = await startTestApp();
    org = generateOrganisation({ size: 'demo', seed: 1, anchor });
    await loadOrganisation(t.db, org);
    for (const r of org.tables.rotation) {
      const list = rotationsOf.get(r.person_id) ?? [];
      list.push({
        id: r.id,
        startsOn: r.starts_on,
        endsOn: r.ends_on,
        cancelled: r.cancelled_at !== null,
      });
      rotationsOf.set(r.person_id, list);
    }
  }, 120_000);
  afterAll(() => t.close());

  /** TypeScript's answer for the coverage snapshot: a window of the minimum length from `day`, asked on `day`. */
  function tsEligible(day: string): Set<string> {
    const eligible = new Set<string>();
    for (const p of org.tables.person) {
      const result = evaluateEligibility({
        person: {
          careerLevel: p.career_level,
          pmSince: p.pm_since,
          hiredOn: p.hired_on,
          leftOn: p.left_on,
          onLeave: p.on_leave,
        },
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
      const byDepartment = new Map<string, number>();
      for (const p of org.tables.person) {
        if (expected.has(p.id))
          byDepartment.set(p.department_id, (byDepartment.get(p.department_id) ?? 0) + 1);
      }
      for (const d of response.data!.coverage.departments)
        expect(d.eligible).toBe(byDepartment.get(d.departmentId) ?? 0);
      expect(response.data!.coverage.totals.eligible).toBe(expected.size);
    },
  );

  /** What EligibilityService gives AWAY_CAP, computed here from the generated rows. */
  function awayContext(
    departmentId: string,
    personId: string,
    startsOn: string,
    endsOn: string,
    awayCap: number,
  ): AwayContext {
    const people = org.tables.person.filter((p) => p.department_id === departmentId);
    const ids = new Set(people.map((p) => p.id));
    return {
      awayCap,
      months: windowMonths({ startsOn, endsOn }).map((month) => {
        const first = `${month}-01`;
        const last = windowEnd(first, 1);
        const away = new Set(
          org.tables.rotation
            .filter(
              (r) =>
                ids.has(r.person_id) &&
                r.person_id !== personId &&
                r.cancelled_at === null &&
                r.starts_on <= last &&
                r.ends_on >= first,
            )
            .map((r) => r.person_id),
        );
        return {
          month,
          headcount: people.filter((p) =>
            isEmployedOn({ hiredOn: p.hired_on, leftOn: p.left_on }, last),
          ).length,
          onRotation: away.size,
        };
      }),
    };
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

      const departments = new Map(org.tables.department.map((d) => [d.id, d]));
      const expected = new Set<string>();
      let awayCapOnly = 0;
      for (const p of org.tables.person) {
        const result = evaluateEligibility({
          person: {
            careerLevel: p.career_level,
            pmSince: p.pm_since,
            hiredOn: p.hired_on,
            leftOn: p.left_on,
            onLeave: p.on_leave,
          },
          rotations: rotationsOf.get(p.id) ?? [],
          window: { startsOn, months },
          seat: { role },
          away: awayContext(
            p.department_id,
            p.id,
            startsOn,
            endsOn,
            departments.get(p.department_id)!.away_cap,
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
    },
  );
});
