import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { DEPARTMENTS_HEADCOUNT_QUERY, LOGOUT_MUTATION, ME_QUERY } from '@stint/web-data-access';
import {
  createUser,
  currentLocation,
  loginAnswer,
  logoutAnswer,
  meAnswer,
  renderApp,
  type Mock,
} from '../testing/renderApp';
import { SCREENS } from './screens';
import { openDataTable } from '@stint/web-ui/testing';

const departments = (list: Array<{ id: string; name: string; headcount: number }>): Mock => ({
  request: { query: DEPARTMENTS_HEADCOUNT_QUERY },
  result: {
    data: {
      departments: list.map((d) => ({
        __typename: 'Department',
        code: d.id.toUpperCase(),
        ...d,
      })),
    },
  },
});

const navHrefs = () =>
  within(screen.getByRole('navigation', { name: 'Main' }))
    .getAllByRole('link')
    .map((link) => link.getAttribute('href'));

describe('signed out', () => {
  it('shows an accessible loading state while the session is checked', async () => {
    renderApp('/staffing', [meAnswer(null)]);
    expect(screen.getByRole('status').textContent).toBe('Checking your session…');
    await screen.findByRole('button', { name: 'Sign in' });
  });

  it('sends a visit to /staffing to sign in, remembering where it was going', async () => {
    const operations: Array<string | undefined> = [];
    renderApp('/staffing?from=mail', [meAnswer(null)], {
      onOperation: (name) => operations.push(name),
    });

    await screen.findByRole('button', { name: 'Sign in' });
    expect(currentLocation()).toBe('/sign-in?next=/staffing%3Ffrom%3Dmail');
    expect(screen.getByLabelText('E-mail')).toBeTruthy();
    expect(screen.queryByText('Your session has ended. Please sign in again.')).toBeNull();
    // Nothing protected was asked for (AuthOptions is public: how to sign in).
    expect(operations.filter((name) => name !== 'AuthOptions')).toEqual(['Me']);
  });

  it('explains a server it cannot reach and tries again', async () => {
    renderApp('/staffing', [
      { request: { query: ME_QUERY }, error: new TypeError('Failed to fetch') },
      meAnswer(null),
    ]);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Could not reach the Stint server/);
    expect(alert.textContent).not.toMatch(/Failed to fetch/);

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    });
    await screen.findByRole('button', { name: 'Sign in' });
  });
});

describe('navigation by role', () => {
  it.each([
    ['PM', ['/coverage', '/outcomes', '/my-rotation']],
    ['HR', ['/coverage', '/staffing', '/outcomes', '/people', '/audit']],
    [
      'DIRECTOR',
      ['/coverage', '/staffing', '/outcomes', '/planning', '/requests', '/pmos', '/people'],
    ],
    ['ADMIN', SCREENS.filter((s) => s.inNavigation !== false).map((s) => s.path)],
  ] as const)('shows %s only their screens', async (role, paths) => {
    renderApp('/coverage', [meAnswer(createUser(role))]);
    await screen.findByRole('navigation', { name: 'Main' });
    expect(navHrefs()).toEqual(paths);
  });

  it.each([
    ['PM', '/my-rotation', 'My rotation'],
    ['DIRECTOR', '/planning', 'Planning'],
  ] as const)('opens / on the home of %s', async (role, path, title) => {
    renderApp('/', [meAnswer(createUser(role))]);
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeTruthy();
    expect(currentLocation()).toBe(path);
  });

  it('shows the signed-in user and role in the banner', async () => {
    renderApp('/coverage', [meAnswer(createUser('DIRECTOR', { displayName: 'Dana Director' }))]);
    await screen.findByRole('button', { name: 'Sign out' });
    const banner = screen.getByRole('banner');
    expect(within(banner).getByText('Dana Director')).toBeTruthy();
    expect(within(banner).getByText('PMO director')).toBeTruthy();
    expect(within(banner).getByRole('button', { name: 'Sign out' })).toBeTruthy();
  });
});

describe('access to screens', () => {
  it('shows HR the Staffing chart', async () => {
    renderApp('/staffing', [
      meAnswer(createUser('HR')),
      departments([{ id: 'fin', name: 'Finance', headcount: 12 }]),
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Staffing' })).toBeTruthy();
    const table = await openDataTable('Headcount by department');
    expect(within(table).getByText('Finance')).toBeTruthy();
  });

  it('shows a PM the Outcomes screen at the organisation level: no department or level filter', async () => {
    renderApp('/outcomes', [meAnswer(createUser('PM'))]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Outcomes' })).toBeTruthy();
    expect(screen.getByText(/Association, not cause/)).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'PMO scope' })).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: 'Department on return' })).toBeNull();
    expect(screen.queryByRole('combobox', { name: 'Level on return' })).toBeNull();
  });

  it('tells a PM on /staffing they have no access, without loading the screen', async () => {
    const operations: Array<string | undefined> = [];
    renderApp('/staffing', [meAnswer(createUser('PM'))], {
      onOperation: (name) => operations.push(name),
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: "You don't have access to this page" }),
    ).toBeTruthy();
    expect(screen.queryByRole('heading', { level: 1, name: 'Staffing' })).toBeNull();
    const home = within(screen.getByRole('main')).getByRole('link', { name: 'Go to My rotation' });
    expect(home.getAttribute('href')).toBe('/my-rotation');
    // The header's bell asks for its count on every page; no screen operation ran.
    expect(operations.filter((name) => name !== 'UnreadNotificationCount')).toEqual(['Me']);

    fireEvent.click(home);
    expect(await screen.findByRole('heading', { level: 1, name: 'My rotation' })).toBeTruthy();
  });

  it.each([
    ['/planning', 'Planning'],
    ['/requests', 'Requests'],
    ['/pmos', 'PMOs'],
    ['/people', 'People'],
    ['/my-rotation', 'My rotation'],
    ['/audit', 'Audit trail'],
    ['/settings', 'Settings'],
  ])('shows an admin the %s screen, loaded on demand', async (path, label) => {
    renderApp(path, [meAnswer(createUser('ADMIN'))]);
    expect(await screen.findByRole('heading', { level: 1, name: label })).toBeTruthy();
    expect(within(screen.getByRole('main')).queryByText('Coming soon')).toBeNull();
  });

  it.each(['PM', 'DIRECTOR'] as const)(
    'turns %s away from the audit trail without asking for it',
    async (role) => {
      const operations: Array<string | undefined> = [];
      renderApp('/audit?entityType=person', [meAnswer(createUser(role))], {
        onOperation: (name) => operations.push(name),
      });
      expect(
        await screen.findByRole('heading', {
          level: 1,
          name: "You don't have access to this page",
        }),
      ).toBeTruthy();
      // Only the shell's own queries ran (the director's nav badge among them), none of the trail's.
      expect(operations).toContain('Me');
      expect(operations.filter((name) => name?.startsWith('Audit'))).toEqual([]);
    },
  );

  it('tells HR that PMOs are for directors and admins', async () => {
    renderApp('/pmos/p-1', [meAnswer(createUser('HR'))]);
    expect(
      await screen.findByRole('heading', { level: 1, name: "You don't have access to this page" }),
    ).toBeTruthy();
  });

  it('answers an unknown address with a not-found page inside the layout', async () => {
    renderApp('/no/such/page', [meAnswer(createUser('HR'))]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeTruthy();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Coverage' })).toBeTruthy();
    expect(document.title).toBe('Page not found · Stint');
  });
});

describe('an ended session', () => {
  it('sends the person to sign in again, saying why, when an operation answers UNAUTHENTICATED', async () => {
    renderApp('/staffing', [
      meAnswer(createUser('HR')),
      {
        request: { query: DEPARTMENTS_HEADCOUNT_QUERY },
        result: {
          errors: [{ message: 'Session expired', extensions: { code: 'UNAUTHENTICATED' } }],
        },
      },
    ]);

    expect(await screen.findByText('Your session has ended. Please sign in again.')).toBeTruthy();
    expect(currentLocation()).toBe('/sign-in?next=/staffing&expired=1');
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Main' })).toBeNull();
  });

  it('brings the person back to where they were after signing in again', async () => {
    const hr = createUser('HR');
    renderApp('/staffing', [
      meAnswer(hr),
      {
        request: { query: DEPARTMENTS_HEADCOUNT_QUERY },
        result: {
          errors: [{ message: 'Session expired', extensions: { code: 'UNAUTHENTICATED' } }],
        },
      },
      loginAnswer(hr.email, 'stint-demo', hr),
      meAnswer(hr),
      departments([{ id: 'fin', name: 'Finance', headcount: 12 }]),
    ]);
    await screen.findByText('Your session has ended. Please sign in again.');

    fireEvent.change(screen.getByLabelText('E-mail'), { target: { value: hr.email } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'stint-demo' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    });

    const table = await openDataTable('Headcount by department');
    expect(within(table).getByText('Finance')).toBeTruthy();
    expect(currentLocation()).toBe('/staffing');
  });

  it('does not end the session on other errors', async () => {
    renderApp('/staffing', [
      meAnswer(createUser('HR')),
      {
        request: { query: DEPARTMENTS_HEADCOUNT_QUERY },
        result: { errors: [{ message: 'Forbidden', extensions: { code: 'FORBIDDEN' } }] },
      },
    ]);
    const card = await screen.findByRole('region', { name: 'Headcount by department' });
    const alert = await within(card).findByRole('alert');
    expect(alert.textContent).toMatch(/role does not give you access/);
    expect(currentLocation()).toBe('/staffing');
  });
});

describe('signing out', () => {
  it('calls logout, clears the store and goes to a plain sign-in page', async () => {
    const operations: Array<string | undefined> = [];
    renderApp('/people', [meAnswer(createUser('HR')), logoutAnswer(), meAnswer(null)], {
      onOperation: (name) => operations.push(name),
    });
    const button = await screen.findByRole('button', { name: 'Sign out' });

    await act(async () => {
      fireEvent.click(button);
    });

    await screen.findByRole('button', { name: 'Sign in' });
    expect(currentLocation()).toBe('/sign-in');
    // The People screen's own queries aside, the session asked only these.
    expect(operations.filter((name) => name === 'Me' || name === 'Logout')).toEqual([
      'Me',
      'Logout',
      'Me',
    ]);
    expect(screen.queryByText('HR partner')).toBeNull();
    expect(screen.queryByText('Your session has ended. Please sign in again.')).toBeNull();
  });

  it('says so when signing out fails, and keeps the person where they are', async () => {
    renderApp('/people', [
      meAnswer(createUser('HR')),
      { request: { query: LOGOUT_MUTATION }, error: new TypeError('Failed to fetch') },
    ]);
    const button = await screen.findByRole('button', { name: 'Sign out' });

    await act(async () => {
      fireEvent.click(button);
    });

    const alert = await within(screen.getByRole('banner')).findByRole('alert');
    expect(alert.textContent).toBe(
      'Could not sign you out. Could not reach the Stint server. Check your connection and try again.',
    );
    expect(currentLocation()).toBe('/people');
    await waitFor(() =>
      expect((screen.getByRole('button', { name: 'Sign out' }) as HTMLButtonElement).disabled).toBe(
        false,
      ),
    );
  });
});
