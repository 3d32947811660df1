import { mayManagePmo } from './access';

describe('mayManagePmo', () => {
  const directors = [{ id: 'u-dir' }];
  it('lets an admin manage any PMO and a director only the PMOs listing them', () => {
    expect(mayManagePmo({ id: 'u-admin', role: 'ADMIN' }, [])).toBe(true);
    expect(mayManagePmo({ id: 'u-dir', role: 'DIRECTOR' }, directors)).toBe(true);
    expect(mayManagePmo({ id: 'u-other', role: 'DIRECTOR' }, directors)).toBe(false);
    expect(mayManagePmo({ id: 'u-dir', role: 'HR' }, directors)).toBe(false);
    expect(mayManagePmo(null, directors)).toBe(false);
  });
});
