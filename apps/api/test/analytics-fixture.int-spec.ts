// Correctness first: a hand-built organisation (libs/domain/src/testing/coverage-fixture.ts,
// with notes on every edge) and the numbers SPEC §4 gives for it, worked out by hand.
// "Today" is frozen at 2027-02-15 (only Date is faked: timers, I/O and the database run as usual).
import {
  FIXTURE_IDS as I,
  FIXTURE_MONTHS,
  FIXTURE_PMO_FILL,
  FIXTURE_QUARTERS,
  FIXTURE_SNAPSHOT,
  FIXTURE_TODAY,
} from '@stint/domain/testing';
import { insertCoverageFixture } from './support/analytics-factories';
import { startTestApp, type SignedIn, type TestApp } from './support/test-app';

type Counts = [number, number, number];
interface Point {
  label: string;
  date: string;
  forecast: boolean;
  headcount: number;
  onRotation: number;
  alumni: number;
  experienceShare: number;
  awayShare: number;
}
interface CoverageResult {
  coverage: {
    asOf: string;
    granularity: string;
    departments: {
      departmentId: string;
      code: string;
      name: string;
      headcount: number;
      onRotation: number;
      alumni: number;
      eligible: number;
      experienceShare: number;
      awayShare: number;
      series: Point[];
    }[];
    series: Point[];
    totals: {
      headcount: number;
      onRotation: number;
      alumni: number;
      eligible: number;
      experienceShare: number;
      awayShare: number;
      openSeats: number;
      pendingRequests: number;
    };
  };
}

const POINT = 'label date forecast headcount onRotation alumni experienceShare awayShare';
const COVERAGE = `query($f: CoverageFilter!) { coverage(filter: $f) {
  asOf granularity
  departments { departmentId code name headcount onRotation alumni eligible experienceShare awayShare series { ${POINT} } }
  series { ${POINT} }
  totals { headcount onRotation alumni eligible experienceShare awayShare openSeats pendingRequests } } }`;

const counts = (points: Point[]): Counts[] =>
  points.map((p) => [p.headcount, p.onRotation, p.alumni]);

describe('analytics on the hand-built fixture', () => {
  let t: TestApp;
  let hr: SignedIn;
  let director: SignedIn;

  beforeAll(async () => {
    t = await startTestApp();
    await insertCoverageFixture(t.db);
    hr = await t.signIn('HR');
    director = await t.signIn('DIRECTOR');
    await t.db.query(`INSERT INTO pmo_director (pmo_id, user_id) VALUES ($1, $2)`, [
      I.enterprisePmo,
      director.userId,
    ]);
    jest.useFakeTimers({
      now: new Date(`${FIXTURE_TODAY}T12:00:00Z`),
      doNotFake: [
        'nextTick',
        'setImmediate',
        'clearImmediate',
        'setTimeout',
        'clearTimeout',
        'setInterval',
        'clearInterval',
        'queueMicrotask',
        'hrtime',
        'performance',
      ],
    });
  });
  afterAll(async () => {
    jest.useRealTimers();
    await t.close();
  });

  async function coverage(filter: Record<string, unknown>): Promise<CoverageResult['coverage']> {
    const response = await t.gql<CoverageResult>(COVERAGE, { f: filter }, hr.headers);
    expect(response.errors).toBeUndefined();
    return response.data!.coverage;
  }

  it('snapshot on asOf: headcount, on rotation, alumni, eligible and shares per department and in total', async () => {
    const result = await coverage({
      from: FIXTURE_QUARTERS.from,
      to: FIXTURE_QUARTERS.to,
      granularity: 'QUARTER',
    });
    expect(result.asOf).toBe('2027-02-15'); // the server's (frozen) today
    expect(result.departments.map((d) => d.name)).toEqual(['Finance', 'Lab', 'Operations']);
    for (const [i, expected] of FIXTURE_SNAPSHOT.departments.entries()) {
      const d = result.departments[i];
      expect(d.departmentId).toBe(expected.departmentId);
      expect([d.headcount, d.onRotation, d.alumni]).toEqual(expected.counts);
      expect(d.eligible).toBe(expected.eligible);
      expect(d.experienceShare).toBeCloseTo(expected.experienceShare, 10);
      expect(d.awayShare).toBeCloseTo(expected.awayShare, 10);
    }
    // Finance by hand: 8 employed, Ada away, Ben alumni, Ben/Dan/Eve eligible.
    expect(result.departments[0]).toMatchObject({
      code: 'FIN',
      headcount: 8,
      onRotation: 1,
      alumni: 1,
      eligible: 3,
      experienceShare: 0.25,
      awayShare: 0.125,
    });
    const { totals } = result;
    expect(totals).toMatchObject({
      headcount: 17,
      onRotation: 2,
      alumni: 4,
      eligible: 7,
      openSeats: 3,
      pendingRequests: 2,
    });
    expect(totals.experienceShare).toBeCloseTo(6 / 17, 10);
    expect(totals.awayShare).toBeCloseTo(2 / 17, 10);
  });

  it('QUARTER series: edges of buckets, hires and leavers, cancelled rotations, forecast after asOf', async () => {
    const result = await coverage({
      from: FIXTURE_QUARTERS.from,
      to: FIXTURE_QUARTERS.to,
      granularity: 'QUARTER',
      asOf: FIXTURE_TODAY,
    });
    expect(result.granularity).toBe('QUARTER');
    expect(result.series.map((p) => [p.label, p.date, p.forecast])).toEqual([
      ['2026-Q4', '2026-12-31', false],
      ['2027-Q1', '2027-03-31', true],
      ['2027-Q2', '2027-06-30', true],
    ]);
    const [fin, lab, ops] = result.departments;
    // Ada's rotation ends 2027-03-31: on rotation in Q1, alumni in Q2.
    expect(counts(fin.series)).toEqual([
      [7, 1, 1],
      [7, 1, 1],
      [7, 1, 2],
    ]);
    expect(counts(ops.series)).toEqual([
      [7, 1, 3],
      [6, 1, 3],
      [6, 0, 4],
    ]);
    expect(counts(lab.series)).toEqual([
      [3, 0, 0],
      [3, 0, 0],
      [3, 1, 0],
    ]);
    expect(counts(result.series)).toEqual([
      [17, 2, 4],
      [16, 2, 4],
      [16, 2, 6],
    ]);
    expect([
      counts(fin.series),
      counts(ops.series),
      counts(lab.series),
      counts(result.series),
    ]).toEqual([
      FIXTURE_QUARTERS.FIN,
      FIXTURE_QUARTERS.OPS,
      FIXTURE_QUARTERS.LAB,
      FIXTURE_QUARTERS.organisation,
    ]);
    expect(result.series[2].experienceShare).toBeCloseTo(8 / 16, 10);
    expect(result.series[2].awayShare).toBeCloseTo(2 / 16, 10);
    expect(fin.series[1].experienceShare).toBeCloseTo(2 / 7, 10);
  });

  it('MONTH series: Eve counted from February, Finn until February, Cleo away from April', async () => {
    const result = await coverage({
      from: FIXTURE_MONTHS.from,
      to: FIXTURE_MONTHS.to,
      granularity: 'MONTH',
      asOf: FIXTURE_TODAY,
    });
    expect(result.series.map((p) => [p.label, p.date, p.forecast])).toEqual([
      ['2027-01', '2027-01-31', false],
      ['2027-02', '2027-02-28', true],
      ['2027-03', '2027-03-31', true],
      ['2027-04', '2027-04-30', true],
    ]);
    const [fin, lab, ops] = result.departments;
    expect(counts(fin.series)).toEqual([
      [7, 1, 1],
      [8, 1, 1],
      [7, 1, 1],
      [7, 1, 2],
    ]);
    expect(counts(ops.series)).toEqual([
      [6, 1, 3],
      [6, 1, 3],
      [6, 1, 3],
      [6, 1, 3],
    ]);
    expect(counts(lab.series)).toEqual([
      [3, 0, 0],
      [3, 0, 0],
      [3, 0, 0],
      [3, 0, 0],
    ]);
    expect(counts(result.series)).toEqual([
      [16, 2, 4],
      [17, 2, 4],
      [16, 2, 4],
      [16, 2, 5],
    ]);
    expect(counts(result.series)).toEqual(FIXTURE_MONTHS.organisation);
  });

  it('a PM who changed department counts where she was on each date (department history)', async () => {
    // Ivy was in Finance during her 2024 rotation and moved to Operations on 2025-07-01.
    const result = await coverage({
      from: '2024-06-01',
      to: '2025-07-31',
      granularity: 'MONTH',
      asOf: FIXTURE_TODAY,
    });
    const [fin, , ops] = result.departments;
    const june2024 = 0;
    const june2025 = 12;
    const july2025 = 13;
    // June 2024: Ivy away from Finance: Ada, Ben, Cleo, Dan, Finn, Gus, Hana and Ivy employed
    // (Eve not hired yet); Ben alumni (2023).
    expect(counts([fin.series[june2024]])).toEqual([[8, 1, 1]]);
    // Operations then: Jon, Kim, Lou, Max, Nia, Pat; nobody away; Max alumni (2020).
    expect(counts([ops.series[june2024]])).toEqual([[6, 0, 1]]);
    // 30 June 2025: Ivy is Finance's alumna (Ben too); Nia away from Operations, Max alumni.
    expect(counts([fin.series[june2025]])).toEqual([[8, 0, 2]]);
    expect(counts([ops.series[june2025]])).toEqual([[6, 1, 1]]);
    // 31 July 2025: Ivy has moved, and her experience with her.
    expect(counts([fin.series[july2025]])).toEqual([[7, 0, 1]]);
    expect(counts([ops.series[july2025]])).toEqual([[7, 1, 2]]);
  });

  it('filters departments: totals and pending requests follow the selection', async () => {
    const result = await coverage({
      from: '2027-01-01',
      to: '2027-01-31',
      granularity: 'MONTH',
      departmentIds: [I.FIN, I.LAB],
      asOf: FIXTURE_TODAY,
    });
    expect(result.departments.map((d) => d.code)).toEqual(['FIN', 'LAB']);
    expect(result.totals).toMatchObject({
      headcount: 11,
      onRotation: 1,
      alumni: 1,
      eligible: 5,
      pendingRequests: 1,
      openSeats: 3,
    });
    expect(counts(result.series)).toEqual([[10, 1, 1]]);
  });

  it('a department list that matches no department: no departments, zeros (not a server error)', async () => {
    const result = await coverage({
      from: '2027-01-01',
      to: '2027-03-31',
      granularity: 'MONTH',
      departmentIds: ['00000000-0000-4000-8000-000000000000'],
      asOf: FIXTURE_TODAY,
    });
    expect(result.departments).toEqual([]);
    expect(result.series.map((p) => p.label)).toEqual(['2027-01', '2027-02', '2027-03']);
    expect(counts(result.series)).toEqual([
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
    ]);
    expect(result.series.every((p) => p.experienceShare === 0 && p.awayShare === 0)).toBe(true);
    expect(result.totals).toMatchObject({ headcount: 0, onRotation: 0, alumni: 0, eligible: 0 });
  });

  it('pmoFill: seat-days open and filled per quarter', async () => {
    const response = await t.gql<{
      pmoFill: {
        pmoId: string;
        name: string;
        scope: string;
        seatCount: number;
        points: {
          label: string;
          forecast: boolean;
          daysOpen: number;
          daysFilled: number;
          fill: number;
        }[];
      }[];
    }>(
      `query($f: PmoFillFilter!) { pmoFill(filter: $f) { pmoId name scope seatCount points { label forecast daysOpen daysFilled fill } } }`,
      {
        f: {
          from: FIXTURE_QUARTERS.from,
          to: FIXTURE_QUARTERS.to,
          granularity: 'QUARTER',
          asOf: FIXTURE_TODAY,
        },
      },
      hr.headers,
    );
    expect(response.errors).toBeUndefined();
    const fill = response.data!.pmoFill;
    expect(fill.map((p) => [p.name, p.scope, p.seatCount])).toEqual([
      ['Enterprise PMO', 'ENTERPRISE', 5],
      ['Program PMO', 'PROGRAM', 1],
    ]);
    expect(fill[0].points.map((p) => [p.label, p.forecast, p.daysOpen, p.daysFilled])).toEqual([
      ['2026-Q4', false, 460, 184],
      ['2027-Q1', true, 360, 180],
      ['2027-Q2', true, 364, 152],
    ]);
    expect(fill[0].points.map((p) => p.fill)).toEqual([0.4, 0.5, 152 / 364]);
    expect(fill[1].points.map((p) => [p.daysOpen, p.daysFilled])).toEqual([
      [92, 0],
      [90, 0],
      [91, 47],
    ]);
    expect(
      fill.map((p) => ({
        pmoId: p.pmoId,
        name: p.name,
        seatCount: p.seatCount,
        daysOpen: p.points.map((x) => x.daysOpen),
        daysFilled: p.points.map((x) => x.daysFilled),
      })),
    ).toEqual(FIXTURE_PMO_FILL);
  });

  it('staffing: headcount by department × level, participation by level, upcoming returns, open seats', async () => {
    const response = await t.gql<{
      staffing: {
        asOf: string;
        headcount: { code: string; careerLevel: string; headcount: number }[];
        participation: {
          careerLevel: string;
          headcount: number;
          onRotation: number;
          alumni: number;
          participation: number;
        }[];
        upcomingReturns: {
          fullName: string;
          departmentName: string;
          pmoName: string;
          seatTitle: string;
          endsOn: string;
        }[];
        openSeats: {
          pmoName: string;
          title: string;
          role: string;
          opensOn: string;
          closesOn: string | null;
        }[];
      };
    }>(
      `{ staffing { asOf headcount { code careerLevel headcount } participation { careerLevel headcount onRotation alumni participation }
         upcomingReturns { fullName departmentName pmoName seatTitle endsOn } openSeats { pmoName title role opensOn closesOn } } }`,
      {},
      hr.headers,
    );
    expect(response.errors).toBeUndefined();
    const s = response.data!.staffing;
    expect(s.asOf).toBe('2027-02-15');
    expect(s.headcount.map((c) => [c.code, c.careerLevel, c.headcount])).toEqual([
      ['FIN', 'PROJECT_COORDINATOR', 1],
      ['FIN', 'PROJECT_MANAGER', 6],
      ['FIN', 'SENIOR_PROJECT_MANAGER', 1],
      ['LAB', 'PROJECT_MANAGER', 3],
      ['OPS', 'PROJECT_MANAGER', 5],
      ['OPS', 'PROGRAM_MANAGER', 1],
    ]);
    expect(
      s.participation.map((p) => [p.careerLevel, p.headcount, p.onRotation, p.alumni]),
    ).toEqual([
      ['PROJECT_COORDINATOR', 1, 0, 0],
      ['PROJECT_MANAGER', 14, 2, 3],
      ['SENIOR_PROJECT_MANAGER', 1, 0, 0],
      ['PROGRAM_MANAGER', 1, 0, 1],
      ['PORTFOLIO_MANAGER', 0, 0, 0],
    ]);
    expect(s.participation.map((p) => p.participation)).toEqual([0, 5 / 14, 0, 1, 0]);
    // Ada returns on 31 March; Jon's end (31 May) is more than 90 days away; Dan's was cancelled.
    expect(s.upcomingReturns).toEqual([
      {
        fullName: 'Ada Finance',
        departmentName: 'Finance',
        pmoName: 'Enterprise PMO',
        seatTitle: 'Analyst A',
        endsOn: '2027-03-31',
      },
    ]);
    expect(s.openSeats.map((o) => [o.pmoName, o.title, o.role, o.closesOn])).toEqual([
      ['Enterprise PMO', 'Analyst B', 'PMO_ANALYST', null],
      ['Enterprise PMO', 'Manager A', 'PMO_MANAGER', null],
      ['Program PMO', 'Program analyst', 'PMO_ANALYST', null],
    ]);
  });

  it('requestFunnel: all time, a period, and a department', async () => {
    const funnel = async (variables: Record<string, unknown>) => {
      const r = await t.gql<{ requestFunnel: Record<string, number> }>(
        `query($from: String, $to: String, $d: [ID!]) { requestFunnel(from: $from, to: $to, departmentIds: $d) { submitted approved declined withdrawn placed completed } }`,
        variables,
        hr.headers,
      );
      expect(r.errors).toBeUndefined();
      return r.data!.requestFunnel;
    };
    expect(await funnel({})).toEqual({
      submitted: 7,
      approved: 3,
      declined: 1,
      withdrawn: 1,
      placed: 2,
      completed: 1,
    });
    expect(await funnel({ from: '2026-01-01', to: '2026-12-31' })).toEqual({
      submitted: 4,
      approved: 2,
      declined: 1,
      withdrawn: 1,
      placed: 1,
      completed: 0,
    });
    expect(await funnel({ d: [I.OPS] })).toEqual({
      submitted: 2,
      approved: 1,
      declined: 0,
      withdrawn: 0,
      placed: 1,
      completed: 1,
    });
  });

  it('fairness: rates per department and level; groups under 5 people suppressed, never a number', async () => {
    const response = await t.gql<{
      fairness: {
        groups: {
          dimension: string;
          key: string;
          label: string;
          suppressed: boolean;
          people: number | null;
          requestRate: number | null;
          approvalRate: number | null;
          placementRate: number | null;
          medianDaysToDecision: number | null;
          approvalSuppressed: boolean;
          decided: number | null;
          impactRatio: number | null;
          belowFourFifths: boolean | null;
        }[];
      };
    }>(
      `{ fairness(from: "2026-01-01", to: "2026-12-31") { from to groups { dimension key label suppressed people requestRate approvalSuppressed decided approvalRate placementRate medianDaysToDecision impactRatio belowFourFifths } } }`,
      {},
      hr.headers,
    );
    expect(response.errors).toBeUndefined();
    const rows = response.data!.fairness.groups.map((g) => [
      g.label,
      g.suppressed,
      g.people,
      g.requestRate,
      g.approvalRate,
      g.placementRate,
      g.medianDaysToDecision,
      g.approvalSuppressed,
      g.decided,
      g.impactRatio,
      g.belowFourFifths,
    ]);
    // Finance's 2 approvals of 3 decisions (and the Project Managers' decisions, under 5) would let
    // one person's decision be read off: suppressed. Both departments place 1 of 7: ratio 1.
    expect(rows).toEqual([
      ['Finance', false, 7, 0.5714, null, 0.1429, null, true, null, 1, false],
      ['Lab', true, null, null, null, null, null, true, null, null, null],
      ['Operations', false, 7, 0, null, 0.1429, null, true, null, 1, false],
      ['Project Coordinator', true, null, null, null, null, null, true, null, null, null],
      ['Project Manager', false, 14, 0.1429, null, 0.1429, null, true, null, 1, false],
      ['Senior Project Manager', true, null, null, null, null, null, true, null, null, null],
      ['Program Manager', true, null, null, null, null, null, true, null, null, null],
      ['Portfolio Manager', true, null, null, null, null, null, true, null, null, null],
    ]);
    expect(response.data!.fairness.groups[1]).toMatchObject({
      dimension: 'DEPARTMENT',
      key: I.LAB,
    });
    // The suppressed group's size is not in the answer at all.
    expect(JSON.stringify(response.data!.fairness.groups[1])).not.toMatch(/"people":3/);
  });

  it('candidates: every rule (AWAY_CAP keeps Operations out), ranked, with every part of the score', async () => {
    const response = await t.gql<{
      candidates: {
        fullName: string;
        departmentName: string;
        careerLevel: string;
        requestId: string | null;
        score: number;
        parts: { code: string; label: string; points: number }[];
      }[];
    }>(
      `query($seat: ID!) { candidates(seatId: $seat, startsOn: "2027-03-01", months: 12, first: 10) { personId fullName departmentName careerLevel requestId score parts { code label points } } }`,
      { seat: I.s2 },
      director.headers,
    );
    expect(response.errors).toBeUndefined();
    const list = response.data!.candidates;
    const parts = (i: number) => Object.fromEntries(list[i].parts.map((p) => [p.code, p.points]));
    expect(list.map((c) => [c.fullName, c.score])).toEqual([
      ['Lara Lab', 85.33],
      ['Lena Lab', 33.83],
      ['Dan Finance', 31.05],
      ['Eve Finance', 19.05],
      ['Ben Finance', 15.55],
    ]);
    // Lara: open request for this PMO 30; 2 of her goals offered 10; Lab 0% experienced vs 30% 20;
    // Lab at most 2 of 3 away vs a 100% cap 3.33; eligible since 2020 (capped) 12; first rotation 10.
    expect(parts(0)).toEqual({
      OPEN_REQUEST: 30,
      GOALS_MATCH: 10,
      BELOW_TARGET: 20,
      AWAY_ROOM: 3.33,
      WAITED: 12,
      FIRST_ROTATION: 10,
    });
    expect(list[0].requestId).toBe('50000000-0000-4000-8000-000000000006');
    // Lena: hired 2026-12-31, so 1 month waited.
    expect(parts(1)).toEqual({
      OPEN_REQUEST: 0,
      GOALS_MATCH: 0,
      BELOW_TARGET: 20,
      AWAY_ROOM: 3.33,
      WAITED: 0.5,
      FIRST_ROTATION: 10,
    });
    // Dan: Finance 2/7 experienced vs 50% → 20 × (0.5 − 2/7) / 0.5 = 8.57; 2 of 7 away vs 30% → 0.48;
    // his only rotation was cancelled, so it is his first.
    expect(parts(2)).toEqual({
      OPEN_REQUEST: 0,
      GOALS_MATCH: 0,
      BELOW_TARGET: 8.57,
      AWAY_ROOM: 0.48,
      WAITED: 12,
      FIRST_ROTATION: 10,
    });
    expect(parts(3)).toEqual({
      OPEN_REQUEST: 0,
      GOALS_MATCH: 0,
      BELOW_TARGET: 8.57,
      AWAY_ROOM: 0.48,
      WAITED: 0,
      FIRST_ROTATION: 10,
    });
    // Ben: cooldown over on 2025-12-31, 13 months ago.
    expect(parts(4)).toEqual({
      OPEN_REQUEST: 0,
      GOALS_MATCH: 0,
      BELOW_TARGET: 8.57,
      AWAY_ROOM: 0.48,
      WAITED: 6.5,
      FIRST_ROTATION: 0,
    });
    expect(
      list.every(
        (c) =>
          c.parts.map((p) => p.code).join() ===
          'OPEN_REQUEST,GOALS_MATCH,BELOW_TARGET,AWAY_ROOM,WAITED,FIRST_ROTATION',
      ),
    ).toBe(true);
    expect(list[0].parts.every((p) => p.label.length > 5)).toBe(true);

    const top = await t.gql<{ candidates: { fullName: string }[] }>(
      `query($seat: ID!) { candidates(seatId: $seat, startsOn: "2027-03-01", months: 12, first: 2) { fullName } }`,
      { seat: I.s2 },
      director.headers,
    );
    expect(top.data!.candidates.map((c) => c.fullName)).toEqual(['Lara Lab', 'Lena Lab']);

    // A manager seat needs a Senior PM or above: nobody eligible qualifies.
    const manager = await t.gql<{ candidates: unknown[] }>(
      `query($seat: ID!) { candidates(seatId: $seat, startsOn: "2027-03-01", months: 12) { personId } }`,
      { seat: I.s4 },
      director.headers,
    );
    expect(manager.data!.candidates).toEqual([]);
  });

  it('rotationImpact: before/after numbers and every failing rule', async () => {
    const impact = async (personId: string, seatId: string) => {
      const r = await t.gql<{
        rotationImpact: Record<string, unknown> & {
          failingRules: { code: string; passed: boolean; message: string }[];
        };
      }>(
        `query($p: ID!, $s: ID!) { rotationImpact(personId: $p, seatId: $s, startsOn: "2027-03-01", endsOn: "2028-02-29") {
           personId seatId startsOn endsOn departmentId departmentName awayCap coverageTarget worstAwayShareBefore worstAwayShareAfter
           experienceShareBefore experienceShareAfter seatFillBefore seatFillAfter eligible failingRules { code passed message } } }`,
        { p: personId, s: seatId },
        director.headers,
      );
      expect(r.errors).toBeUndefined();
      return r.data!.rotationImpact;
    };
    // Dan in the manager seat: Finance has Ada (March) or Cleo (April on) away out of 7.
    const dan = await impact(I.dan, I.s4);
    expect(dan).toMatchObject({
      departmentName: 'Finance',
      awayCap: 0.3,
      coverageTarget: 0.5,
      eligible: false,
    });
    expect(dan.worstAwayShareBefore).toBeCloseTo(1 / 7, 10);
    expect(dan.worstAwayShareAfter).toBeCloseTo(2 / 7, 10);
    // On 2028-02-29: Ada, Ben and Cleo of 7 have PMO experience; Dan would be the fourth.
    expect(dan.experienceShareBefore).toBeCloseTo(3 / 7, 10);
    expect(dan.experienceShareAfter).toBeCloseTo(4 / 7, 10);
    // Enterprise PMO over 366 days × 4 open seats: Ada 31 + Cleo 335 + Jon 92 days filled; Dan adds 366.
    expect(dan.seatFillBefore).toBeCloseTo(458 / 1464, 10);
    expect(dan.seatFillAfter).toBeCloseTo(824 / 1464, 10);
    expect(dan.failingRules.map((r) => [r.code, r.passed])).toEqual([['SEAT_LEVEL', false]]);

    // Kim in Analyst B: Operations' 20% cap fails (Jon away until May); Cleo holds the seat from April.
    const kim = await impact(I.kim, I.s2);
    expect(kim).toMatchObject({ departmentName: 'Operations', eligible: false });
    expect(kim.worstAwayShareBefore).toBeCloseTo(1 / 6, 10);
    expect(kim.worstAwayShareAfter).toBeCloseTo(2 / 6, 10);
    expect(kim.experienceShareBefore).toBeCloseTo(4 / 6, 10);
    expect(kim.experienceShareAfter).toBeCloseTo(5 / 6, 10);
    expect(kim.seatFillBefore).toBeCloseTo(458 / 1464, 10);
    expect(kim.seatFillAfter).toBeCloseTo(489 / 1464, 10);
    expect(kim.failingRules.map((r) => r.code)).toEqual(['AWAY_CAP']);
    expect(kim.failingRules[0].message).toMatch(/2 of 6/);
  });
});
