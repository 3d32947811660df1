// A hand-built organisation for the analytics fixture test (apps/api/test/analytics-fixture.int-spec.ts)
// and for the web's pure transforms: the rows, and the numbers SPEC §4 gives for them, worked
// out by hand (see the notes beside each number), never computed by the code under test.
// Plain data with no imports, so any project can use or copy it.
//
// "Today" is 2027-02-15 (FIXTURE_TODAY). Policy: the default (levels PM, Senior PM, Program
// Manager; 24 months' experience; 24 months' cooldown; at most 2 rotations; 12–24 months).
//
// Edges on purpose:
// - Ada's rotation ends 2027-03-31, the last day of 2027-Q1: she counts on rotation in Q1 and
//   as alumni in Q2. Cleo's starts 2027-04-01, the first day of Q2.
// - Eve is hired 2027-02-01 (counted from February); Finn leaves with left_on 2027-03-01 (the
//   first day gone: counted on 28 Feb, not on 31 Mar); Pat leaves with left_on 2027-01-01
//   (counted on 2026-12-31 only); Lena is hired on 2026-12-31, a bucket's last day (counted).
// - Dan's only rotation is cancelled: it never counts (not on rotation, not alumni, not a
//   rotation for MAX_ROTATIONS or FIRST_ROTATION).
// - Ivy moved from Finance to Operations on 2025-07-01 (the test inserts her in Finance, then
//   moves her as of that date). She counts in Finance before the move — her 2024 rotation is
//   Finance's — and in Operations from it, where she is alumni in every bucket shown here.
// - Lab has 3 people: its fairness group is suppressed.

export const FIXTURE_TODAY = '2027-02-15';

const dept = (n: number) => `10000000-0000-4000-8000-00000000000${n}`;
const person = (n: number) => `20000000-0000-4000-8000-000000000${n}`;
const pmo = (n: number) => `30000000-0000-4000-8000-00000000000${n}`;
const seat = (n: number) => `40000000-0000-4000-8000-00000000000${n}`;
const request = (n: number) => `50000000-0000-4000-8000-00000000000${n}`;

export const FIXTURE_IDS = {
  FIN: dept(1),
  OPS: dept(2),
  LAB: dept(3),
  ada: person(101),
  ben: person(102),
  cleo: person(103),
  dan: person(104),
  eve: person(105),
  finn: person(106),
  gus: person(107),
  hana: person(108),
  ivy: person(201),
  jon: person(202),
  kim: person(203),
  lou: person(204),
  max: person(205),
  nia: person(206),
  pat: person(207),
  lara: person(301),
  liam: person(302),
  lena: person(303),
  enterprisePmo: pmo(1),
  programPmo: pmo(2),
  s1: seat(1),
  s2: seat(2),
  s3: seat(3),
  s4: seat(4),
  s5: seat(5),
  p1: seat(6),
} as const;
const I = FIXTURE_IDS;

export interface FixtureDepartment {
  id: string;
  code: string;
  name: string;
  coverageTarget: number;
  awayCap: number;
}
export interface FixturePerson {
  id: string;
  fullName: string;
  departmentId: string;
  careerLevel: string;
  pmSince: string;
  hiredOn: string;
  leftOn: string | null;
  onLeave: boolean;
}
export interface FixturePmo {
  id: string;
  name: string;
  scope: 'PROGRAM' | 'DEPARTMENT' | 'ENTERPRISE';
  programName: string | null;
}
export interface FixtureSeat {
  id: string;
  pmoId: string;
  role: 'PMO_ANALYST' | 'PMO_MANAGER';
  title: string;
  opensOn: string;
  closesOn: string | null;
}
export interface FixtureRequest {
  id: string;
  personId: string;
  status: 'SUBMITTED' | 'APPROVED' | 'DECLINED' | 'WITHDRAWN';
  goals: string[];
  preferredScope: string | null;
  preferredPmoId: string | null;
  submittedAt: string;
  decidedAt: string | null;
}
export interface FixtureRotation {
  personId: string;
  seatId: string;
  requestId: string | null;
  startsOn: string;
  endsOn: string;
  cancelled: boolean;
}

export const FIXTURE_DEPARTMENTS: FixtureDepartment[] = [
  { id: I.FIN, code: 'FIN', name: 'Finance', coverageTarget: 0.5, awayCap: 0.3 },
  { id: I.OPS, code: 'OPS', name: 'Operations', coverageTarget: 0.3, awayCap: 0.2 },
  { id: I.LAB, code: 'LAB', name: 'Lab', coverageTarget: 0.3, awayCap: 1 },
];

const pm = (
  id: string,
  fullName: string,
  departmentId: string,
  over: Partial<FixturePerson> = {},
): FixturePerson => ({
  id,
  fullName,
  departmentId,
  careerLevel: 'PROJECT_MANAGER',
  pmSince: '2018-01-01',
  hiredOn: '2018-01-01',
  leftOn: null,
  onLeave: false,
  ...over,
});

export const FIXTURE_PEOPLE: FixturePerson[] = [
  pm(I.ada, 'Ada Finance', I.FIN),
  pm(I.ben, 'Ben Finance', I.FIN),
  pm(I.cleo, 'Cleo Finance', I.FIN),
  pm(I.dan, 'Dan Finance', I.FIN),
  pm(I.eve, 'Eve Finance', I.FIN, { pmSince: '2020-01-01', hiredOn: '2027-02-01' }),
  pm(I.finn, 'Finn Finance', I.FIN, { leftOn: '2027-03-01' }),
  pm(I.gus, 'Gus Finance', I.FIN, { careerLevel: 'PROJECT_COORDINATOR' }),
  pm(I.hana, 'Hana Finance', I.FIN, {
    careerLevel: 'SENIOR_PROJECT_MANAGER',
    pmSince: '2025-06-01',
  }),
  // Ivy is inserted in Finance and moved to Operations by the test (FIXTURE_MOVES).
  pm(I.ivy, 'Ivy Operations', I.FIN),
  pm(I.jon, 'Jon Operations', I.OPS),
  pm(I.kim, 'Kim Operations', I.OPS, { pmSince: '2019-01-01', hiredOn: '2019-01-01' }),
  pm(I.lou, 'Lou Operations', I.OPS, { onLeave: true }),
  pm(I.max, 'Max Operations', I.OPS, {
    careerLevel: 'PROGRAM_MANAGER',
    pmSince: '2015-01-01',
    hiredOn: '2014-01-01',
  }),
  pm(I.nia, 'Nia Operations', I.OPS),
  pm(I.pat, 'Pat Operations', I.OPS, { leftOn: '2027-01-01' }),
  pm(I.lara, 'Lara Lab', I.LAB),
  pm(I.liam, 'Liam Lab', I.LAB),
  pm(I.lena, 'Lena Lab', I.LAB, { pmSince: '2015-01-01', hiredOn: '2026-12-31' }),
];

/** Applied after the rows are in: a PM whose department changes as of `effectiveOn`. */
export const FIXTURE_MOVES: { personId: string; departmentId: string; effectiveOn: string }[] = [
  { personId: I.ivy, departmentId: I.OPS, effectiveOn: '2025-07-01' },
];

export const FIXTURE_PMOS: FixturePmo[] = [
  { id: I.enterprisePmo, name: 'Enterprise PMO', scope: 'ENTERPRISE', programName: null },
  { id: I.programPmo, name: 'Program PMO', scope: 'PROGRAM', programName: 'Apollo' },
];

export const FIXTURE_SEATS: FixtureSeat[] = [
  {
    id: I.s1,
    pmoId: I.enterprisePmo,
    role: 'PMO_ANALYST',
    title: 'Analyst A',
    opensOn: '2020-01-01',
    closesOn: null,
  },
  {
    id: I.s2,
    pmoId: I.enterprisePmo,
    role: 'PMO_ANALYST',
    title: 'Analyst B',
    opensOn: '2020-01-01',
    closesOn: null,
  },
  {
    id: I.s3,
    pmoId: I.enterprisePmo,
    role: 'PMO_ANALYST',
    title: 'Analyst C',
    opensOn: '2020-01-01',
    closesOn: null,
  },
  {
    id: I.s4,
    pmoId: I.enterprisePmo,
    role: 'PMO_MANAGER',
    title: 'Manager A',
    opensOn: '2020-01-01',
    closesOn: null,
  },
  {
    id: I.s5,
    pmoId: I.enterprisePmo,
    role: 'PMO_ANALYST',
    title: 'Analyst D',
    opensOn: '2020-01-01',
    closesOn: '2026-12-31',
  },
  {
    id: I.p1,
    pmoId: I.programPmo,
    role: 'PMO_ANALYST',
    title: 'Program analyst',
    opensOn: '2020-01-01',
    closesOn: null,
  },
];

export const FIXTURE_REQUESTS: FixtureRequest[] = [
  // Approved into Nia's 2025 rotation.
  {
    id: request(1),
    personId: I.nia,
    status: 'APPROVED',
    goals: ['PORTFOLIO_MANAGEMENT'],
    preferredScope: null,
    preferredPmoId: null,
    submittedAt: '2024-06-01T10:00:00Z',
    decidedAt: '2024-06-11T10:00:00Z',
  },
  // Approved into Ada's rotation: 10 days to decide.
  {
    id: request(2),
    personId: I.ada,
    status: 'APPROVED',
    goals: ['PORTFOLIO_MANAGEMENT'],
    preferredScope: null,
    preferredPmoId: null,
    submittedAt: '2026-01-10T10:00:00Z',
    decidedAt: '2026-01-20T10:00:00Z',
  },
  // Approved into Cleo's planned rotation: 4 days.
  {
    id: request(3),
    personId: I.cleo,
    status: 'APPROVED',
    goals: ['EXECUTIVE_NETWORK'],
    preferredScope: null,
    preferredPmoId: null,
    submittedAt: '2026-09-01T10:00:00Z',
    decidedAt: '2026-09-05T10:00:00Z',
  },
  // Declined: 10 days.
  {
    id: request(4),
    personId: I.hana,
    status: 'DECLINED',
    goals: ['PROGRAM_MANAGEMENT'],
    preferredScope: null,
    preferredPmoId: null,
    submittedAt: '2026-03-01T10:00:00Z',
    decidedAt: '2026-03-11T10:00:00Z',
  },
  {
    id: request(5),
    personId: I.gus,
    status: 'WITHDRAWN',
    goals: ['PROGRAM_MANAGEMENT'],
    preferredScope: null,
    preferredPmoId: null,
    submittedAt: '2026-05-01T10:00:00Z',
    decidedAt: '2026-05-02T10:00:00Z',
  },
  // Open: Lara prefers the Enterprise PMO; two of her three goals are ones it offers.
  {
    id: request(6),
    personId: I.lara,
    status: 'SUBMITTED',
    goals: ['PORTFOLIO_MANAGEMENT', 'EXECUTIVE_NETWORK', 'PROGRAM_MANAGEMENT'],
    preferredScope: null,
    preferredPmoId: I.enterprisePmo,
    submittedAt: '2027-01-05T10:00:00Z',
    decidedAt: null,
  },
  {
    id: request(7),
    personId: I.kim,
    status: 'SUBMITTED',
    goals: ['PROCESS_IMPROVEMENT'],
    preferredScope: 'ENTERPRISE',
    preferredPmoId: null,
    submittedAt: '2027-02-01T10:00:00Z',
    decidedAt: null,
  },
];

export const FIXTURE_ROTATIONS: FixtureRotation[] = [
  {
    personId: I.ada,
    seatId: I.s1,
    requestId: request(2),
    startsOn: '2026-04-01',
    endsOn: '2027-03-31',
    cancelled: false,
  },
  {
    personId: I.ben,
    seatId: I.s2,
    requestId: null,
    startsOn: '2023-01-01',
    endsOn: '2023-12-31',
    cancelled: false,
  },
  {
    personId: I.cleo,
    seatId: I.s2,
    requestId: request(3),
    startsOn: '2027-04-01',
    endsOn: '2028-03-31',
    cancelled: false,
  },
  {
    personId: I.dan,
    seatId: I.s3,
    requestId: null,
    startsOn: '2026-06-01',
    endsOn: '2027-05-31',
    cancelled: true,
  },
  {
    personId: I.ivy,
    seatId: I.p1,
    requestId: null,
    startsOn: '2024-01-01',
    endsOn: '2024-12-31',
    cancelled: false,
  },
  {
    personId: I.jon,
    seatId: I.s3,
    requestId: null,
    startsOn: '2026-06-01',
    endsOn: '2027-05-31',
    cancelled: false,
  },
  {
    personId: I.max,
    seatId: I.p1,
    requestId: null,
    startsOn: '2020-01-01',
    endsOn: '2020-12-31',
    cancelled: false,
  },
  {
    personId: I.max,
    seatId: I.s4,
    requestId: null,
    startsOn: '2022-03-01',
    endsOn: '2023-02-28',
    cancelled: false,
  },
  {
    personId: I.nia,
    seatId: I.s1,
    requestId: request(1),
    startsOn: '2025-01-01',
    endsOn: '2025-12-31',
    cancelled: false,
  },
  {
    personId: I.liam,
    seatId: I.p1,
    requestId: null,
    startsOn: '2027-05-15',
    endsOn: '2028-05-14',
    cancelled: false,
  },
];

type Counts = [headcount: number, onRotation: number, alumni: number];

/**
 * coverage(asOf 2027-02-15) snapshot per department: [headcount, onRotation, alumni], eligible.
 * Finance: 8 employed (Eve hired 1 Feb; Finn until 28 Feb); on rotation Ada; alumni Ben (Cleo's
 *   rotation is still planned; Dan's cancelled); eligible Ben, Dan, Eve (Ada and Cleo overlap,
 *   Finn leaves within the 12-month window, Gus's level, Hana has 20 months' experience).
 * Operations: 6 (Pat left); on rotation Jon; alumni Ivy, Max, Nia; eligible Ivy (cooldown over
 *   on 2026-12-31), Kim (Lou is on leave, Max has had 2 rotations, Nia's cooldown runs to 2027-12-31).
 * Lab: 3; eligible Lara and Lena (Liam's planned rotation overlaps the window).
 */
export const FIXTURE_SNAPSHOT = {
  asOf: FIXTURE_TODAY,
  departments: [
    {
      departmentId: I.FIN,
      code: 'FIN',
      counts: [8, 1, 1] as Counts,
      eligible: 3,
      experienceShare: 2 / 8,
      awayShare: 1 / 8,
    },
    {
      departmentId: I.LAB,
      code: 'LAB',
      counts: [3, 0, 0] as Counts,
      eligible: 2,
      experienceShare: 0,
      awayShare: 0,
    },
    {
      departmentId: I.OPS,
      code: 'OPS',
      counts: [6, 1, 3] as Counts,
      eligible: 2,
      experienceShare: 4 / 6,
      awayShare: 1 / 6,
    },
  ],
  totals: {
    headcount: 17,
    onRotation: 2,
    alumni: 4,
    eligible: 7,
    experienceShare: 6 / 17,
    awayShare: 2 / 17,
    openSeats: 3,
    pendingRequests: 2,
  },
};

/**
 * QUARTER series, from 2026-10-01 to 2027-06-30, [headcount, onRotation, alumni] on each
 * quarter's last day. Q4 is an actual (2026-12-31 ≤ asOf); Q1 and Q2 are forecasts.
 */
export const FIXTURE_QUARTERS = {
  from: '2026-10-01',
  to: '2027-06-30',
  labels: ['2026-Q4', '2027-Q1', '2027-Q2'],
  dates: ['2026-12-31', '2027-03-31', '2027-06-30'],
  forecast: [false, true, true],
  // Finance: Eve joins in Q1, Finn leaves in Q1; Ada on rotation through 31 Mar, alumni in Q2 when Cleo is away.
  FIN: [
    [7, 1, 1],
    [7, 1, 1],
    [7, 1, 2],
  ] as Counts[],
  // Operations: Pat counted on 2026-12-31 only; Jon back on 31 May (alumni in Q2).
  OPS: [
    [7, 1, 3],
    [6, 1, 3],
    [6, 0, 4],
  ] as Counts[],
  // Lab: Lena hired on 2026-12-31 counts that day; Liam away from 15 May.
  LAB: [
    [3, 0, 0],
    [3, 0, 0],
    [3, 1, 0],
  ] as Counts[],
  organisation: [
    [17, 2, 4],
    [16, 2, 4],
    [16, 2, 6],
  ] as Counts[],
};

/** MONTH series, from 2027-01-01 to 2027-04-30. January is an actual; the rest forecasts. */
export const FIXTURE_MONTHS = {
  from: '2027-01-01',
  to: '2027-04-30',
  labels: ['2027-01', '2027-02', '2027-03', '2027-04'],
  dates: ['2027-01-31', '2027-02-28', '2027-03-31', '2027-04-30'],
  forecast: [false, true, true, true],
  FIN: [
    [7, 1, 1],
    [8, 1, 1],
    [7, 1, 1],
    [7, 1, 2],
  ] as Counts[],
  OPS: [
    [6, 1, 3],
    [6, 1, 3],
    [6, 1, 3],
    [6, 1, 3],
  ] as Counts[],
  LAB: [
    [3, 0, 0],
    [3, 0, 0],
    [3, 0, 0],
    [3, 0, 0],
  ] as Counts[],
  organisation: [
    [16, 2, 4],
    [17, 2, 4],
    [16, 2, 4],
    [16, 2, 5],
  ] as Counts[],
};

/**
 * pmoFill by QUARTER over the same quarters: seat-days open and filled.
 * Enterprise: 5 seats in Q4 (92 days each; Analyst D closes 2026-12-31), then 4 (90 and 91 days).
 * Filled: Ada on A (92, 90, 0), Jon on C (92, 90, 30 + 31), Cleo on B (0, 0, 91); Dan's is cancelled.
 * Program: one seat; Liam from 15 May (17 + 30 days).
 */
export const FIXTURE_PMO_FILL = [
  {
    pmoId: I.enterprisePmo,
    name: 'Enterprise PMO',
    seatCount: 5,
    daysOpen: [460, 360, 364],
    daysFilled: [184, 180, 152],
  },
  {
    pmoId: I.programPmo,
    name: 'Program PMO',
    seatCount: 1,
    daysOpen: [92, 90, 91],
    daysFilled: [0, 0, 47],
  },
];
