import { render, screen, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { buildPersonNamesQuery, personNamesVariables } from '@stint/web-data-access';
import { INBOX_FILTER_OPTIONS_QUERY, REQUEST_INBOX_QUERY } from '../graphql/requests.query';
import { RequestInboxPage } from './RequestInboxPage';

type Mock = MockLink.MockedResponse;

const options: Mock = {
  request: { query: INBOX_FILTER_OPTIONS_QUERY },
  result: {
    data: {
      departments: [{ __typename: 'Department', id: 'd1', name: 'Finance' }],
      pmos: [
        {
          __typename: 'Pmo',
          id: 'pmo-1',
          name: 'Atlas Program Office',
        },
      ],
    },
  },
};

const inbox = (filter: Record<string, unknown>, edges: unknown[]): Mock => ({
  request: { query: REQUEST_INBOX_QUERY, variables: { filter, first: 20, after: null } },
  result: {
    data: {
      rotationRequests: {
        __typename: 'RotationRequestConnection',
        totalCount: edges.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges,
      },
    },
  },
});

let location = '';
function Probe() {
  const l = useLocation();
  location = `${l.pathname}${l.search}`;
  return null;
}

function renderInbox(path: string, mocks: Mock[]) {
  return render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/requests" element={<RequestInboxPage />} />
        </Routes>
        <Probe />
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('RequestInboxPage', () => {
  it('reads its filters from the URL and says when nothing matches', async () => {
    renderInbox('/requests?status=DECLINED&department=d1', [
      options,
      inbox({ statuses: ['DECLINED'], departmentIds: ['d1'] }, []),
    ]);
    expect(await screen.findByText('No requests match these filters')).toBeTruthy();
    expect((screen.getByLabelText('Status') as HTMLSelectElement).value).toBe('DECLINED');
    expect(location).toBe('/requests?status=DECLINED&department=d1');
  });

  it('lists requests with links to each', async () => {
    renderInbox('/requests', [
      options,
      inbox({ statuses: ['SUBMITTED'] }, [
        {
          __typename: 'RotationRequestEdge',
          cursor: 'c1',
          node: {
            __typename: 'RotationRequest',
            id: 'r1',
            status: 'SUBMITTED',
            personId: 'p1',
            goals: ['PROGRAM_MANAGEMENT'],
            earliestStart: '2027-01-01',
            durationMonths: 12,
            preferredScope: null,
            preferredPmoId: 'pmo-1',
            submittedAt: '2026-11-01T10:00:00Z',
            decidedAt: null,
          },
        },
      ]),
      {
        request: { query: buildPersonNamesQuery(1), variables: personNamesVariables(['p1']) },
        result: {
          data: {
            p0: {
              __typename: 'Person',
              id: 'p1',
              fullName: 'Ann Example',
              department: { __typename: 'Department', id: 'd1', name: 'Finance' },
            },
          },
        },
      },
    ]);
    const table = await screen.findByRole('table');
    const link = await within(table).findByRole('link', { name: 'Ann Example' });
    expect(link.getAttribute('href')).toBe('/requests/r1');
    expect(within(table).getByText('Finance')).toBeTruthy();
    expect(within(table).getByText('Program management')).toBeTruthy();
    expect(await within(table).findByText('Atlas Program Office')).toBeTruthy();
    expect(screen.getByText('1–1 of 1 requests')).toBeTruthy();
  });

  it('explains an error without the raw message', async () => {
    renderInbox('/requests', [
      options,
      {
        request: {
          query: REQUEST_INBOX_QUERY,
          variables: { filter: { statuses: ['SUBMITTED'] }, first: 20, after: null },
        },
        result: { errors: [{ message: 'select * failed', extensions: { code: 'FORBIDDEN' } }] },
      },
    ]);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/role does not give you access/);
    expect(alert.textContent).not.toMatch(/select/);
  });
});
