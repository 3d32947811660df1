// The vocabulary of SPEC §2, shared verbatim by the API schema, the database checks and the web.

export const CAREER_LEVELS = [
  'PROJECT_COORDINATOR',
  'PROJECT_MANAGER',
  'SENIOR_PROJECT_MANAGER',
  'PROGRAM_MANAGER',
  'PORTFOLIO_MANAGER',
] as const;
export type CareerLevel = (typeof CAREER_LEVELS)[number];

/** Position of a level on the career path; higher is more senior. */
export function levelRank(level: CareerLevel): number {
  return CAREER_LEVELS.indexOf(level);
}

export const USER_ROLES = ['ADMIN', 'DIRECTOR', 'HR', 'PM'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const PMO_SCOPES = ['PROGRAM', 'DEPARTMENT', 'ENTERPRISE'] as const;
export type PmoScope = (typeof PMO_SCOPES)[number];

export const SEAT_ROLES = ['PMO_ANALYST', 'PMO_MANAGER'] as const;
export type SeatRole = (typeof SEAT_ROLES)[number];

export const DEVELOPMENT_GOALS = [
  'PROGRAM_MANAGEMENT',
  'PORTFOLIO_MANAGEMENT',
  'ORGANIZATIONAL_VISIBILITY',
  'PROCESS_IMPROVEMENT',
  'EXECUTIVE_NETWORK',
] as const;
export type DevelopmentGoal = (typeof DEVELOPMENT_GOALS)[number];

/** What a PMO of each scope offers a rotating PM (SPEC §2). */
export const GOALS_OFFERED: Readonly<Record<PmoScope, readonly DevelopmentGoal[]>> = {
  PROGRAM: ['PROGRAM_MANAGEMENT', 'PROCESS_IMPROVEMENT'],
  DEPARTMENT: [
    'PORTFOLIO_MANAGEMENT',
    'ORGANIZATIONAL_VISIBILITY',
    'PROCESS_IMPROVEMENT',
    'EXECUTIVE_NETWORK',
  ],
  ENTERPRISE: [
    'PORTFOLIO_MANAGEMENT',
    'ORGANIZATIONAL_VISIBILITY',
    'PROCESS_IMPROVEMENT',
    'EXECUTIVE_NETWORK',
  ],
};

export const ROTATION_STATUSES = ['PLANNED', 'ACTIVE', 'COMPLETED', 'CANCELLED'] as const;
export type RotationStatus = (typeof ROTATION_STATUSES)[number];

export const REQUEST_STATUSES = ['SUBMITTED', 'APPROVED', 'DECLINED', 'WITHDRAWN'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const DEFAULT_COVERAGE_TARGET = 0.3;
export const DEFAULT_AWAY_CAP = 0.2;
export const MOTIVATION_MAX_LENGTH = 2000;
export const PAGE_SIZE_DEFAULT = 20;
export const PAGE_SIZE_MAX = 100;
