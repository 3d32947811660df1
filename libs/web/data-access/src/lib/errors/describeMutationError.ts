import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describeError } from './describeError';
import { firstCodedExtensions } from './errorCodes';

/** What a form shows after a failed mutation: one sentence, the reason, and messages per field. */
export interface MutationFailure {
  message: string;
  /** `extensions.code`, e.g. CONFLICT, when the server gave one. */
  code: string | undefined;
  /** `extensions.reason` of a CONFLICT, e.g. AWAY_CAP or STALE. */
  reason: string | undefined;
  /** Keyed by the input field's last name segment (`input.email` → `email`). */
  fieldErrors: Readonly<Record<string, string>>;
}

// Fixed sentences per conflict: the server's own text is added only where it is a domain sentence
// written for people (the failing eligibility rules), never an internal detail.
const CONFLICTS: Readonly<Record<string, string>> = {
  PERSON_OVERLAP: 'This person already has a rotation that overlaps that window.',
  SEAT_OVERLAP: 'Someone already holds this seat during part of that window.',
  SEAT_WINDOW: 'That window lies outside the dates the seat is open.',
  AWAY_CAP: 'This would take the home department over its away cap.',
  NOT_ELIGIBLE: 'The person is not eligible for that window.',
  ALREADY_DECIDED: 'This request has already been decided or withdrawn. Reload to see its status.',
  DUPLICATE: 'A record with this value already exists.',
  STALE:
    'Someone else changed this since you opened it. Reload to see their change, then try again.',
  IN_USE: 'It is still in use, so it cannot be changed that way.',
};

const WITH_SERVER_DETAIL = new Set(['AWAY_CAP', 'NOT_ELIGIBLE']);
// Reasons whose server message is a whole sentence for people that says more than ours
// (SEAT_WINDOW names the rotation a seat's new window would leave outside it).
const SERVER_SENTENCE = new Set(['SEAT_WINDOW']);

export const CHECK_FIELDS_MESSAGE = 'Check the fields marked below and try again.';

function fieldProblems(value: unknown): Array<{ field: string; message: string }> {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { field, message } = item as Record<string, unknown>;
    return typeof field === 'string' && typeof message === 'string' && message.trim()
      ? [{ field, message: message.trim() }]
      : [];
  });
}

/**
 * Turns a failed mutation into words for a form: BAD_USER_INPUT becomes messages beside fields,
 * CONFLICT a sentence for its reason, anything else describeError's sentence.
 */
export function describeMutationError(error: unknown): MutationFailure {
  const extensions = firstCodedExtensions(error);
  const code = extensions?.code;
  const reason = typeof extensions?.['reason'] === 'string' ? extensions['reason'] : undefined;
  if (code === 'BAD_USER_INPUT') {
    const fieldErrors: Record<string, string> = {};
    for (const { field, message } of fieldProblems(extensions?.['fields'])) {
      const name = field.split('.').pop() ?? field;
      fieldErrors[name] ??= message;
    }
    const message =
      Object.keys(fieldErrors).length > 0
        ? CHECK_FIELDS_MESSAGE
        : 'Some of the values are not valid. Check them and try again.';
    return { message, code, reason, fieldErrors };
  }
  if (code === 'CONFLICT') {
    let message = (reason && CONFLICTS[reason]) ?? CONFLICTS['STALE'];
    if (reason && SERVER_SENTENCE.has(reason) && CombinedGraphQLErrors.is(error)) {
      const sentence = error.errors.find((e) => e.extensions?.['reason'] === reason)?.message;
      if (sentence?.trim())
        message = /[.!?]$/.test(sentence.trim()) ? sentence.trim() : `${sentence.trim()}.`;
    }
    if (reason && WITH_SERVER_DETAIL.has(reason) && CombinedGraphQLErrors.is(error)) {
      const detail = error.errors.find((e) => e.extensions?.['reason'] === reason)?.message?.trim();
      if (detail) message = `${message} ${detail.replace(/^Not eligible:\s*/, '')}`;
    }
    return { message, code, reason, fieldErrors: {} };
  }
  return {
    message: describeError(error) ?? 'Something went wrong. Try again.',
    code,
    reason,
    fieldErrors: {},
  };
}
