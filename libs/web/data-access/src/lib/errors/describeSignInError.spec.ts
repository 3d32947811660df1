/**
 * @jest-environment node
 */
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import {
  CHECK_FIELDS,
  RATE_LIMITED_FALLBACK,
  WRONG_CREDENTIALS,
  describeSignInError,
} from './describeSignInError';

function graphQLError(message: string, extensions: Record<string, unknown>) {
  return new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions }] });
}

describe('describeSignInError', () => {
  it('says the e-mail or password is not right, in its own words', () => {
    const failure = describeSignInError(
      graphQLError('The e-mail or password is not right', { code: 'UNAUTHENTICATED' }),
    );
    expect(failure).toEqual({ message: WRONG_CREDENTIALS, fieldErrors: {} });
  });

  it("shows the server's rate-limit message, which says how long to wait", () => {
    const failure = describeSignInError(
      graphQLError('Too many attempts. Try again in 15 minutes.', {
        code: 'UNAUTHENTICATED',
        reason: 'RATE_LIMITED',
      }),
    );
    expect(failure.message).toBe('Too many attempts. Try again in 15 minutes.');
  });

  it('has its own rate-limit sentence when the server gives none', () => {
    const failure = describeSignInError(
      graphQLError(' ', { code: 'UNAUTHENTICATED', reason: 'RATE_LIMITED' }),
    );
    expect(failure.message).toBe(RATE_LIMITED_FALLBACK);
  });

  it('puts validation messages on their fields', () => {
    const failure = describeSignInError(
      graphQLError('Bad input', {
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'password', message: 'Enter your password' },
          { field: 'input.email', message: 'Enter an e-mail address' },
          { field: 'password', message: 'second message for the same field' },
          { nonsense: true },
        ],
      }),
    );
    expect(failure).toEqual({
      message: CHECK_FIELDS,
      fieldErrors: { password: 'Enter your password', email: 'Enter an e-mail address' },
    });
  });

  it('explains a network failure without the raw error', () => {
    const failure = describeSignInError(new TypeError('Failed to fetch'));
    expect(failure.message).toMatch(/Could not reach the Stint server/);
    expect(failure.message).not.toMatch(/Failed to fetch/);
  });

  it('never shows an internal server message', () => {
    const failure = describeSignInError(
      graphQLError('relation "user" does not exist', { code: 'INTERNAL_SERVER_ERROR' }),
    );
    expect(failure.message).not.toMatch(/relation/);
    expect(failure.message).toMatch(/could not answer/);
  });
});
