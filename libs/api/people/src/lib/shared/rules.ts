/**
 * The rules for department and person fields, in one place: the GraphQL inputs, the services
 * and the CSV import all check against these so the three cannot drift apart.
 */
import { CAREER_LEVELS, isIsoDate, type CareerLevel } from '@stint/domain';

export const DEPARTMENT_CODE_PATTERN = /^[A-Z0-9][A-Z0-9_-]{0,15}$/;
export const DEPARTMENT_NAME_MAX = 200;

export const EMPLOYEE_NUMBER_MAX = 32;
export const FULL_NAME_MAX = 200;
export const EMAIL_MAX = 254;
/** One @, no spaces, a dot in the domain: what HR systems hold; the table checks a looser form. */
export const EMAIL_PATTERN = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export function isCareerLevel(value: string): value is CareerLevel {
  return (CAREER_LEVELS as readonly string[]).includes(value);
}

/** The message for a left-before-hired pair, or null when the pair is fine. */
export function leftOnProblem(hiredOn: string, leftOn: string | null): string | null {
  if (leftOn === null || !isIsoDate(hiredOn) || !isIsoDate(leftOn)) return null;
  return leftOn < hiredOn ? `leftOn (${leftOn}) must be on or after hiredOn (${hiredOn})` : null;
}

/**
 * The message for a date a change takes effect on that history cannot hold, or null when it is
 * fine: history starts at the hire, and a change is recorded when it happens — the person row
 * carries the current values, so a future-dated change would make it wrong until that day.
 */
export function effectiveDateProblem(
  field: string,
  date: string,
  hiredOn: string,
  today: string,
): string | null {
  if (!isIsoDate(date)) return `${field} must be a real date written YYYY-MM-DD (got "${date}")`;
  if (date > today)
    return `${field} (${date}) is in the future; record a change on or before today (${today})`;
  if (date < hiredOn) return `${field} (${date}) is before the person was hired (${hiredOn})`;
  return null;
}
