import { act, fireEvent, screen } from '@testing-library/react';
import {
  AUTH_OPTIONS_QUERY,
  DEPARTMENTS_HEADCOUNT_QUERY,
  LOGIN_MUTATION,
} from '@stint/web-data-access';
import {
  createUser,
  currentLocation,
  loginAnswer,
  loginFailure,
  meAnswer,
  renderApp,
  type Mock,
} from '../../testing/renderApp';

const PASSWORD = 'stint-demo';

function fillIn(email: string, password: string) {
  fireEvent.change(screen.getByLabelText('E-mail'), { target: { value: email } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: password } });
}

async function signInAs(email: string, password = PASSWORD) {
  fillIn(email, password);
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
  });
}

/** Signed out, then a successful login, then `me` (refetched by resetStore) is the user. */
function successMocks(role: Parameters<typeof createUser>[0]): Mock[] {
  const user = createUser(role);
  return [meAnswer(null), loginAnswer(user.email, PASSWORD, user), meAnswer(user)];
}

async function openSignIn(path: string, mocks: Mock[], onOperation?: (name?: string) => void) {
  renderApp(path, mocks, { onOperation });
  await screen.findByRole('button', { name: 'Sign in' });
}

describe('SignInPage', () => {
  it('offers the company sign-in, and only it when passwords are off', async () => {
    renderApp('/sign-in?next=/people&oidc=disabled', [
      meAnswer(null),
      {
        request: { query: AUTH_OPTIONS_QUERY },
        result: {
          data: {
            authOptions: {
              __typename: 'AuthOptions',
              localLogin: false,
              oidcProviderName: 'Acme ID',
              oidcLoginUrl: '/auth/oidc/login',
            },
          },
        },
      },
    ]);
    const link = await screen.findByRole('link', { name: 'Sign in with Acme ID' });
    expect(link.getAttribute('href')).toBe('/auth/oidc/login?next=%2Fpeople');
    expect(screen.queryByLabelText('Password')).toBeNull();
    expect(screen.getByRole('alert').textContent).toMatch(/account is disabled/);
  });

  it('has the labelled fields and button the browser journeys rely on', async () => {
    await openSignIn('/sign-in', [meAnswer(null)]);
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
    expect(screen.getByLabelText('E-mail').getAttribute('autocomplete')).toBe('username');
    expect(screen.getByLabelText('Password').getAttribute('type')).toBe('password');
    expect(document.title).toBe('Sign in · Stint');
  });

  it('goes on to where the person was going after signing in', async () => {
    await openSignIn('/sign-in?next=/people%3Fsearch%3Dann', successMocks('HR'));
    await signInAs('hr@stint.example');
    expect(await screen.findByRole('heading', { level: 1, name: 'People' })).toBeTruthy();
    expect(currentLocation()).toBe('/people?search=ann');
  });

  it.each([
    ['PM', '/my-rotation', 'My rotation'],
    ['HR', '/coverage', 'Coverage'],
    ['DIRECTOR', '/planning', 'Planning'],
    ['ADMIN', '/coverage', 'Coverage'],
  ] as const)('sends %s to %s without a next', async (role, path, heading) => {
    const mocks = successMocks(role);
    if (heading === 'Coverage') {
      mocks.push({
        request: { query: DEPARTMENTS_HEADCOUNT_QUERY },
        result: { data: { departments: [] } },
      });
    }
    await openSignIn('/sign-in', mocks);
    await signInAs(createUser(role).email);
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeTruthy();
    expect(currentLocation()).toBe(path);
  });

  it.each([
    ['/sign-in?next=//evil.example'],
    ['/sign-in?next=https://evil.example/staffing'],
    ['/sign-in?next=%2F%2Fevil.example'],
    ['/sign-in?next=/%5Cevil.example'],
  ])('ignores an open-redirect attempt (%s) and goes to the role home', async (path) => {
    await openSignIn(path, successMocks('PM'));
    await signInAs('pm@stint.example');
    expect(await screen.findByRole('heading', { level: 1, name: 'My rotation' })).toBeTruthy();
    expect(currentLocation()).toBe('/my-rotation');
  });

  it('says when the e-mail or password is not right', async () => {
    await openSignIn('/sign-in', [
      meAnswer(null),
      loginFailure('hr@stint.example', 'wrong', 'The e-mail or password is not right', {
        code: 'UNAUTHENTICATED',
      }),
    ]);
    await signInAs('hr@stint.example', 'wrong');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('The e-mail or password is not right.');
    expect(currentLocation()).toBe('/sign-in');
    expect((screen.getByRole('button', { name: 'Sign in' }) as HTMLButtonElement).disabled).toBe(
      false,
    );
  });

  it('passes on how long to wait after too many attempts', async () => {
    const message = 'Too many attempts to sign in. Try again in 15 minutes.';
    await openSignIn('/sign-in', [
      meAnswer(null),
      loginFailure('hr@stint.example', 'wrong', message, {
        code: 'UNAUTHENTICATED',
        reason: 'RATE_LIMITED',
      }),
    ]);
    await signInAs('hr@stint.example', 'wrong');
    expect((await screen.findByRole('alert')).textContent).toBe(message);
  });

  it('puts validation messages on the fields', async () => {
    await openSignIn('/sign-in', [
      meAnswer(null),
      loginFailure('hr@stint.example', '', 'Bad input', {
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'password', message: 'Enter your password.' }],
      }),
    ]);
    await signInAs('hr@stint.example', '');

    expect((await screen.findByRole('alert')).textContent).toBe(
      'Check the fields marked below and try again.',
    );
    const password = screen.getByLabelText('Password');
    expect(password.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(password.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Error: Enter your password.',
    );
  });

  it('explains a network failure without the raw error', async () => {
    await openSignIn('/sign-in', [
      meAnswer(null),
      {
        request: {
          query: LOGIN_MUTATION,
          variables: { email: 'hr@stint.example', password: PASSWORD },
        },
        error: new TypeError('Failed to fetch'),
      },
    ]);
    await signInAs('hr@stint.example');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Could not reach the Stint server. Check your connection and try again.',
    );
  });

  it('sends one login for a double click', async () => {
    const operations: Array<string | undefined> = [];
    await openSignIn('/sign-in', successMocks('HR'), (name) => operations.push(name));
    fillIn('hr@stint.example', PASSWORD);
    const button = screen.getByRole('button', { name: 'Sign in' });
    const form = button.closest('form')!;

    await act(async () => {
      fireEvent.click(button);
      fireEvent.click(button);
      fireEvent.submit(form);
    });

    await screen.findByRole('heading', { level: 1, name: 'Coverage' });
    expect(operations.filter((name) => name === 'Login')).toHaveLength(1);
  });

  it('disables the button while signing in', async () => {
    await openSignIn('/sign-in', successMocks('HR'));
    fillIn('hr@stint.example', PASSWORD);
    const button = screen.getByRole('button', { name: 'Sign in' }) as HTMLButtonElement;
    fireEvent.click(button);
    expect(button.disabled).toBe(true);
    await act(async () => undefined);
  });

  it('tells the person their session ended', async () => {
    await openSignIn('/sign-in?next=/staffing&expired=1', [meAnswer(null)]);
    expect(screen.getByText('Your session has ended. Please sign in again.')).toBeTruthy();
  });

  it('sends a visitor who is already signed in on, without a loop', async () => {
    renderApp('/sign-in?next=/people', [meAnswer(createUser('DIRECTOR'))]);
    expect(await screen.findByRole('heading', { level: 1, name: 'People' })).toBeTruthy();
    expect(currentLocation()).toBe('/people');
  });

  it('says so when the browser did not keep the session cookie', async () => {
    const user = createUser('HR');
    await openSignIn('/sign-in', [
      meAnswer(null),
      loginAnswer(user.email, PASSWORD, user),
      meAnswer(null),
    ]);
    await signInAs(user.email);
    expect((await screen.findByRole('alert')).textContent).toMatch(/did not keep the session/);
    expect(currentLocation()).toBe('/sign-in');
  });
});
