import { isIsoDate, type FieldProblem, type SeatRole } from '@stint/domain';

/** SEAT_TITLE_MAX of the API's seat inputs. */
export const SEAT_TITLE_MAX = 200;

export interface SeatFormValues {
  title: string;
  role: SeatRole | '';
  opensOn: string;
  /** Empty: open-ended. */
  closesOn: string;
}

export const EMPTY_SEAT: SeatFormValues = { title: '', role: '', opensOn: '', closesOn: '' };

/** The checks CreateSeatInput / UpdateSeatInput and the seat window rule apply. */
export function validateSeatForm(values: SeatFormValues): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const title = values.title.trim();
  if (!title) problems.push({ field: 'title', message: 'Enter a title for the seat.' });
  else if ([...title].length > SEAT_TITLE_MAX)
    problems.push({ field: 'title', message: `Must be at most ${SEAT_TITLE_MAX} characters.` });
  if (!values.role) problems.push({ field: 'role', message: 'Choose the seat’s role.' });
  const opensOn = values.opensOn.trim();
  const closesOn = values.closesOn.trim();
  if (!isIsoDate(opensOn))
    problems.push({ field: 'opensOn', message: 'Enter a real date as YYYY-MM-DD.' });
  if (closesOn) {
    if (!isIsoDate(closesOn))
      problems.push({
        field: 'closesOn',
        message: 'Enter a real date as YYYY-MM-DD, or leave it empty for an open-ended seat.',
      });
    else if (isIsoDate(opensOn) && closesOn < opensOn)
      problems.push({ field: 'closesOn', message: 'Must be on or after the opening date.' });
  }
  return problems;
}

/** The values as CreateSeatInput without `pmoId`, or the changing part of UpdateSeatInput. */
export function toSeatInput(values: SeatFormValues) {
  return {
    title: values.title.trim(),
    role: values.role as SeatRole,
    opensOn: values.opensOn.trim(),
    closesOn: values.closesOn.trim() || null,
  };
}

/** Checks a closing date for "close this seat": a real date, not before it opened. */
export function validateClosingDate(closesOn: string, opensOn: string): FieldProblem[] {
  const day = closesOn.trim();
  if (!isIsoDate(day)) return [{ field: 'closesOn', message: 'Enter a real date as YYYY-MM-DD.' }];
  if (day < opensOn)
    return [{ field: 'closesOn', message: `Must be on or after the opening date (${opensOn}).` }];
  return [];
}

/** Whether a seat's window contains `day`. */
export function seatOpenOn(seat: { opensOn: string; closesOn: string | null }, day: string) {
  return seat.opensOn <= day && (seat.closesOn === null || seat.closesOn >= day);
}
