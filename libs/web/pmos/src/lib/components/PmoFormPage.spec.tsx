import { act, fireEvent, render, screen } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { ME_QUERY, SessionProvider } from '@stint/web-data-access';
import { UPDATE_PMO_MUTATION } from '../graphql/pmos.mutation';
import { PMO_DETAIL_QUERY, PMO_FORM_OPTIONS_QUERY } from '../graphql/pmos.query';
import { PmoFormPage } from './PmoFormPage';

type Mock = MockLink.MockedResponse;

const me: Mock = {
  request: { query: ME_QUERY },
  result: {
    data: {
      me: {
        __typename: 'User',
        id: 'u-dana',
        email: 'dana@stint.example',
        displayName: 'Dana',
        role: 'DIRECTOR',
        personId: null,
      },
    },
  },
};

const detail = (name: string, version: number): Mock => ({
  request: { query: PMO_DETAIL_QUERY, variables: { id: 'p1' } },
  result: {
    data: {
      pmo: {
        __typename: 'Pmo',
        id: 'p1',
        name,
        scope: 'ENTERPRISE',
        departmentId: null,
        departmentCode: null,
        departmentName: null,
        programName: null,
        version,
        goalsOffered: ['PORTFOLIO_MANAGEMENT'],
        directors: [
          { __typename: 'PmoDirector', id: 'u-dana', displayName: 'Dana', email: 'd@x.test' },
        ],
        seats: [],
      },
    },
  },
});

const options: Mock = {
  request: { query: PMO_FORM_OPTIONS_QUERY },
  result: {
    data: { departments: [{ __typename: 'Department', id: 'd1', code: 'FIN', name: 'Finance' }] },
  },
};

const staleUpdate: Mock = {
  request: {
    query: UPDATE_PMO_MUTATION,
    variables: {
      input: {
        name: 'Harbour PMO renamed',
        scope: 'ENTERPRISE',
        departmentId: null,
        programName: null,
        id: 'p1',
        version: 1,
      },
    },
  },
  result: {
    errors: [{ message: 'stale', extensions: { code: 'CONFLICT', reason: 'STALE' } }],
  },
};

describe('PmoFormPage', () => {
  it('says when someone else changed the PMO, and reloads their version on request', async () => {
    render(
      <MockedProvider
        mocks={[me, detail('Harbour PMO', 1), options, staleUpdate, detail('Harbour Office', 2)]}
      >
        <SessionProvider>
          <MemoryRouter initialEntries={['/pmos/p1/edit']}>
            <Routes>
              <Route path="/pmos/:id/edit" element={<PmoFormPage mode="edit" />} />
            </Routes>
          </MemoryRouter>
        </SessionProvider>
      </MockedProvider>,
    );
    const name = (await screen.findByLabelText('Name')) as HTMLInputElement;
    expect(name.value).toBe('Harbour PMO');
    fireEvent.change(name, { target: { value: 'Harbour PMO renamed' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Someone else changed this since you opened it/);

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Reload the latest version' }));
    });
    await screen.findByDisplayValue('Harbour Office');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('checks the fields before sending, as the API would', async () => {
    render(
      <MockedProvider mocks={[me, options]}>
        <SessionProvider>
          <MemoryRouter>
            <PmoFormPage mode="create" />
          </MemoryRouter>
        </SessionProvider>
      </MockedProvider>,
    );
    await screen.findByLabelText('Name');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Add PMO' }));
    });
    expect(screen.getByText('Enter a name for the PMO.')).toBeTruthy();
    expect(screen.getByText('Choose the kind of PMO.')).toBeTruthy();
    expect(screen.getByLabelText('Name').getAttribute('aria-invalid')).toBe('true');
  });
});
