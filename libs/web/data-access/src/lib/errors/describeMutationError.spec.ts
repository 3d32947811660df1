/**
 * @jest-environment node
 */
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { CHECK_FIELDS_MESSAGE, describeMutationError } from './describeMutationError';

function failure(message: string, extensions: Record<string, unknown>) {
  return new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions }] });
}

describe('describeMutationError', () => {
  it('puts BAD_USER_INPUT messages on their fields', () => {
    const result = describeMutationError(
      failure('Bad input', {
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'input.email', message: 'Already used' },
          { field: 'fullName', message: 'Too long' },
        ],
      }),
    );
    expect(result.message).toBe(CHECK_FIELDS_MESSAGE);
    expect(result.fieldErrors).toEqual({ email: 'Already used', fullName: 'Too long' });
  });

  it('names a STALE conflict in words and keeps the reason', () => {
    const result = describeMutationError(
      failure('stale row 42', { code: 'CONFLICT', reason: 'STALE' }),
    );
    expect(result.reason).toBe('STALE');
    expect(result.message).toMatch(/changed this since you opened it/);
    expect(result.message).not.toMatch(/row 42/);
  });

  it('adds the failing rules to NOT_ELIGIBLE', () => {
    const result = describeMutationError(
      failure('Not eligible: Needs 24 months as a PM; has 17.', {
        code: 'CONFLICT',
        reason: 'NOT_ELIGIBLE',
      }),
    );
    expect(result.message).toBe(
      'The person is not eligible for that window. Needs 24 months as a PM; has 17.',
    );
  });

  it('shows the SEAT_WINDOW sentence that names the rotation in the way', () => {
    const result = describeMutationError(
      failure(
        "The rotation of Ada Byron from 2030-03-01 to 2030-12-31 would lie outside the seat's window",
        { code: 'CONFLICT', reason: 'SEAT_WINDOW' },
      ),
    );
    expect(result.reason).toBe('SEAT_WINDOW');
    expect(result.message).toBe(
      "The rotation of Ada Byron from 2030-03-01 to 2030-12-31 would lie outside the seat's window.",
    );
  });

  it('falls back to describeError for anything else', () => {
    expect(describeMutationError(new TypeError('Failed to fetch')).message).toMatch(
      /Could not reach/,
    );
  });
});
