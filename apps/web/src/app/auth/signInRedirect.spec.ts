import { afterSignInPath, safeNextPath, signInPathFor } from './signInRedirect';

describe('safeNextPath', () => {
  it.each([
    ['/staffing', '/staffing'],
    ['/people?search=ann&level=PROJECT_MANAGER', '/people?search=ann&level=PROJECT_MANAGER'],
    ['/coverage#trend', '/coverage#trend'],
    ['/a/../staffing', '/staffing'],
  ])('keeps the same-origin path %s', (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });

  it.each([
    [null],
    [''],
    ['staffing'],
    ['//evil.example'],
    ['//evil.example/staffing'],
    ['https://evil.example/staffing'],
    ['http:/evil.example'],
    ['javascript:alert(1)'],
    ['/\\evil.example'],
    ['/\t/evil.example'],
    ['/\n/evil.example'],
    ['/sign-in'],
    ['/sign-in?next=/staffing'],
  ])('refuses %j', (next) => {
    expect(safeNextPath(next)).toBeNull();
  });
});

describe('afterSignInPath', () => {
  it('goes where the person was going', () => {
    expect(afterSignInPath('HR', '/people?search=ann')).toBe('/people?search=ann');
  });

  it.each([
    ['PM', '/my-rotation'],
    ['HR', '/coverage'],
    ['DIRECTOR', '/planning'],
    ['ADMIN', '/coverage'],
  ] as const)('falls back to the home of %s', (role, home) => {
    expect(afterSignInPath(role, null)).toBe(home);
    expect(afterSignInPath(role, '//evil.example')).toBe(home);
    expect(afterSignInPath(role, 'https://evil.example/')).toBe(home);
  });

  it('does not send a role to a screen it may not open', () => {
    expect(afterSignInPath('PM', '/staffing')).toBe('/my-rotation');
    expect(afterSignInPath('DIRECTOR', '/settings')).toBe('/planning');
  });
});

describe('signInPathFor', () => {
  it('carries where the person was going, slashes readable', () => {
    expect(signInPathFor('/staffing')).toBe('/sign-in?next=/staffing');
    expect(signInPathFor('/people?search=a&b=c')).toBe(
      '/sign-in?next=/people%3Fsearch%3Da%26b%3Dc',
    );
  });

  it('says when the session ended', () => {
    expect(signInPathFor('/staffing', { expired: true })).toBe('/sign-in?next=/staffing&expired=1');
  });

  it('leaves out a next that is home, unsafe or missing', () => {
    expect(signInPathFor('/')).toBe('/sign-in');
    expect(signInPathFor('//evil.example')).toBe('/sign-in');
    expect(signInPathFor(null, { expired: true })).toBe('/sign-in?expired=1');
  });

  it('round-trips through URLSearchParams', () => {
    const path = signInPathFor('/people?search=a&b=c');
    const next = new URLSearchParams(path.split('?')[1]).get('next');
    expect(next).toBe('/people?search=a&b=c');
  });
});
