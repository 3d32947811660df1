import { act, fireEvent, render, screen, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MemoryRouter } from 'react-router';
import { todayIso } from '@stint/domain';
import { ME_QUERY, SessionProvider } from '@stint/web-data-access';
import { MY_ELIGIBILITY_QUERY, MY_ROTATION_QUERY } from '../graphql/myRotation.query';
import { SUBMIT_ROTATION_REQUEST_MUTATION } from '../graphql/myRotation.mutation';
import { suggestedStart } from '../utils/requestForm';
import { MyRotationPage } from './MyRotationPage';

type Mock = MockLink.MockedResponse;
const PERSON = 'p-1';
const START = suggestedStart(todayIso());

const me: Mock = {
  request: { query: ME_QUERY },
  result: {
    data: {
      me: {
        __typename: 'User',
        id: 'u-pm',
        email: 'pm@stint.example',
        displayName: 'Pat PM',
        role: 'PM',
        personId: PERSON,
      },
    },
  },
};

const rotationData = {
  person: {
    __typename: 'Person',
    id: PERSON,
    fullName: 'Pat Example',
    careerLevel: 'PROJECT_MANAGER',
    pmSince: '2020-01-01',
    hiredOn: '2019-06-01',
    leftOn: null,
    department: { __typename: 'Department', id: 'd1', name: 'Finance' },
    history: [
      {
        __typename: 'PersonHistoryStretch',
        validFrom: '2019-06-01',
        validTo: '2022-01-01',
        careerLevel: 'PROJECT_COORDINATOR',
        onLeave: false,
        department: { __typename: 'Department', id: 'd1', name: 'Finance' },
      },
      {
        __typename: 'PersonHistoryStretch',
        validFrom: '2022-01-01',
        validTo: null,
        careerLevel: 'PROJECT_MANAGER',
        onLeave: false,
        department: { __typename: 'Department', id: 'd1', name: 'Finance' },
      },
    ],
  },
  eligibilityPolicy: {
    __typename: 'EligibilityPolicy',
    version: 1,
    minDurationMonths: 12,
    maxDurationMonths: 24,
  },
  pmos: [
    {
      __typename: 'Pmo',
      id: 'pmo-1',
      name: 'Atlas Program Office',
      scope: 'PROGRAM',
      seats: [{ __typename: 'Seat', id: 'seat-1', title: 'PMO analyst' }],
    },
  ],
  rotationRequests: { __typename: 'RotationRequestConnection', totalCount: 0, edges: [] },
  rotations: { __typename: 'RotationConnection', edges: [] },
};

const rotation: Mock = {
  request: { query: MY_ROTATION_QUERY, variables: { personId: PERSON } },
  result: { data: rotationData },
};

const eligibility: Mock = {
  request: {
    query: MY_ELIGIBILITY_QUERY,
    variables: { personId: PERSON, startsOn: START, months: 12 },
  },
  result: {
    data: {
      eligibility: {
        __typename: 'Eligibility',
        eligible: false,
        eligibleFrom: '2030-01-01',
        startsOn: START,
        endsOn: START,
        months: 12,
        policyVersion: 3,
        rules: [
          {
            __typename: 'EligibilityRule',
            code: 'EXPERIENCE',
            passed: false,
            message: 'Needs 24 months as a PM; has 17.',
          },
          {
            __typename: 'EligibilityRule',
            code: 'LEVEL',
            passed: true,
            message: 'Is a Project Manager.',
          },
        ],
      },
    },
  },
  maxUsageCount: 10,
};

function renderPage(mocks: Mock[]) {
  return render(
    <MockedProvider mocks={mocks}>
      <SessionProvider>
        <MemoryRouter>
          <MyRotationPage />
        </MemoryRouter>
      </SessionProvider>
    </MockedProvider>,
  );
}

describe('MyRotationPage', () => {
  it('says it is loading, then shows the checklist in sentences and the request form', async () => {
    renderPage([me, rotation, eligibility]);
    expect(await screen.findByRole('status')).toBeTruthy();
    const region = await screen.findByRole('region', { name: 'Your eligibility' });
    expect(await within(region).findByText('Needs 24 months as a PM; has 17.')).toBeTruthy();
    expect(within(region).getByText(/You are not eligible/).textContent).toMatch(
      /Eligible from 1 January 2030/,
    );
    expect(screen.getByRole('checkbox', { name: 'Program management' })).toBeTruthy();
    expect(screen.getByText('0 of 2,000 characters')).toBeTruthy();
  });

  it('shows the career path with each stretch named in full, and a table alternative', async () => {
    renderPage([me, rotation, eligibility]);
    const path = await screen.findByRole('figure', { name: 'Career path of Pat Example' });
    // Let the eligibility answer arrive too, so nothing updates after the test.
    expect(await screen.findByText('Needs 24 months as a PM; has 17.')).toBeTruthy();
    const level = within(path).getByRole('group', { name: 'Career level' });
    expect(
      within(level).getByRole('button', {
        name: 'Project Coordinator from 1 June 2019 to 31 December 2021',
      }),
    ).toBeTruthy();
    fireEvent.focus(within(level).getByRole('button', { name: /^Project Manager since/ }));
    expect(within(path).getByText('Project Manager since 1 January 2022')).toBeTruthy();
    const table = within(path).getByRole('table', { name: 'Career path of Pat Example' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
  });

  it('counts the motivation as it is typed', async () => {
    renderPage([me, rotation, eligibility]);
    fireEvent.change(await screen.findByLabelText('Motivation'), { target: { value: 'Grow 🚀' } });
    expect(screen.getByText('6 of 2,000 characters')).toBeTruthy();
  });

  it('marks a missing goal next to its field without asking the server', async () => {
    renderPage([me, rotation, eligibility]);
    await screen.findByText('Needs 24 months as a PM; has 17.');
    await act(async () => {
      fireEvent.click(await screen.findByRole('button', { name: 'Submit request' }));
    });
    expect(screen.getByRole('alert').textContent).toMatch(/Check the field marked below/);
    expect(screen.getByRole('group', { name: /What do you want/ }).textContent).toMatch(
      /Choose at least one goal/,
    );
  });

  it("shows the server's field message beside the field, and sends one request for a double click", async () => {
    const submit: Mock = {
      request: {
        query: SUBMIT_ROTATION_REQUEST_MUTATION,
        variables: {
          input: {
            goals: ['PROGRAM_MANAGEMENT'],
            earliestStart: START,
            durationMonths: 12,
            motivation: '',
          },
        },
      },
      result: {
        errors: [
          {
            message: 'Invalid input',
            extensions: {
              code: 'BAD_USER_INPUT',
              fields: [{ field: 'input.earliestStart', message: 'Too far ahead.' }],
            },
          },
        ],
      },
    };
    renderPage([me, rotation, eligibility, submit]);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Program management' }));
    const button = screen.getByRole('button', { name: 'Submit request' });
    await act(async () => {
      fireEvent.click(button);
      fireEvent.click(button);
    });
    expect(await screen.findByText('Too far ahead.')).toBeTruthy();
    // A second submit would have found no mock and said the server could not answer.
    expect(screen.getByRole('alert').textContent).toBe(
      'Check the fields marked below and try again.',
    );
  });

  it('explains a failure to load without the raw error', async () => {
    renderPage([
      me,
      {
        request: { query: MY_ROTATION_QUERY, variables: { personId: PERSON } },
        error: new TypeError('Failed to fetch'),
      },
    ]);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Could not reach the Stint server/);
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
