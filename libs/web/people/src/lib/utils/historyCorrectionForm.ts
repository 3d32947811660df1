import { isIsoDate, type CareerLevel, type FieldProblem, type IsoDate } from '@stint/domain';

/** The correction form's values as typed; '' = leave that attribute as history holds it. */
export interface HistoryCorrectionValues {
  validFrom: string;
  validTo: string;
  departmentId: string;
  careerLevel: CareerLevel | '';
  onLeave: '' | 'yes' | 'no';
  reason: string;
}

export const EMPTY_CORRECTION: HistoryCorrectionValues = {
  validFrom: '',
  validTo: '',
  departmentId: '',
  careerLevel: '',
  onLeave: '',
  reason: '',
};

export const REASON_MAX = 1000;

/**
 * The rules correctPersonHistory states, checked before sending: a range from the hire up to
 * today at the latest, and at least one attribute to set. The server checks them again.
 */
export function validateHistoryCorrection(
  values: HistoryCorrectionValues,
  hiredOn: IsoDate,
  today: IsoDate,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const from = values.validFrom.trim();
  const to = values.validTo.trim();
  if (!isIsoDate(from))
    problems.push({ field: 'validFrom', message: 'Enter a real date as YYYY-MM-DD.' });
  else if (from < hiredOn)
    problems.push({ field: 'validFrom', message: 'Must be on or after the hire date.' });
  else if (from > today)
    problems.push({ field: 'validFrom', message: 'Must not be in the future.' });
  if (to) {
    if (!isIsoDate(to))
      problems.push({
        field: 'validTo',
        message: 'Enter a real date as YYYY-MM-DD, or leave it empty.',
      });
    else if (isIsoDate(from) && to <= from)
      problems.push({ field: 'validTo', message: 'Must be after the first day.' });
    else if (to > today)
      problems.push({
        field: 'validTo',
        message: 'Must not be in the future; leave it empty for up to now.',
      });
  }
  if (!values.departmentId && !values.careerLevel && !values.onLeave) {
    problems.push({
      field: 'departmentId',
      message: 'Choose a department, a career level or leave to correct.',
    });
  }
  if ([...values.reason.trim()].length > REASON_MAX)
    problems.push({ field: 'reason', message: `Must be at most ${REASON_MAX} characters.` });
  return problems;
}

/** The values as CorrectPersonHistoryInput (without personId and version). */
export function toHistoryCorrectionInput(values: HistoryCorrectionValues) {
  return {
    validFrom: values.validFrom.trim(),
    validTo: values.validTo.trim() || null,
    ...(values.departmentId ? { departmentId: values.departmentId } : {}),
    ...(values.careerLevel ? { careerLevel: values.careerLevel } : {}),
    ...(values.onLeave ? { onLeave: values.onLeave === 'yes' } : {}),
    reason: values.reason.trim() || null,
  };
}
