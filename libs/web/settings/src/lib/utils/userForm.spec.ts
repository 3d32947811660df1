import { toCreateUserInput, validateUserForm } from './userForm';

const VALID = {
  email: 'new@stint.example',
  displayName: 'New Person',
  password: 'a-long-password',
  role: 'HR' as const,
  personId: '',
};

describe('user form', () => {
  it('accepts a complete account', () => {
    expect(validateUserForm(VALID)).toEqual([]);
    expect(toCreateUserInput(VALID)).not.toHaveProperty('personId');
  });

  it('needs a person for a PM and a long password', () => {
    expect(
      validateUserForm({ ...VALID, role: 'PM', password: 'short' }).map((p) => p.field),
    ).toEqual(['password', 'personId']);
  });
});
