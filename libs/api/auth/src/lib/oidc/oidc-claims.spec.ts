import { claimAt, groupsOf, mapRole, safeNextPath } from './oidc-claims';

describe('OIDC claims', () => {
  const map = [
    { group: 'stint-admins', role: 'ADMIN' as const },
    { group: 'stint-directors', role: 'DIRECTOR' as const },
    { group: 'stint-pms', role: 'PM' as const },
  ];

  it('maps the first configured group the user has, or nothing', () => {
    expect(mapRole(['stint-pms', 'stint-admins'], map)).toBe('ADMIN');
    expect(mapRole(['stint-pms'], map)).toBe('PM');
    expect(mapRole(['everyone'], map)).toBeNull();
    expect(mapRole([], map)).toBeNull();
  });

  it('reads groups from arrays, strings and nested claims', () => {
    expect(groupsOf(['a', 1, 'b'])).toEqual(['a', 'b']);
    expect(groupsOf('a b,c')).toEqual(['a', 'b', 'c']);
    expect(groupsOf(undefined)).toEqual([]);
    expect(claimAt({ realm_access: { roles: ['x'] } }, 'realm_access.roles')).toEqual(['x']);
    expect(claimAt({ 'https://stint/groups': ['y'] }, 'https://stint/groups')).toEqual(['y']);
  });

  it('only redirects within the dashboard', () => {
    expect(safeNextPath('/requests/1?x=2')).toBe('/requests/1?x=2');
    expect(safeNextPath('//evil.example')).toBe('/');
    expect(safeNextPath('https://evil.example')).toBe('/');
    expect(safeNextPath('/\\evil.example')).toBe('/');
    expect(safeNextPath(undefined)).toBe('/');
  });
});
