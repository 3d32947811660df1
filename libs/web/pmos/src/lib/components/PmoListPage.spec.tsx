import { render, screen, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MemoryRouter } from 'react-router';
import { ME_QUERY, SessionProvider } from '@stint/web-data-access';
import { PMO_LIST_QUERY } from '../graphql/pmos.query';
import { PmoListPage } from './PmoListPage';

type Mock = MockLink.MockedResponse;

const me = (role: string): Mock => ({
  request: { query: ME_QUERY },
  result: {
    data: {
      me: {
        __typename: 'User',
        id: 'u-dana',
        email: 'dana@stint.example',
        displayName: 'Dana',
        role,
        personId: null,
      },
    },
  },
});

const pmo = (id: string, name: string, directorId: string) => ({
  __typename: 'Pmo',
  id,
  name,
  scope: 'PROGRAM',
  programName: 'Atlas',
  departmentName: 'Finance',
  openSeatCount: 1,
  directors: [{ __typename: 'PmoDirector', id: directorId, displayName: `Director ${directorId}` }],
  seats: [
    { __typename: 'Seat', id: `${id}-s1` },
    { __typename: 'Seat', id: `${id}-s2` },
  ],
});

const list = (pmos: unknown[]): Mock => ({
  request: { query: PMO_LIST_QUERY },
  result: { data: { pmos } },
});

function renderPage(mocks: Mock[]) {
  return render(
    <MockedProvider mocks={mocks}>
      <SessionProvider>
        <MemoryRouter>
          <PmoListPage />
        </MemoryRouter>
      </SessionProvider>
    </MockedProvider>,
  );
}

describe('PmoListPage', () => {
  it('lists only the PMOs a director directs', async () => {
    renderPage([
      me('DIRECTOR'),
      list([pmo('p1', 'Atlas PMO', 'u-dana'), pmo('p2', 'Borealis PMO', 'u-other')]),
    ]);
    const table = await screen.findByRole('table');
    expect(within(table).getByRole('link', { name: 'Atlas PMO' }).getAttribute('href')).toBe(
      '/pmos/p1',
    );
    expect(within(table).queryByText('Borealis PMO')).toBeNull();
    expect(within(table).getByText('Program PMO (Atlas)')).toBeTruthy();
  });

  it('lists every PMO for an admin', async () => {
    renderPage([
      me('ADMIN'),
      list([pmo('p1', 'Atlas PMO', 'u-dana'), pmo('p2', 'Borealis PMO', 'u-other')]),
    ]);
    const table = await screen.findByRole('table');
    expect(
      within(table)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Atlas PMO', 'Borealis PMO']);
  });

  it('says so when a director directs none, and offers to add one', async () => {
    renderPage([me('DIRECTOR'), list([pmo('p2', 'Borealis PMO', 'u-other')])]);
    expect(await screen.findByText('You do not direct any PMO yet')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Add a PMO' }).getAttribute('href')).toBe('/pmos/new');
  });

  it('explains a failure in words and offers to try again', async () => {
    renderPage([
      me('DIRECTOR'),
      {
        request: { query: PMO_LIST_QUERY },
        result: { errors: [{ message: 'boom', extensions: { code: 'FORBIDDEN' } }] },
      },
    ]);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/role does not give you access/);
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
