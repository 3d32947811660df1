import { render, screen, within } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { MemoryRouter } from 'react-router';
import { addDays, addMonths, todayIso } from '@stint/domain';
import {
  DEPARTMENTS_HEADCOUNT_QUERY,
  ME_QUERY,
  SessionProvider,
  type UserRole,
} from '@stint/web-data-access';
import { FAIRNESS_QUERY } from '../graphql/fairness.query';
import { STAFFING_QUERY } from '../graphql/staffing.query';
import { StaffingPage } from './StaffingPage';
import { openDataTable } from '@stint/web-ui/testing';

type Mock = MockLink.MockedResponse;

const me = (role: UserRole): Mock => ({
  request: { query: ME_QUERY },
  result: {
    data: { me: { id: 'u', email: 'x@stint.example', displayName: 'X', role, personId: null } },
  },
});

const staffing: Mock = {
  request: { query: STAFFING_QUERY, variables: {} },
  result: {
    data: {
      staffing: {
        asOf: '2026-11-25',
        headcount: [
          {
            departmentId: 'd-fin',
            code: 'FIN',
            name: 'Finance',
            careerLevel: 'PROJECT_MANAGER',
            headcount: 7,
          },
          {
            departmentId: 'd-fin',
            code: 'FIN',
            name: 'Finance',
            careerLevel: 'PROGRAM_MANAGER',
            headcount: 2,
          },
        ],
        participation: [
          {
            careerLevel: 'PROJECT_MANAGER',
            headcount: 7,
            onRotation: 1,
            alumni: 1,
            participation: 2 / 7,
          },
        ],
        upcomingReturns: [
          {
            rotationId: 'r1',
            personId: 'p1',
            fullName: 'Ann Lee',
            departmentName: 'Finance',
            pmoName: 'Enterprise PMO',
            seatTitle: 'Analyst',
            endsOn: '2026-12-31',
          },
        ],
        openSeats: [],
      },
    },
  },
};

const departments: Mock = {
  request: { query: DEPARTMENTS_HEADCOUNT_QUERY },
  result: { data: { departments: [{ id: 'd-fin', code: 'FIN', name: 'Finance', headcount: 9 }] } },
};

const fairness: Mock = {
  // The default period: the 12 months up to today.
  request: {
    query: FAIRNESS_QUERY,
    variables: { from: addDays(addMonths(todayIso(), -12), 1), to: todayIso() },
  },
  result: {
    data: {
      fairness: {
        from: '2025-11-26',
        to: '2026-11-25',
        groups: [
          {
            dimension: 'DEPARTMENT',
            key: 'd-fin',
            label: 'Finance',
            suppressed: false,
            people: 9,
            requestRate: 1 / 3,
            // 2 decided requests: one person's decision could be read off a rate.
            approvalSuppressed: true,
            decided: null,
            approvalRate: null,
            placementRate: 1 / 9,
            medianDaysToDecision: null,
            impactRatio: 0.5,
            belowFourFifths: true,
          },
          {
            dimension: 'DEPARTMENT',
            key: 'd-it',
            label: 'IT',
            suppressed: false,
            people: 9,
            requestRate: 0.6,
            approvalSuppressed: false,
            decided: 6,
            approvalRate: 0.5,
            placementRate: 2 / 9,
            medianDaysToDecision: 8,
            impactRatio: 1,
            belowFourFifths: false,
          },
          {
            dimension: 'DEPARTMENT',
            key: 'd-leg',
            label: 'Legal',
            suppressed: true,
            people: null,
            requestRate: null,
            approvalSuppressed: true,
            decided: null,
            approvalRate: null,
            placementRate: null,
            medianDaysToDecision: null,
            impactRatio: null,
            belowFourFifths: null,
          },
          {
            dimension: 'LEVEL',
            key: 'PROJECT_MANAGER',
            label: 'Project Manager',
            suppressed: false,
            people: 7,
            requestRate: 0,
            approvalSuppressed: true,
            decided: null,
            approvalRate: null,
            placementRate: 0,
            medianDaysToDecision: null,
            impactRatio: null,
            belowFourFifths: null,
          },
        ],
      },
    },
  },
};

function renderPage(role: UserRole, mocks: Mock[]) {
  return render(
    <MockedProvider mocks={[me(role), ...mocks]}>
      <SessionProvider>
        <MemoryRouter initialEntries={['/staffing']}>
          <StaffingPage />
        </MemoryRouter>
      </SessionProvider>
    </MockedProvider>,
  );
}

const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => Array.from(row.children, (c) => c.textContent));

describe('StaffingPage', () => {
  it('shows HR every panel, with a suppressed group as words, never a number', async () => {
    renderPage('HR', [staffing, departments, fairness]);

    const byLevel = await openDataTable('Headcount by level and department');
    expect(rowsOf(byLevel)).toEqual([['Finance', 'FIN', '0', '7', '0', '2', '0', '9']]);
    const returns = await screen.findByRole('table', { name: 'Upcoming returns' });
    expect(rowsOf(returns)).toEqual([
      ['31 December 2026', 'Ann Lee', 'Finance', 'Enterprise PMO', 'Analyst'],
    ]);
    expect(
      await screen.findByText('Every open seat is filled today.', {
        selector: 'p.chart-card__message',
      }),
    ).toBeTruthy();

    const fair = await screen.findByRole('table', { name: 'Fairness by department' });
    const few = 'Suppressed (fewer than 5 decisions)';
    expect(rowsOf(fair)).toEqual([
      ['Finance', '9', '33.3%', few, few, '11.1%', few, '0.50', 'Yes — under 0.8'],
      ['IT', '9', '60%', '6', '50%', '22.2%', '8', '1.00', 'No'],
      ['Legal', 'Suppressed (fewer than 5 people)'],
    ]);
    const levels = screen.getByRole('table', { name: 'Fairness by career level' });
    expect(rowsOf(levels)).toEqual([
      ['Project Manager', '7', '0%', few, few, '0%', few, 'No data', 'No data'],
    ]);
  });

  it('does not show directors the fairness tables, nor ask for them', async () => {
    renderPage('DIRECTOR', [staffing, departments]);
    await openDataTable('Headcount by level and department');
    expect(screen.queryByRole('region', { name: 'Fairness by department' })).toBeNull();
  });
});
