import {
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
