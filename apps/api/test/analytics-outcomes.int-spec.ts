// Outcomes (SPEC §8) on a hand-built organisation, with every expected number worked out by hand
// below. Also fairness on the same people: a rate over 3 decisions, and an impact ratio of 0.
//
// Finance (FIN), everyone a Project Manager (PM) hired 2018-01-01 unless noted; "today" (asOf)
// is 2026-01-01. Six alumni A1–A6 rotated 2023-01-01 – 2023-12-31 and returned 2024-01-01 as
// PMs in Finance: A1–A4 in the Enterprise PMO, A5–A6 in a Program PMO.
//   A1 promoted 2024-07-01 (6 months)   A2 2024-10-01 (9)   A3 2025-04-01 (15)
//   A4 never   A5 never, left 2024-09-01 (a leaver inside the 12 months)
//   A6 never, back in a PMO seat 2024-03-01 – 2025-02-28 (so not in delivery at 3 months)
// Comparison C1–C8: Finance PMs on 2024-01-01 who had never rotated.
//   C1 promoted 2024-04-01 (3)  C2 2024-12-01 (11)  C3 2025-06-01 (17)  C4 2025-11-01 (22)
//   C8 2025-08-01 (19)   C5 never, left 2024-11-01 (leaver inside the comparison window)
//   C6, C7 never
// Not comparable: X1 a Senior PM in Finance; X3 hired 2024-06-01; X5 in Operations until
// 2024-03-01 (history); X6 rotated in 2021. Operations also has X2 and O1–O4 (PMs).
import { insertDepartment, insertPerson } from '@stint/api-core/testing';
import { startTestApp, type SignedIn, type TestApp } from './support/test-app';

const RATE = 'value count total suppressed';
const GROUP = `group suppressed people observations promotedWithin12 { ${RATE} } promotedWithin24 { ${RATE} }
  monthsToPromotion { months count suppressed } retained12 { ${RATE} } inDelivery3 { ${RATE} }`;
const OUTCOMES = `query($f: OutcomesFilter!) { outcomes(filter: $f) {
  from to asOf scope departmentId careerLevel rotations
  goals { goal aimed achieved { ${RATE} } }
  alumni { ${GROUP} } comparison { ${GROUP} }
  curve { months alumni { ${RATE} } comparison { ${RATE} } } } }`;

interface Rate {
  value: number | null;
  count: number | null;
  total: number | null;
  suppressed: boolean;
}
interface Group {
  group: string;
  suppressed: boolean;
  people: number | null;
  observations: number | null;
  promotedWithin12: Rate;
  promotedWithin24: Rate;
  monthsToPromotion: { months: number | null; count: number | null; suppressed: boolean };
  retained12: Rate;
  inDelivery3: Rate;
}
interface Outcomes {
  rotations: number | null;
  goals: { goal: string; aimed: number | null; achieved: Rate }[];
  alumni: Group;
  comparison: Group;
  curve: { months: number; alumni: Rate; comparison: Rate }[];
}

const PERIOD = { from: '2023-01-01', to: '2023-12-31', asOf: '2026-01-01' };
const shown = (value: number, count: number, total: number): Rate => ({
  value,
  count,
  total,
  suppressed: false,
});
const HIDDEN: Rate = { value: null, count: null, total: null, suppressed: true };

describe('outcomes on a hand-built organisation', () => {
  let t: TestApp;
  let hr: SignedIn;
  let pm: SignedIn;
  let fin: string;
  let ops: string;

  async function promote(personId: string, on: string, level = 'SENIOR_PROJECT_MANAGER') {
    await t.db.query(`SELECT person_history_set($1, $2, NULL, NULL, $3, NULL)`, [
      personId,
      on,
      level,
    ]);
    await t.db.query(`SELECT person_history_sync_current($1)`, [personId]);
  }

  beforeAll(async () => {
    t = await startTestApp();
    const db = t.db;
    fin = await insertDepartment(db, { code: 'FIN' });
    ops = await insertDepartment(db, { code: 'OPS' });
    const person = (dept: string, over: Parameters<typeof insertPerson>[2] = {}) =>
      insertPerson(db, dept, over);
    const A = [];
    for (let i = 0; i < 6; i++) A.push(await person(fin));
    await db.query(`UPDATE person SET left_on = '2024-09-01' WHERE id = $1`, [A[4]]);
    const C = [];
    for (let i = 0; i < 8; i++) C.push(await person(fin));
    await db.query(`UPDATE person SET left_on = '2024-11-01' WHERE id = $1`, [C[4]]);
    await person(fin, { level: 'SENIOR_PROJECT_MANAGER' }); // X1
    await person(fin, { hiredOn: '2024-06-01' }); // X3
    const x5 = await person(fin);
    await db.query(`SELECT person_history_set($1, '2018-01-01', '2024-03-01', $2, NULL, NULL)`, [
      x5,
      ops,
    ]);
    const x6 = await person(fin);
    for (let i = 0; i < 5; i++) await person(ops); // X2, O1–O4

    for (const [i, id] of [A[0], A[1], A[2], C[0], C[1], C[2], C[3], C[7]].entries()) {
      const on = [
        '2024-07-01',
        '2024-10-01',
        '2025-04-01',
        '2024-04-01',
        '2024-12-01',
        '2025-06-01',
        '2025-11-01',
        '2025-08-01',
      ][i];
      await promote(id, on);
    }

    const pmo = async (name: string, scope: string, program: string | null) =>
      (
        await db.query<{ id: string }>(
          `INSERT INTO pmo (name, scope, department_id, program_name) VALUES ($1, $2, $3, $4) RETURNING id`,
          [name, scope, scope === 'PROGRAM' ? fin : null, program],
        )
      ).rows[0].id;
    const enterprise = await pmo('Enterprise PMO', 'ENTERPRISE', null);
    const program = await pmo('Program PMO', 'PROGRAM', 'Atlas');
    const seat = async (pmoId: string, n: number) =>
      (
        await db.query<{ id: string }>(
          `INSERT INTO seat (pmo_id, role, title, opens_on) VALUES ($1, 'PMO_ANALYST', $2, '2020-01-01') RETURNING id`,
          [pmoId, `Seat ${n}`],
        )
      ).rows[0].id;
    const rotate = (
      personId: string,
      seatId: string,
      startsOn: string,
      endsOn: string,
      goals: string[],
      achieved: string[] | null,
    ) =>
      db.query(
        `INSERT INTO rotation (person_id, seat_id, starts_on, ends_on, goals, goals_achieved) VALUES ($1, $2, $3, $4, $5, $6)`,
        [personId, seatId, startsOn, endsOn, goals, achieved],
      );
    const PI = 'PROCESS_IMPROVEMENT';
    const EN = 'EXECUTIVE_NETWORK';
    const achieved = [[PI, EN], [PI], [PI], [], [PI], null];
    for (let i = 0; i < 6; i++) {
      const s = await seat(i < 4 ? enterprise : program, i);
      await rotate(A[i], s, '2023-01-01', '2023-12-31', i < 4 ? [PI, EN] : [PI], achieved[i]);
    }
    await rotate(A[5], await seat(enterprise, 10), '2024-03-01', '2025-02-28', [PI], null);
    await rotate(x6, await seat(enterprise, 11), '2021-01-01', '2021-12-31', [PI], [PI]);

    // Fairness: three requests decided in 2023 in Finance (2 approved, 1 declined).
    for (const [id, status] of [
      [A[0], 'APPROVED'],
      [A[1], 'APPROVED'],
      [C[5], 'DECLINED'],
    ] as const) {
      await db.query(
        `INSERT INTO rotation_request (person_id, status, goals, earliest_start, duration_months, submitted_at, decided_at, decision_note)
         VALUES ($1, $2, '{PROCESS_IMPROVEMENT}', '2023-01-01', 12, '2022-11-01T10:00:00Z', '2023-03-15T10:00:00Z', $3)`,
        [id, status, status === 'DECLINED' ? 'Not now.' : null],
      );
    }

    hr = await t.signIn('HR');
    pm = await t.signIn('PM', { personId: C[6] });
  });
  afterAll(async () => {
    await t.close();
  });

  async function outcomes(filter: Record<string, unknown>, as: SignedIn = hr) {
    const response = await t.gql<{ outcomes: Outcomes }>(OUTCOMES, { f: filter }, as.headers);
    expect(response.errors).toBeUndefined();
    return response.data!.outcomes;
  }

  it('alumni against the comparison group: promotion, median, retention, back in delivery', async () => {
    const o = await outcomes(PERIOD);
    expect(o.rotations).toBe(6);
    expect(o.alumni).toEqual({
      group: 'ALUMNI',
      suppressed: false,
      people: 6,
      observations: 6,
      promotedWithin12: shown(2 / 6, 2, 6), // A1, A2
      promotedWithin24: shown(3 / 6, 3, 6), // + A3
      // Three promoted: a median over 3 would be one person's career. Suppressed.
      monthsToPromotion: { months: null, count: null, suppressed: true },
      retained12: shown(5 / 6, 5, 6), // A5 left 2024-09-01
      inDelivery3: shown(5 / 6, 5, 6), // A6 in a seat on 2024-04-01
    });
    expect(o.comparison).toEqual({
      group: 'COMPARISON',
      suppressed: false,
      people: 8,
      observations: 8,
      promotedWithin12: shown(2 / 8, 2, 8), // C1 (3), C2 (11)
      promotedWithin24: shown(5 / 8, 5, 8), // + C3 (17), C8 (19), C4 (22)
      monthsToPromotion: { months: 17, count: 5, suppressed: false }, // 3, 11, 17, 19, 22
      retained12: shown(7 / 8, 7, 8), // C5 left 2024-11-01
      inDelivery3: shown(1, 8, 8),
    });
  });

  it('the cumulative curve, month by month', async () => {
    const o = await outcomes(PERIOD);
    expect(o.curve).toHaveLength(25);
    const at = (m: number) => o.curve[m];
    expect([at(0).alumni.count, at(0).comparison.count]).toEqual([0, 0]);
    expect([at(3).alumni.count, at(3).comparison.count]).toEqual([0, 1]);
    expect([at(6).alumni.count, at(6).comparison.count]).toEqual([1, 1]);
    expect([at(9).alumni.count, at(9).comparison.count]).toEqual([2, 1]);
    expect([at(11).alumni.count, at(11).comparison.count]).toEqual([2, 2]);
    expect([at(15).alumni.count, at(15).comparison.count]).toEqual([3, 2]);
    expect([at(19).alumni.count, at(19).comparison.count]).toEqual([3, 4]);
    expect([at(24).alumni.count, at(24).comparison.count]).toEqual([3, 5]);
    // One cohort, followed all 24 months: the denominators never shrink.
    expect(o.curve.every((p) => p.alumni.total === 6 && p.comparison.total === 8)).toBe(true);
  });

  it('goals: a goal aimed at by 4 rotations is suppressed; shares over recorded outcomes', async () => {
    const o = await outcomes(PERIOD);
    const goal = (g: string) => o.goals.find((x) => x.goal === g);
    // 6 aimed at process improvement; 5 recorded an outcome (A6 did not); 4 achieved it.
    expect(goal('PROCESS_IMPROVEMENT')).toEqual({
      goal: 'PROCESS_IMPROVEMENT',
      aimed: 6,
      achieved: shown(0.8, 4, 5),
    });
    expect(goal('EXECUTIVE_NETWORK')).toEqual({
      goal: 'EXECUTIVE_NETWORK',
      aimed: null,
      achieved: HIDDEN,
    });
    expect(goal('PROGRAM_MANAGEMENT')?.aimed).toBeNull();
  });

  it('a group of 4 (the Enterprise PMO) shows no number at all; its comparison group still does', async () => {
    const o = await outcomes({ ...PERIOD, scope: 'ENTERPRISE' });
    expect(o.rotations).toBeNull();
    expect(o.alumni).toMatchObject({ suppressed: true, people: null, observations: null });
    for (const r of [o.alumni.promotedWithin12, o.alumni.retained12, o.alumni.inDelivery3])
      expect(r).toEqual(HIDDEN);
    expect(o.curve.every((p) => p.alumni.suppressed && p.alumni.value === null)).toBe(true);
    expect(o.goals.every((g) => g.aimed === null && g.achieved.suppressed)).toBe(true);
    expect(JSON.stringify(o.alumni)).not.toMatch(/"people":4/);
    expect(o.comparison.people).toBe(8);
  });

  it('department and level are those held on the return date; nothing else is read', async () => {
    expect((await outcomes({ ...PERIOD, departmentId: fin })).alumni.people).toBe(6);
    const elsewhere = await outcomes({ ...PERIOD, departmentId: ops });
    expect(elsewhere.alumni.suppressed).toBe(true);
    expect(elsewhere.comparison.suppressed).toBe(true);
    const seniors = await outcomes({ ...PERIOD, careerLevel: 'SENIOR_PROJECT_MANAGER' });
    expect(seniors.rotations).toBeNull();
    // 2021: X6's rotation alone — one person, suppressed.
    const before = await outcomes({ from: '2021-01-01', to: '2021-12-31', asOf: '2026-01-01' });
    expect(before.alumni.suppressed).toBe(true);
  });

  it('only what has been seen by asOf counts: a year after the return, the 24-month figures are not in yet', async () => {
    const o = await outcomes({ ...PERIOD, asOf: '2025-01-15' });
    expect(o.alumni.promotedWithin12).toEqual(shown(2 / 6, 2, 6));
    expect(o.alumni.promotedWithin24).toEqual(HIDDEN); // nobody followed 24 months yet
    // The curve follows those followed all 24 months: nobody yet.
    expect(o.curve.every((p) => p.alumni.suppressed && p.comparison.suppressed)).toBe(true);
    expect(o.comparison.promotedWithin12).toEqual(shown(2 / 8, 2, 8));
  });

  it('a PM sees the organisation-level figures, and no department or level', async () => {
    const o = await outcomes(PERIOD, pm);
    expect(o.alumni.people).toBe(6);
    expect(o.comparison.monthsToPromotion.months).toBe(17);
    for (const narrow of [{ departmentId: fin }, { careerLevel: 'PROJECT_MANAGER' }]) {
      const response = await t.gql(OUTCOMES, { f: { ...PERIOD, ...narrow } }, pm.headers);
      expect(response.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      expect(response.data ?? null).toBeNull();
    }
  });

  it('refuses a period that ends before it starts', async () => {
    const response = await t.gql(
      OUTCOMES,
      { f: { from: '2024-01-01', to: '2023-01-01' } },
      hr.headers,
    );
    expect(response.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('fairness: 3 decisions are no rate; a department that placed nobody has an impact ratio of 0', async () => {
    const response = await t.gql<{
      fairness: {
        groups: {
          key: string;
          suppressed: boolean;
          people: number | null;
          requestRate: number | null;
          approvalSuppressed: boolean;
          decided: number | null;
          approvalRate: number | null;
          placementRate: number | null;
          medianDaysToDecision: number | null;
          impactRatio: number | null;
          belowFourFifths: boolean | null;
        }[];
      };
    }>(
      `{ fairness(from: "2023-01-01", to: "2023-12-31") { groups { key suppressed people requestRate approvalSuppressed decided approvalRate placementRate medianDaysToDecision impactRatio belowFourFifths } } }`,
      {},
      hr.headers,
    );
    expect(response.errors).toBeUndefined();
    const group = (key: string) => response.data!.fairness.groups.find((g) => g.key === key);
    // Finance in 2023: A1–A6, C1–C8, X1, X6 = 16 people (X3 not hired yet; X5 in Operations
    // by history); nobody asked in 2023 (the requests were sent in 2022); 6 placed (the alumni,
    // starting 2023-01-01).
    expect(group(fin)).toEqual({
      key: fin,
      suppressed: false,
      people: 16,
      requestRate: 0,
      approvalSuppressed: true,
      decided: null,
      approvalRate: null, // 2 of 3: suppressed
      placementRate: 0.375,
      medianDaysToDecision: null,
      impactRatio: 1,
      belowFourFifths: false,
    });
    // Operations: X2, O1–O4 and X5 = 6 people, none placed: 0 ÷ 0.375.
    expect(group(ops)).toMatchObject({
      people: 6,
      placementRate: 0,
      impactRatio: 0,
      belowFourFifths: true,
    });
    // Project Managers: 21 (Finance's 15 PMs but X1, plus Operations' 6); X1 alone is a Senior PM.
    expect(group('PROJECT_MANAGER')).toMatchObject({ people: 21, impactRatio: 1 });
    expect(group('SENIOR_PROJECT_MANAGER')).toMatchObject({ suppressed: true, people: null });
  });
});
