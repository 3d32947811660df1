import { USER_ROLES } from '@stint/domain';
import { canOpen, homePathFor, navigationFor, ROLE_LABELS, SCREENS } from './screens';

const labels = (role: Parameters<typeof navigationFor>[0]) =>
  navigationFor(role).map((screen) => screen.label);

describe('navigation by role (SPEC §1, §6)', () => {
  it('gives a PM the org-level charts (coverage, outcomes) and their own rotation', () => {
    expect(labels('PM')).toEqual(['Coverage', 'Outcomes', 'My rotation']);
  });

  it('gives HR coverage, staffing, outcomes, people and the audit trail', () => {
    expect(labels('HR')).toEqual(['Coverage', 'Staffing', 'Outcomes', 'People', 'Audit trail']);
  });

  it('gives a director coverage, staffing, outcomes, planning, requests, PMOs and people', () => {
    expect(labels('DIRECTOR')).toEqual([
      'Coverage',
      'Staffing',
      'Outcomes',
      'Planning',
      'Requests',
      'PMOs',
      'People',
    ]);
  });

  it('gives an admin everything, settings included', () => {
    expect(labels('ADMIN')).toEqual(
      SCREENS.filter((screen) => screen.inNavigation !== false).map((screen) => screen.label),
    );
    expect(labels('ADMIN')).toContain('Settings');
    expect(labels('ADMIN')).toContain('PMOs');
  });

  it('keeps link-only pages out of the navigation', () => {
    for (const role of USER_ROLES) expect(labels(role)).not.toContain('Rotation');
  });

  it('names every role in words', () => {
    for (const role of USER_ROLES) expect(ROLE_LABELS[role]).toBeTruthy();
  });
});

describe('homePathFor', () => {
  it.each([
    ['PM', '/my-rotation'],
    ['HR', '/coverage'],
    ['DIRECTOR', '/planning'],
    ['ADMIN', '/coverage'],
  ] as const)('sends %s to %s', (role, path) => {
    expect(homePathFor(role)).toBe(path);
  });

  it('is always a screen the role may open', () => {
    for (const role of USER_ROLES) expect(canOpen(role, homePathFor(role))).toBe(true);
  });
});

describe('canOpen', () => {
  it('follows the table, including paths below a screen', () => {
    expect(canOpen('PM', '/staffing')).toBe(false);
    expect(canOpen('PM', '/people/p-7')).toBe(false);
    expect(canOpen('HR', '/people/p-7')).toBe(true);
    expect(canOpen('DIRECTOR', '/settings')).toBe(false);
    expect(canOpen('ADMIN', '/settings')).toBe(true);
    expect(canOpen('HR', '/audit')).toBe(true);
    expect(canOpen('ADMIN', '/audit')).toBe(true);
    expect(canOpen('DIRECTOR', '/audit')).toBe(false);
    expect(canOpen('PM', '/audit')).toBe(false);
    expect(canOpen('DIRECTOR', '/pmos/p-1/edit')).toBe(true);
    expect(canOpen('HR', '/pmos')).toBe(false);
    expect(canOpen('HR', '/rotations/r-1')).toBe(true);
    expect(canOpen('PM', '/rotations/r-1')).toBe(false);
  });

  it('does not mistake a longer name for a screen', () => {
    expect(canOpen('PM', '/staffingreport')).toBe(true);
  });

  it('leaves addresses that are not screens to the router', () => {
    expect(canOpen('PM', '/')).toBe(true);
    expect(canOpen('PM', '/no/such/page')).toBe(true);
  });
});
