import type { IsoDate } from '../dates';
import { isIsoDate } from '../dates';
import { formatDay } from '../eligibility/labels';
import type { FieldProblem } from './field-problem';

/**
 * The shape of an assignment's dates: real days, inclusive, not ending before they start. Given
 * `today`, a new assignment may also not start in the past (history is imported, not assigned).
 * Whether the window suits the person and seat is eligibility's job, not this.
 */
export function validateAssignmentWindow(
  window: { startsOn: string; endsOn: string },
  today?: IsoDate,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const startsOk = isIsoDate(window.startsOn);
  const endsOk = isIsoDate(window.endsOn);
  if (!startsOk) problems.push({ field: 'startsOn', message: 'Enter a real date as YYYY-MM-DD.' });
  if (!endsOk) problems.push({ field: 'endsOn', message: 'Enter a real date as YYYY-MM-DD.' });
  if (startsOk && today !== undefined && window.startsOn < today) {
    problems.push({ field: 'startsOn', message: `Must be today (${formatDay(today)}) or later.` });
  }
  if (startsOk && endsOk && window.endsOn < window.startsOn) {
    problems.push({
      field: 'endsOn',
      message: `Must be on or after the start (${formatDay(window.startsOn)}).`,
    });
  }
  return problems;
}
