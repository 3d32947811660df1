import type { FieldProblem, UserRole } from '@stint/domain';

export interface UserFormValues {
  email: string;
  displayName: string;
  password: string;
  role: UserRole;
  personId: string;
}

export const PASSWORD_MIN_LENGTH = 12;

/** What CreateUserInput states: an e-mail, a name, a 12-character password, a person for a PM. */
export function validateUserForm(values: UserFormValues): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email.trim())) {
    problems.push({ field: 'email', message: 'Enter an e-mail address like name@example.com.' });
  }
  if (!values.displayName.trim())
    problems.push({ field: 'displayName', message: 'Enter the name shown in Stint.' });
  if (values.password.length < PASSWORD_MIN_LENGTH || values.password.length > 1024) {
    problems.push({
      field: 'password',
      message: `Use ${PASSWORD_MIN_LENGTH} to 1,024 characters.`,
    });
  }
  if (values.role === 'PM' && !values.personId) {
    problems.push({
      field: 'personId',
      message: 'Choose the person record of this project manager.',
    });
  }
  return problems;
}

export function toCreateUserInput(values: UserFormValues) {
  return {
    email: values.email.trim(),
    displayName: values.displayName.trim(),
    password: values.password,
    role: values.role,
    ...(values.role === 'PM' ? { personId: values.personId } : {}),
  };
}
