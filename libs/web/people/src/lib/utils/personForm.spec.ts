import {
  effectiveOnProblem,
  EMPTY_PERSON,
  toPersonInput,
  validatePersonForm,
  type PersonFormValues,
} from './personForm';

const VALID: PersonFormValues = {
  employeeNumber: 'E123',
  fullName: 'Ann Example',
  email: 'ann@example.com',
  departmentId: 'd1',
  careerLevel: 'PROJECT_MANAGER',
  pmSince: '2020-01-01',
  hiredOn: '2019-05-01',
  leftOn: '',
  onLeave: false,
};

describe('person form', () => {
  it('accepts a complete person', () => {
    expect(validatePersonForm(VALID)).toEqual([]);
    expect(toPersonInput(VALID).leftOn).toBeNull();
  });

  it('marks every missing field', () => {
    expect(validatePersonForm(EMPTY_PERSON).map((p) => p.field)).toEqual([
      'employeeNumber',
      'fullName',
      'email',
      'departmentId',
      'careerLevel',
      'pmSince',
      'hiredOn',
    ]);
  });

  it('checks dates and e-mail', () => {
    expect(
      validatePersonForm({ ...VALID, email: 'ann', hiredOn: '2019-02-30' }).map((p) => p.field),
    ).toEqual(['email', 'hiredOn']);
    expect(validatePersonForm({ ...VALID, leftOn: '2019-01-01' })).toEqual([
      { field: 'leftOn', message: 'Must be on or after the hire date.' },
    ]);
  });
});

describe('effective-on day of an edit', () => {
  it('accepts today and a backdated day from the hire on', () => {
    expect(effectiveOnProblem('2026-06-30', '2019-05-01', '2026-06-30')).toBeNull();
    expect(effectiveOnProblem(' 2019-05-01 ', '2019-05-01', '2026-06-30')).toBeNull();
  });

  it('refuses a day before the hire, in the future or not a date', () => {
    expect(effectiveOnProblem('2019-04-30', '2019-05-01', '2026-06-30')).toBe(
      'Must be on or after the hire date.',
    );
    expect(effectiveOnProblem('2026-07-01', '2019-05-01', '2026-06-30')).toMatch(/future/);
    expect(effectiveOnProblem('', '2019-05-01', '2026-06-30')).toBe(
      'Enter a real date as YYYY-MM-DD.',
    );
  });
});
