import {
  addMonths,
  PMO_SCOPES,
  validateRotationRequestInput,
  windowEnd,
  type DevelopmentGoal,
  type FieldProblem,
  type IsoDate,
  type PmoScope,
} from '@stint/domain';

/** What the form holds while the PM types: strings as typed, goals as ticked. */
export interface RequestFormValues {
  goals: DevelopmentGoal[];
  /** '' (no preference), 'scope:PROGRAM' or 'pmo:<id>'. */
  preference: string;
  earliestStart: string;
  durationMonths: string;
  motivation: string;
}

export interface SubmitInput {
  goals: DevelopmentGoal[];
  preferredScope?: PmoScope;
  preferredPmoId?: string;
  earliestStart: string;
  durationMonths: number;
  motivation: string;
}

/** The first day of next month: a sensible earliest start to suggest. */
export function suggestedStart(today: IsoDate): IsoDate {
  return `${addMonths(today, 1).slice(0, 7)}-01`;
}

export function initialValues(today: IsoDate, minMonths: number): RequestFormValues {
  return {
    goals: [],
    preference: '',
    earliestStart: suggestedStart(today),
    durationMonths: String(minMonths),
    motivation: '',
  };
}

/** The form's values as the API input. */
export function toSubmitInput(values: RequestFormValues): SubmitInput {
  const input: SubmitInput = {
    goals: values.goals,
    earliestStart: values.earliestStart.trim(),
    durationMonths: Number(values.durationMonths),
    motivation: values.motivation,
  };
  const [kind, value] = values.preference.split(':');
  if (kind === 'scope' && (PMO_SCOPES as readonly string[]).includes(value)) {
    input.preferredScope = value as PmoScope;
  } else if (kind === 'pmo' && value) {
    input.preferredPmoId = value;
  }
  return input;
}

/** Every problem with the form, from the same rule the server applies. */
export function validateRequestForm(
  values: RequestFormValues,
  policy: { minDurationMonths: number; maxDurationMonths: number },
  today: IsoDate,
): FieldProblem[] {
  return validateRotationRequestInput(toSubmitInput(values), policy, today);
}

/** The last day of the window the form describes, when it describes one. */
export function formWindowEnd(values: RequestFormValues): IsoDate | null {
  const months = Number(values.durationMonths);
  try {
    return Number.isInteger(months) && months > 0
      ? windowEnd(values.earliestStart.trim(), months)
      : null;
  } catch {
    return null;
  }
}
