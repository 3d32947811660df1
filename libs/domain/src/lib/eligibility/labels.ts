// Words people read. Server messages and web screens share these so a rule's sentence and the
// checklist beside it never name the same thing two ways.
import type { IsoDate } from '../dates';
import { parseIsoDate } from '../dates';
import type { CareerLevel, DevelopmentGoal, SeatRole } from '../enums';

export const CAREER_LEVEL_LABELS: Readonly<Record<CareerLevel, string>> = {
  PROJECT_COORDINATOR: 'Project Coordinator',
  PROJECT_MANAGER: 'Project Manager',
  SENIOR_PROJECT_MANAGER: 'Senior Project Manager',
  PROGRAM_MANAGER: 'Program Manager',
  PORTFOLIO_MANAGER: 'Portfolio Manager',
};

export const SEAT_ROLE_LABELS: Readonly<Record<SeatRole, string>> = {
  PMO_ANALYST: 'PMO analyst',
  PMO_MANAGER: 'PMO manager',
};

export const DEVELOPMENT_GOAL_LABELS: Readonly<Record<DevelopmentGoal, string>> = {
  PROGRAM_MANAGEMENT: 'Program management',
  PORTFOLIO_MANAGEMENT: 'Portfolio management',
  ORGANIZATIONAL_VISIBILITY: 'Organisational visibility',
  PROCESS_IMPROVEMENT: 'Process improvement',
  EXECUTIVE_NETWORK: 'Executive network',
};

/** One line on what a rotation gives a PM for each goal (SPEC: why organisations rotate). */
export const DEVELOPMENT_GOAL_DESCRIPTIONS: Readonly<Record<DevelopmentGoal, string>> = {
  PROGRAM_MANAGEMENT:
    'Build program-management skills by running the office of a multi-project program.',
  PORTFOLIO_MANAGEMENT:
    'Learn portfolio and demand management: which projects to take on, fund and stop.',
  ORGANIZATIONAL_VISIBILITY: 'See every project in the organisation, not only your own.',
  PROCESS_IMPROVEMENT: 'Improve the house methodology with feedback from real-world delivery.',
  EXECUTIVE_NETWORK: 'Work alongside senior leaders and get to know them.',
};

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * '2027-03-01' → '1 March 2027'. Written by hand rather than with Intl so the server and every
 * browser produce the same sentence whatever their locale, and day/month order is never ambiguous.
 */
export function formatDay(day: IsoDate): string {
  const d = parseIsoDate(day);
  return `${d.getUTCDate()} ${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** '2027-03' → 'March 2027'. */
export function formatMonth(month: string): string {
  return formatDay(`${month}-01`).replace(/^1 /, '');
}
