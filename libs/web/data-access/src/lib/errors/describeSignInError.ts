import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describeError } from './describeError';
import { firstCodedExtensions } from './errorCodes';

/** What the sign-in form shows after a failed attempt: one sentence, and messages per field. */
export interface SignInFailure {
  message: string;
  /** Keyed by field name (`email`, `password`). */
  fieldErrors: Readonly<Record<string, string>>;
}

export const WRONG_CREDENTIALS = 'The e-mail or password is not right.';
export const RATE_LIMITED_FALLBACK =
  'There have been too many attempts to sign in. Wait a few minutes and try again.';
export const CHECK_FIELDS = 'Check the fields marked below and try again.';

interface FieldProblem {
  field: string;
  message: string;
}

function fieldProblems(value: unknown): FieldProblem[] {
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
 * Turns a failed `login` into words. The server's own message is shown only where it is written
 * for people: the rate-limit message (it says how long to wait) and per-field validation
 * messages. Everything else is a fixed sentence, so no internal detail ever reaches the screen.
 */
export function describeSignInError(error: unknown): SignInFailure {
  const extensions = firstCodedExtensions(error);
  if (extensions?.code === 'UNAUTHENTICATED') {
    if (extensions['reason'] === 'RATE_LIMITED') {
      const serverMessage = CombinedGraphQLErrors.is(error)
        ? error.errors.find((e) => e.extensions?.['reason'] === 'RATE_LIMITED')?.message?.trim()
        : undefined;
      return { message: serverMessage || RATE_LIMITED_FALLBACK, fieldErrors: {} };
    }
    return { message: WRONG_CREDENTIALS, fieldErrors: {} };
  }
  if (extensions?.code === 'BAD_USER_INPUT') {
    const fieldErrors: Record<string, string> = {};
    // `input.email` and `email` both name the e-mail field.
    for (const { field, message } of fieldProblems(extensions['fields'])) {
      const name = field.split('.').pop() ?? field;
      fieldErrors[name] ??= message;
    }
    return { message: CHECK_FIELDS, fieldErrors };
  }
  return { message: describeError(error) ?? WRONG_CREDENTIALS, fieldErrors: {} };
}
