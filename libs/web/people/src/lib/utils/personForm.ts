import { isIsoDate, type CareerLevel, type FieldProblem } from '@stint/domain';

export interface PersonFormValues {
  employeeNumber: string;
  fullName: string;
  email: string;
  departmentId: string;
  careerLevel: CareerLevel | '';
  pmSince: string;
  hiredOn: string;
  leftOn: string;
  onLeave: boolean;
}

export const EMPTY_PERSON: PersonFormValues = {
  employeeNumber: '',
  fullName: '',
  email: '',
  departmentId: '',
  careerLevel: '',
  pmSince: '',
  hiredOn: '',
  leftOn: '',
  onLeave: false,
};

/**
 * The checks the API's CreatePersonInput states (lengths, dates, leftOn after hiredOn), run
 * before sending so most mistakes are marked without a round trip. Uniqueness needs the server.
 */
export function validatePersonForm(values: PersonFormValues): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const text = (field: keyof PersonFormValues, label: string, max: number) => {
    const value = String(values[field]).trim();
    if (!value) problems.push({ field, message: `Enter the ${label}.` });
    else if ([...value].length > max)
      problems.push({ field, message: `Must be at most ${max} characters.` });
  };
  text('employeeNumber', 'employee number', 32);
  text('fullName', 'full name', 200);
  text('email', 'e-mail address', 254);
  if (values.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email.trim())) {
    problems.push({ field: 'email', message: 'Enter an e-mail address like name@example.com.' });
  }
  if (!values.departmentId)
    problems.push({ field: 'departmentId', message: 'Choose a department.' });
  if (!values.careerLevel)
    problems.push({ field: 'careerLevel', message: 'Choose a career level.' });
  for (const field of ['pmSince', 'hiredOn'] as const) {
    if (!isIsoDate(values[field].trim()))
      problems.push({ field, message: 'Enter a real date as YYYY-MM-DD.' });
  }
  const leftOn = values.leftOn.trim();
  if (leftOn) {
    if (!isIsoDate(leftOn))
      problems.push({
        field: 'leftOn',
        message: 'Enter a real date as YYYY-MM-DD, or leave it empty.',
      });
    else if (isIsoDate(values.hiredOn.trim()) && leftOn < values.hiredOn.trim()) {
      problems.push({ field: 'leftOn', message: 'Must be on or after the hire date.' });
    }
  }
  return problems;
}

/** The values as CreatePersonInput. Call only after validatePersonForm found nothing. */
export function toPersonInput(values: PersonFormValues) {
  return {
    employeeNumber: values.employeeNumber.trim(),
    fullName: values.fullName.trim(),
    email: values.email.trim(),
    departmentId: values.departmentId,
    careerLevel: values.careerLevel as CareerLevel,
    pmSince: values.pmSince.trim(),
    hiredOn: values.hiredOn.trim(),
    leftOn: values.leftOn.trim() || null,
    onLeave: values.onLeave,
  };
}

/**
 * The edit form's "effective on" day, checked as updatePerson checks it: a real date between
 * the hire and today. Returns the message, or null when it is fine.
 */
export function effectiveOnProblem(value: string, hiredOn: string, today: string): string | null {
  const day = value.trim();
  if (!isIsoDate(day)) return 'Enter a real date as YYYY-MM-DD.';
  if (day > today) return 'Must not be in the future: record a change on the day it happens.';
  if (isIsoDate(hiredOn.trim()) && day < hiredOn.trim())
    return 'Must be on or after the hire date.';
  return null;
}
