// A hand-built organisation whose people move, are promoted, are corrected and go on leave, for
// the history fixture test (apps/api/test/analytics-history.int-spec.ts), with the numbers SPEC
// §4 and §8 give for it worked out by hand (see the notes beside each number), never computed
// by the code under test. Plain data with no imports, so any project can use or copy it.
//
// Everyone is a Project Manager hired on 2018-01-01 with pmSince 2018-01-01 (unless noted), and
// nobody leaves. "Today" is 2026-06-15 (HISTORY_TODAY). Policy: the default.
//
// - Mia, a mover mid-bucket: in North from her hire, moved to South as of 2026-05-10 (mid-May,
//   mid-Q2). Her 2023 rotation makes her alumni in North until then, in South after.
// - Pip, a promotion on a bucket edge: Project Coordinator in North, promoted to Project Manager
//   as of 2026-07-01 — the first day of Q3, the day after Q2's last day.
// - Quin, a backdated correction: recorded in South, corrected afterwards to have been in North
//   from 2026-02-01 to 2026-04-14 (person_history_set). His rotation runs 2026-03-01 to
//   2027-02-28: away from North on 31 March, from South from 30 April on.
// - Ray, a leave stretch inside a window: in South, on leave from 2026-09-01 to 2026-10-31
//   (valid_to 2026-11-01), back since.

export const HISTORY_TODAY = '2026-06-15';

const dept = (n: number) => `11000000-0000-4000-8000-00000000000${n}`;
const person = (n: number) => `21000000-0000-4000-8000-00000000000${n}`;

export const HISTORY_IDS = {
  NORTH: dept(1),
  SOUTH: dept(2),
  ana: person(1),
  bo: person(2),
  cy: person(3),
  pip: person(4),
  dee: person(5),
  eli: person(6),
  fay: person(7),
  ray: person(8),
  mia: person(9),
  quin: '21000000-0000-4000-8000-000000000010',
  pmo: '31000000-0000-4000-8000-000000000001',
  seatA: '41000000-0000-4000-8000-000000000001',
  seatB: '41000000-0000-4000-8000-000000000002',
} as const;
const I = HISTORY_IDS;

export const HISTORY_DEPARTMENTS = [
  { id: I.NORTH, code: 'NORTH', name: 'North', coverageTarget: 0.5, awayCap: 0.5 },
  { id: I.SOUTH, code: 'SOUTH', name: 'South', coverageTarget: 0.5, awayCap: 0.34 },
];

/** As inserted (before any change): department and level at the hire. */
export const HISTORY_PEOPLE: {
  id: string;
  fullName: string;
  departmentId: string;
  careerLevel: string;
}[] = [
  { id: I.ana, fullName: 'Ana North', departmentId: I.NORTH, careerLevel: 'PROJECT_MANAGER' },
  { id: I.bo, fullName: 'Bo North', departmentId: I.NORTH, careerLevel: 'PROJECT_MANAGER' },
  { id: I.cy, fullName: 'Cy North', departmentId: I.NORTH, careerLevel: 'PROJECT_MANAGER' },
  { id: I.pip, fullName: 'Pip North', departmentId: I.NORTH, careerLevel: 'PROJECT_COORDINATOR' },
  { id: I.mia, fullName: 'Mia Mover', departmentId: I.NORTH, careerLevel: 'PROJECT_MANAGER' },
  { id: I.dee, fullName: 'Dee South', departmentId: I.SOUTH, careerLevel: 'PROJECT_MANAGER' },
  { id: I.eli, fullName: 'Eli South', departmentId: I.SOUTH, careerLevel: 'PROJECT_MANAGER' },
  { id: I.fay, fullName: 'Fay South', departmentId: I.SOUTH, careerLevel: 'PROJECT_MANAGER' },
  { id: I.ray, fullName: 'Ray South', departmentId: I.SOUTH, careerLevel: 'PROJECT_MANAGER' },
  { id: I.quin, fullName: 'Quin South', departmentId: I.SOUTH, careerLevel: 'PROJECT_MANAGER' },
];

/** Changes recorded as HR records them: `UPDATE person` with stint.effective_on set. */
export const HISTORY_CHANGES: {
  personId: string;
  effectiveOn: string;
  departmentId?: string;
  careerLevel?: string;
}[] = [
  { personId: I.mia, effectiveOn: '2026-05-10', departmentId: I.SOUTH },
  { personId: I.pip, effectiveOn: '2026-07-01', careerLevel: 'PROJECT_MANAGER' },
];

/** Stretches set afterwards with person_history_set (a correction, a dated leave). */
export const HISTORY_CORRECTIONS: {
  personId: string;
  from: string;
  to: string;
  departmentId: string | null;
  onLeave: boolean | null;
}[] = [
  { personId: I.quin, from: '2026-02-01', to: '2026-04-15', departmentId: I.NORTH, onLeave: null },
  { personId: I.ray, from: '2026-09-01', to: '2026-11-01', departmentId: null, onLeave: true },
];

export const HISTORY_ROTATIONS = [
  { personId: I.mia, seatId: I.seatA, startsOn: '2023-01-01', endsOn: '2023-12-31' },
  { personId: I.quin, seatId: I.seatB, startsOn: '2026-03-01', endsOn: '2027-02-28' },
];

type Counts = [headcount: number, onRotation: number, alumni: number];

/**
 * MONTH series 2026-01 to 2026-08: [headcount, onRotation, alumni] on each month's last day.
 * North: Ana, Bo, Cy, Pip always; Mia until April (alumni); Quin in February and March (on
 *   rotation from 1 March). South: Dee, Eli, Fay, Ray always; Quin in January and from April (on
 *   rotation); Mia from May (alumni).
 */
export const HISTORY_MONTHS = {
  from: '2026-01-01',
  to: '2026-08-31',
  NORTH: [
    [5, 0, 1],
    [6, 0, 1],
    [6, 1, 1],
    [5, 0, 1],
    [4, 0, 0],
    [4, 0, 0],
    [4, 0, 0],
    [4, 0, 0],
  ] as Counts[],
  SOUTH: [
    [5, 0, 0],
    [4, 0, 0],
    [4, 0, 0],
    [5, 1, 0],
    [6, 1, 1],
    [6, 1, 1],
    [6, 1, 1],
    [6, 1, 1],
  ] as Counts[],
  organisation: [
    [10, 0, 1],
    [10, 0, 1],
    [10, 1, 1],
    [10, 1, 1],
    [10, 1, 1],
    [10, 1, 1],
    [10, 1, 1],
    [10, 1, 1],
  ] as Counts[],
};

/** QUARTER series 2026-Q1 to Q3 (31 March, 30 June, 30 September). */
export const HISTORY_QUARTERS = {
  from: '2026-01-01',
  to: '2026-09-30',
  NORTH: [
    [6, 1, 1],
    [4, 0, 0],
    [4, 0, 0],
  ] as Counts[],
  SOUTH: [
    [4, 0, 0],
    [6, 1, 1],
    [6, 1, 1],
  ] as Counts[],
};

/**
 * Coverage's `eligible` (a 12-month window from asOf) per department, with its snapshot counts.
 * 2026-06-30: North Ana, Bo, Cy (Pip is still a coordinator); South Dee, Eli, Fay, Mia (cooldown
 *   over on 2025-12-31) — Ray's leave falls inside the window, Quin's rotation overlaps it.
 * 2026-07-01: Pip is a Project Manager from that day: North 4.
 * 2026-11-01: Ray is back (the leave ended the day before): South 5.
 */
export const HISTORY_ELIGIBLE = [
  {
    asOf: '2026-06-30',
    NORTH: 3,
    SOUTH: 4,
    northCounts: [4, 0, 0] as Counts,
    southCounts: [6, 1, 1] as Counts,
  },
  {
    asOf: '2026-07-01',
    NORTH: 4,
    SOUTH: 4,
    northCounts: [4, 0, 0] as Counts,
    southCounts: [6, 1, 1] as Counts,
  },
  {
    asOf: '2026-11-01',
    NORTH: 4,
    SOUTH: 5,
    northCounts: [4, 0, 0] as Counts,
    southCounts: [6, 1, 1] as Counts,
  },
];

/** Staffing headcount by department × level, as [code, level, headcount]. */
export const HISTORY_STAFFING = {
  '2026-06-30': [
    ['NORTH', 'PROJECT_COORDINATOR', 1],
    ['NORTH', 'PROJECT_MANAGER', 3],
    ['SOUTH', 'PROJECT_MANAGER', 6],
  ],
  '2026-07-01': [
    ['NORTH', 'PROJECT_MANAGER', 4],
    ['SOUTH', 'PROJECT_MANAGER', 6],
  ],
} as const;
