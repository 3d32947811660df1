import { render, screen, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { ME_QUERY, SessionProvider } from '@stint/web-data-access';
import { ROTATION_CONTEXT_QUERY, ROTATION_DETAIL_QUERY } from '../graphql/rotation.query';
import { RotationPage } from './RotationPage';

type Mock = MockLink.MockedResponse;

const me = (role: string, id: string): Mock => ({
  request: { query: ME_QUERY },
  result: {
    data: {
      me: {
        __typename: 'User',
        id,
        email: `${id}@stint.example`,
        displayName: id,
        role,
        personId: null,
      },
    },
  },
});

const detail: Mock = {
  request: { query: ROTATION_DETAIL_QUERY, variables: { id: 'r1' } },
  result: {
    data: {
      rotation: {
        __typename: 'Rotation',
        id: 'r1',
        personId: 'p1',
        seatId: 's1',
        requestId: null,
        startsOn: '2020-01-01',
        endsOn: '2020-12-31',
        status: 'COMPLETED',
        goals: ['EXECUTIVE_NETWORK'],
        goalsAchieved: null,
        outcomeNote: null,
        cancelledAt: null,
        cancelReason: null,
        awayCapOverrideReason: 'Covered by a contractor.',
        version: 1,
      },
    },
  },
};

const context: Mock = {
  request: { query: ROTATION_CONTEXT_QUERY, variables: { personId: 'p1', seatId: 's1' } },
  result: {
    data: {
      person: {
        __typename: 'Person',
        id: 'p1',
        fullName: 'Ann Example',
        careerLevel: 'SENIOR_PROJECT_MANAGER',
        department: { __typename: 'Department', id: 'd1', name: 'Finance' },
      },
      seat: {
        __typename: 'Seat',
        id: 's1',
        title: 'Analyst',
        role: 'PMO_ANALYST',
        opensOn: '2019-01-01',
        closesOn: null,
        pmo: {
          __typename: 'Pmo',
          id: 'pmo1',
          name: 'Atlas PMO',
          scope: 'PROGRAM',
          goalsOffered: ['PROGRAM_MANAGEMENT', 'PROCESS_IMPROVEMENT'],
          directors: [{ __typename: 'PmoDirector', id: 'u-dana' }],
        },
      },
    },
  },
};

function renderPage(mocks: Mock[]) {
  return render(
    <MockedProvider mocks={mocks}>
      <SessionProvider>
        <MemoryRouter initialEntries={['/rotations/r1']}>
          <Routes>
            <Route path="/rotations/:id" element={<RotationPage />} />
          </Routes>
        </MemoryRouter>
      </SessionProvider>
    </MockedProvider>,
  );
}

describe('RotationPage', () => {
  it("offers a completed rotation's director its outcome, from the goals served and offered", async () => {
    renderPage([me('DIRECTOR', 'u-dana'), detail, context]);
    await screen.findByRole('heading', { level: 1, name: 'Rotation of Ann Example' });
    const facts = screen.getByRole('region', { name: 'About this rotation' });
    expect(within(facts).getByText('Covered by a contractor.')).toBeTruthy();
    expect(within(facts).getByText('Assigned directly, without a request')).toBeTruthy();
    const form = screen.getByRole('form', { name: 'Record the outcome' });
    expect(
      within(form)
        .getAllByRole('checkbox')
        .map((c) => c.id),
    ).toEqual([
      'outcome-goal-PROGRAM_MANAGEMENT',
      'outcome-goal-PROCESS_IMPROVEMENT',
      'outcome-goal-EXECUTIVE_NETWORK',
    ]);
    expect(within(form).getByLabelText('Executive network (a goal of this rotation)')).toBeTruthy();
    // A completed rotation can no longer be ended early or cancelled.
    expect(screen.queryByRole('form', { name: 'End early' })).toBeNull();
    expect(screen.queryByRole('form', { name: 'Cancel the rotation' })).toBeNull();
    // The audit trail is for HR and admins: a director gets no History link.
    expect(
      screen.queryByRole('link', { name: 'History of the rotation of Ann Example' }),
    ).toBeNull();
  });

  it('shows a director of another PMO the rotation without any action', async () => {
    renderPage([me('DIRECTOR', 'u-other'), detail, context]);
    await screen.findByRole('heading', { level: 1, name: 'Rotation of Ann Example' });
    expect(screen.queryByRole('form')).toBeNull();
    expect(screen.getByText(/Only the directors of Atlas PMO or an admin/)).toBeTruthy();
  });

  it("links HR to the rotation's history in the audit trail, without any action", async () => {
    renderPage([me('HR', 'u-hr'), detail, context]);
    await screen.findByRole('heading', { level: 1, name: 'Rotation of Ann Example' });
    expect(
      screen
        .getByRole('link', { name: 'History of the rotation of Ann Example' })
        .getAttribute('href'),
    ).toBe('/audit?entityType=rotation&entityId=r1');
    expect(screen.queryByRole('form')).toBeNull();
  });

  it('explains a rotation it cannot find', async () => {
    renderPage([
      me('HR', 'u-hr'),
      {
        request: { query: ROTATION_DETAIL_QUERY, variables: { id: 'r1' } },
        result: { errors: [{ message: 'nope', extensions: { code: 'NOT_FOUND' } }] },
      },
    ]);
    expect((await screen.findByRole('alert')).textContent).toMatch(/could not find/);
  });
});
