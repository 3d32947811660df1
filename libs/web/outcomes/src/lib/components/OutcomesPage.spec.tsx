import { fireEvent, render, screen, within } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { MemoryRouter } from 'react-router';
import { addDays, addMonths, todayIso } from '@stint/domain';
import { ME_QUERY, SessionProvider, type UserRole } from '@stint/web-data-access';
import { OUTCOMES_DEPARTMENTS_QUERY, OUTCOMES_QUERY } from '../graphql/outcomes.query';
import { OutcomesPage } from './OutcomesPage';

type Mock = MockLink.MockedResponse;

const me = (role: UserRole): Mock => ({
  request: { query: ME_QUERY },
  result: {
    data: { me: { id: 'u', email: 'x@stint.example', displayName: 'X', role, personId: null } },
  },
});

const departments: Mock = {
  request: { query: OUTCOMES_DEPARTMENTS_QUERY },
  result: { data: { departments: [{ id: 'd-fin', name: 'Finance' }] } },
};

const filter = {
  from: addDays(addMonths(todayIso(), -60), 1),
  to: todayIso(),
  scope: null,
  departmentId: null,
  careerLevel: null,
};
const rate = (value: number | null) => ({
  value,
  count: value === null ? null : 1,
  total: value === null ? null : 10,
  suppressed: value === null,
});
const group = (name: 'ALUMNI' | 'COMPARISON', shown: boolean) => ({
  group: name,
  suppressed: !shown,
  people: shown ? 10 : null,
  observations: shown ? 10 : null,
  promotedWithin12: rate(shown ? 0.2 : null),
  promotedWithin24: rate(shown ? 0.4 : null),
  monthsToPromotion: { months: shown ? 9 : null, count: shown ? 5 : null, suppressed: !shown },
  retained12: rate(shown ? 0.9 : null),
  inDelivery3: rate(shown ? 1 : null),
});
const outcomes: Mock = {
  request: { query: OUTCOMES_QUERY, variables: { filter } },
  result: {
    data: {
      outcomes: {
        from: filter.from,
        to: filter.to,
        asOf: filter.to,
        rotations: 10,
        goals: [
          { goal: 'PROGRAM_MANAGEMENT', aimed: 8, achieved: rate(0.75) },
          { goal: 'EXECUTIVE_NETWORK', aimed: null, achieved: rate(null) },
        ],
        alumni: group('ALUMNI', true),
        // A comparison group of 4: every figure suppressed.
        comparison: group('COMPARISON', false),
        curve: [
          { months: 0, alumni: rate(0), comparison: rate(null) },
          { months: 12, alumni: rate(0.2), comparison: rate(null) },
        ],
      },
    },
  },
};

function renderPage(mocks: Mock[]) {
  return render(
    <MockedProvider mocks={mocks}>
      <SessionProvider>
        <MemoryRouter initialEntries={['/outcomes']}>
          <OutcomesPage />
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

describe('OutcomesPage', () => {
  it('shows suppressed figures as words in every table, and says it is no proof of cause', async () => {
    renderPage([me('HR'), departments, outcomes]);
    expect(await screen.findByText(/Association, not cause/)).toBeTruthy();
    expect(
      await screen.findByText(
        'Completed rotations: 10. Alumni: 10 people. Comparison group: suppressed (fewer than 5) people.',
      ),
    ).toBeTruthy();

    const retention = screen.getByRole('region', { name: 'Retention and return to delivery' });
    fireEvent.click(within(retention).getByRole('button', { name: /Show data table/ }));
    const s = 'suppressed (fewer than 5)';
    expect(rowsOf(within(retention).getByRole('table'))).toEqual([
      ['Still employed 12 months after return', '90%', s],
      ['Back in delivery (no PMO seat) 3 months after return', '100%', s],
      ['Promoted within 12 months', '20%', s],
      ['Promoted within 24 months', '40%', s],
      ['Median months from return to next promotion (among those promoted)', '9', s],
    ]);

    const goals = screen.getByRole('region', { name: 'Development goals achieved' });
    fireEvent.click(within(goals).getByRole('button', { name: /Show data table/ }));
    expect(rowsOf(within(goals).getByRole('table'))).toEqual([
      ['Program management', '8', '75%'],
      ['Executive network', s, s],
    ]);
  });

  it('offers retry when the answer fails', async () => {
    renderPage([
      me('DIRECTOR'),
      departments,
      { request: outcomes.request, error: new Error('Network down') },
    ]);
    const retries = await screen.findAllByRole('button', { name: /Retry/ });
    expect(retries.length).toBe(3);
  });
});
