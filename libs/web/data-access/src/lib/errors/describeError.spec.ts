/**
 * @jest-environment node
 */
import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { describeError } from './describeError';

function graphQLErrors(...codes: Array<string | undefined>): CombinedGraphQLErrors {
  return new CombinedGraphQLErrors({
    data: null,
    errors: codes.map((code) => ({
      message: 'internal detail: select * from person',
      extensions: code ? { code } : {},
    })),
  });
}

function serverError(status: number): ServerError {
  return new ServerError('Response not successful', {
    response: new Response('<html>stack trace</html>', { status }),
    bodyText: '<html>stack trace</html>',
  });
}

describe('describeError', () => {
  it('is undefined when there is no error', () => {
    expect(describeError(undefined)).toBeUndefined();
    expect(describeError(null)).toBeUndefined();
  });

  it.each([
    ['UNAUTHENTICATED', /signed out/],
    ['FORBIDDEN', /role does not give you access/],
    ['NOT_FOUND', /could not find/],
    ['BAD_USER_INPUT', /filters are not valid/],
    ['CONFLICT', /changed this at the same time/],
  ])('explains a %s error in words', (code, expected) => {
    expect(describeError(graphQLErrors(code))).toMatch(expected);
  });

  it('uses the first error that has a known code', () => {
    expect(describeError(graphQLErrors(undefined, 'FORBIDDEN'))).toMatch(/access/);
  });

  it('never shows the raw server message', () => {
    const message = describeError(graphQLErrors('INTERNAL_SERVER_ERROR'));
    expect(message).toMatch(/could not answer/);
    expect(message).not.toMatch(/select/);
  });

  it('reads HTTP statuses', () => {
    expect(describeError(serverError(401))).toMatch(/signed out/);
    expect(describeError(serverError(403))).toMatch(/access/);
    expect(describeError(serverError(502))).toBe(
      'The Stint server could not answer just now. Try again in a moment. (HTTP 502)',
    );
  });

  it('explains an unreadable response and an unreachable server', () => {
    const parseError = new ServerParseError(new SyntaxError('Unexpected token <'), {
      response: new Response('<html>', { status: 200 }),
      bodyText: '<html>',
    });
    expect(describeError(parseError)).toMatch(/could not answer/);
    expect(describeError(new TypeError('Failed to fetch'))).toMatch(/Could not reach/);
  });
});
