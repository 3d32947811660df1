import type { UserRole } from '@stint/domain';
import { AUDIT_TRAIL_ROLES, type NavItem } from '@stint/web-ui';

export type ScreenId =
  | 'coverage'
  | 'staffing'
  | 'outcomes'
  | 'planning'
  | 'requests'
  | 'pmos'
  | 'people'
  | 'my-rotation'
  | 'audit'
  | 'settings'
  | 'rotations';

export interface Screen extends NavItem {
  id: ScreenId;
  /** What the screen is for (SPEC §6); shown on its placeholder until it is built. */
  description: string;
  /** Who may open it (SPEC §1, §6). The API enforces access to the data; this shapes the UI. */
  roles: readonly UserRole[];
  /**
   * False for a page reached only by links (a rotation from Planning, a PMO or a person): it has
   * a route and an access rule like any screen, but no navigation item.
   */
  inNavigation?: false;
}

const EVERYONE: readonly UserRole[] = ['PM', 'HR', 'DIRECTOR', 'ADMIN'];

/**
 * The screens of SPEC §6 in navigation order, and the one table of which role sees which.
 * PMs see org-level charts and their own rotation; HR owns people and staffing; directors plan,
 * decide requests and look people up; admins see everything.
 */
export const SCREENS: readonly Screen[] = [
  {
    id: 'coverage',
    label: 'Coverage',
    path: '/coverage',
    roles: EVERYONE,
    description:
      'How well each department is covered by PMs with PMO experience, against its target and away cap, over time.',
  },
  {
    id: 'staffing',
    label: 'Staffing',
    path: '/staffing',
    // Directors see staffing too (the API allows them), but not its fairness tables.
    roles: ['HR', 'DIRECTOR', 'ADMIN'],
    description: 'Headcount by level and department, participation, upcoming returns, fairness.',
  },
  {
    id: 'outcomes',
    label: 'Outcomes',
    path: '/outcomes',
    // PMs see the organisation-level figures only (the API refuses them a department or level).
    roles: EVERYONE,
    description:
      'What follows a rotation: goals achieved, promotion, retention and return to delivery, against PMs who did not rotate.',
  },
  {
    id: 'planning',
    label: 'Planning',
    path: '/planning',
    roles: ['DIRECTOR', 'ADMIN'],
    description:
      'Seats on a timeline, ranked candidates and the impact of an assignment before making it.',
  },
  {
    id: 'requests',
    label: 'Requests',
    path: '/requests',
    roles: ['DIRECTOR', 'ADMIN'],
    description:
      'Rotation requests from project managers: review, approve into a seat, or decline.',
  },
  {
    id: 'pmos',
    label: 'PMOs',
    path: '/pmos',
    // Directors see and change the PMOs they direct; admins every PMO (the API's assertDirectsPmo).
    roles: ['DIRECTOR', 'ADMIN'],
    description: 'PMOs and their seats: create and edit them, add, change and close seats.',
  },
  {
    id: 'people',
    label: 'People',
    path: '/people',
    roles: ['HR', 'DIRECTOR', 'ADMIN'],
    description: 'Search and filter people and see their eligibility at a glance.',
  },
  {
    id: 'my-rotation',
    label: 'My rotation',
    path: '/my-rotation',
    roles: ['PM', 'ADMIN'],
    description: 'Your eligibility checklist and eligible-from date, your request and its status.',
  },
  {
    id: 'audit',
    label: 'Audit trail',
    path: '/audit',
    // The same roles the API serves auditEvents to; record pages show "History" links to them.
    roles: AUDIT_TRAIL_ROLES,
    description:
      'Every change: who did what to which record, when, and each field before and after.',
  },
  {
    id: 'settings',
    label: 'Settings',
    path: '/settings',
    roles: ['ADMIN'],
    description: 'The eligibility policy and users.',
  },
  {
    id: 'rotations',
    label: 'Rotation',
    path: '/rotations',
    // HR reads rotations (the API lets it); only a PMO's directors and admins act on one.
    roles: ['HR', 'DIRECTOR', 'ADMIN'],
    description: 'One rotation: its dates, seat, person and outcome; end it early or cancel it.',
    inNavigation: false,
  },
];

/** The role in words, as the header shows it. */
export const ROLE_LABELS: Readonly<Record<UserRole, string>> = {
  ADMIN: 'Admin',
  DIRECTOR: 'PMO director',
  HR: 'HR partner',
  PM: 'Project manager',
};

// Where each role lands after signing in: the organisation-wide picture (Coverage) for HR and
// admins; PMs and directors start on the screen they act on (their rotation, their seats).
const HOME: Readonly<Record<UserRole, ScreenId>> = {
  PM: 'my-rotation',
  HR: 'coverage',
  DIRECTOR: 'planning',
  ADMIN: 'coverage',
};

function screenById(id: ScreenId): Screen {
  const screen = SCREENS.find((s) => s.id === id);
  if (!screen) throw new Error(`No screen ${id}`);
  return screen;
}

/** The screens a role sees in the navigation, in order. */
export function navigationFor(role: UserRole): Screen[] {
  return SCREENS.filter((screen) => screen.inNavigation !== false && screen.roles.includes(role));
}

/** The screen a role starts on. */
export function homeScreenFor(role: UserRole): Screen {
  return screenById(HOME[role]);
}

/** The path a role starts on. */
export function homePathFor(role: UserRole): string {
  return homeScreenFor(role).path;
}

/** The screen a pathname belongs to (its own path or below it), if any. */
export function screenForPath(pathname: string): Screen | undefined {
  return SCREENS.find(
    (screen) => pathname === screen.path || pathname.startsWith(`${screen.path}/`),
  );
}

/** False only for a screen the role may not use; other addresses are the router's business. */
export function canOpen(role: UserRole, pathname: string): boolean {
  const screen = screenForPath(pathname);
  return !screen || screen.roles.includes(role);
}
