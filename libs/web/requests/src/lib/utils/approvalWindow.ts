import {
  validateAssignmentWindow,
  windowEnd,
  type FieldProblem,
  type IsoDate,
} from '@stint/domain';

/** The window a director is about to approve: start as typed, a whole number of months. */
export interface ApprovalWindowValues {
  startsOn: string;
  months: string;
}

export interface ApprovalWindow {
  startsOn: IsoDate;
  endsOn: IsoDate;
  months: number;
}

/** The suggested start: the PM's earliest start, or today when that has passed. */
export function suggestedApprovalStart(earliestStart: IsoDate, today: IsoDate): IsoDate {
  return earliestStart < today ? today : earliestStart;
}

/** The window, or the problems with it (same rule as the server's). */
export function readApprovalWindow(
  values: ApprovalWindowValues,
  today: IsoDate,
): { window: ApprovalWindow | null; problems: FieldProblem[] } {
  const months = Number(values.months);
  if (!Number.isInteger(months) || months < 1) {
    return {
      window: null,
      problems: [{ field: 'months', message: 'Enter a whole number of months.' }],
    };
  }
  let endsOn = '';
  try {
    endsOn = windowEnd(values.startsOn.trim(), months);
  } catch {
    endsOn = '';
  }
  const problems = validateAssignmentWindow(
    { startsOn: values.startsOn.trim(), endsOn: endsOn || values.startsOn },
    today,
  );
  if (problems.length > 0 || !endsOn) return { window: null, problems };
  return { window: { startsOn: values.startsOn.trim(), endsOn, months }, problems: [] };
}

/** True when AWAY_CAP is the only failing rule: the one case a director may override. */
export function onlyAwayCapFails(
  failing: ReadonlyArray<{ code: string; passed?: boolean }>,
): boolean {
  const failed = failing.filter((r) => r.passed !== true);
  return failed.length === 1 && failed[0].code === 'AWAY_CAP';
}
