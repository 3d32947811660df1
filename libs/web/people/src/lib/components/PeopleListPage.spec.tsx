import { act, fireEvent, render, screen, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { todayIso } from '@stint/domain';
import { ME_QUERY, SessionProvider } from '@stint/web-data-access';
import { PEOPLE_FILTER_OPTIONS_QUERY, PEOPLE_LIST_QUERY } from '../graphql/people.query';
import { buildEligibilityBatchQuery } from '../utils/eligibilityBatch';
import { PeopleListPage } from './PeopleListPage';

type Mock = MockLink.MockedResponse;

const me = (role: string): Mock => ({
  request: { query: ME_QUERY },
  result: {
    data: {
      me: {
        __typename: 'User',
        id: 'u1',
        email: 'x@stint.example',
        displayName: 'X',
        role,
        personId: null,
      },
    },
  },
});

const options: Mock = {
  request: { query: PEOPLE_FILTER_OPTIONS_QUERY },
  result: {
    data: {
      departments: [
        {
          __typename: 'Department',
          id: 'd1',
          name: 'Finance',
        },
      ],
      eligibilityPolicy: { __typename: 'EligibilityPolicy', version: 1, minDurationMonths: 12 },
    },
  },
};

const person = (id: string, fullName: string) => ({
  __typename: 'PersonEdge',
  cursor: id,
  node: {
    __typename: 'Person',
    id,
    employeeNumber: `E-${id}`,
    fullName,
    email: `${id}@stint.example`,
    careerLevel: 'PROJECT_MANAGER',
    leftOn: null,
    onLeave: false,
    department: { __typename: 'Department', id: 'd1', name: 'Finance' },
  },
});

const people = (filter: Record<string, unknown>, edges: unknown[]): Mock => ({
  request: { query: PEOPLE_LIST_QUERY, variables: { filter, first: 25 } },
  result: {
    data: {
      people: {
        __typename: 'PersonConnection',
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

function renderList(path: string, role: string, mocks: Mock[]) {
  return render(
    <MockedProvider mocks={[me(role), options, ...mocks]}>
      <SessionProvider>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path="/people" element={<PeopleListPage />} />
          </Routes>
          <Probe />
        </MemoryRouter>
      </SessionProvider>
    </MockedProvider>,
  );
}

describe('PeopleListPage', () => {
  it('searches through the URL and lists the matches', async () => {
    renderList('/people?level=PROJECT_MANAGER', 'DIRECTOR', [
      people({ careerLevels: ['PROJECT_MANAGER'] }, [person('p1', 'Ann Example')]),
      people({ search: 'bo', careerLevels: ['PROJECT_MANAGER'] }, []),
    ]);
    expect(await screen.findByRole('link', { name: 'Ann Example' })).toBeTruthy();
    // Directors look people up; only HR and admins add or import them.
    expect(screen.queryByRole('link', { name: 'Add a person' })).toBeNull();

    fireEvent.change(screen.getByLabelText('Name, e-mail or employee number'), {
      target: { value: 'bo' },
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    });
    expect(location).toBe('/people?q=bo&level=PROJECT_MANAGER');
    expect(await screen.findByText('No one matches')).toBeTruthy();
  });

  it('checks the eligibility of the people shown in one request', async () => {
    renderList('/people', 'HR', [
      people({}, [person('p1', 'Ann Example'), person('p2', 'Bo Example')]),
      {
        request: {
          query: buildEligibilityBatchQuery(2),
          variables: { startsOn: todayIso(), months: 12, id0: 'p1', id1: 'p2' },
        },
        result: {
          data: {
            e0: { __typename: 'Eligibility', eligible: true, eligibleFrom: todayIso(), rules: [] },
            e1: {
              __typename: 'Eligibility',
              eligible: false,
              eligibleFrom: '2030-01-01',
              rules: [{ __typename: 'EligibilityRule', code: 'EXPERIENCE', passed: false }],
            },
          },
        },
      },
    ]);
    expect(await screen.findByRole('link', { name: 'Add a person' })).toBeTruthy();
    await screen.findByRole('link', { name: 'Bo Example' });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Check eligibility of everyone shown' }));
    });
    const rows = screen.getAllByRole('row');
    expect(await within(rows[1]).findByText('Eligible')).toBeTruthy();
    expect(await within(rows[2]).findByText(/Not yet, from 1 January 2030/)).toBeTruthy();
    expect(within(rows[2]).getByText(/Experience as a PM/)).toBeTruthy();
  });

  it('with "eligible today" chosen, checks the people of the filtered list, not the list before it', async () => {
    const glance = (ids: string[]): Mock => ({
      request: {
        query: buildEligibilityBatchQuery(ids.length),
        variables: {
          startsOn: todayIso(),
          months: 12,
          ...Object.fromEntries(ids.map((id, i) => ['id' + i, id])),
        },
      },
      result: {
        data: Object.fromEntries(
          ids.map((_, i) => [
            'e' + i,
            { __typename: 'Eligibility', eligible: true, eligibleFrom: todayIso(), rules: [] },
          ]),
        ),
      },
    });
    const asked: string[][] = [];
    const counted = (ids: string[]): Mock => ({
      ...glance(ids),
      result: () => {
        asked.push(ids);
        return glance(ids).result as never;
      },
    });
    const p1p2 = counted(['p1', 'p2']);
    const p3 = counted(['p3']);
    renderList('/people', 'HR', [
      people({}, [person('p1', 'Ann Example'), person('p2', 'Bo Example')]),
      people({ eligible: true }, [person('p3', 'Cy Example')]),
      p1p2,
      p3,
    ]);
    await screen.findByRole('link', { name: 'Bo Example' });
    await act(async () => {
      fireEvent.change(screen.getByLabelText('Eligible today'), { target: { value: 'yes' } });
    });
    await screen.findByRole('link', { name: 'Cy Example' });
    const rows = screen.getAllByRole('row');
    expect(await within(rows[1]).findByText('Eligible')).toBeTruthy();
    expect(asked).toEqual([['p3']]);
  });

  it('explains an error and offers to try again', async () => {
    renderList('/people', 'HR', [
      {
        request: { query: PEOPLE_LIST_QUERY, variables: { filter: {}, first: 25 } },
        error: new TypeError('Failed to fetch'),
      },
    ]);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Could not reach the Stint server/);
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
