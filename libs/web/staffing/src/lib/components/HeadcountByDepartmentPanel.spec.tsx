import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import {
  DEPARTMENTS_HEADCOUNT_QUERY,
  type DepartmentHeadcount,
  type DepartmentsHeadcountQuery,
} from '@stint/web-data-access';
import { HeadcountByDepartmentPanel } from './HeadcountByDepartmentPanel';
import { openDataTable } from '@stint/web-ui/testing';

type Mock = MockLink.MockedResponse<DepartmentsHeadcountQuery>;

function department(id: string, name: string, headcount: number): DepartmentHeadcount {
  return { __typename: 'Department', id, code: id.toUpperCase(), name, headcount };
}

function answer(departments: DepartmentHeadcount[]): Mock {
  return { request: { query: DEPARTMENTS_HEADCOUNT_QUERY }, result: { data: { departments } } };
}

function renderPanel(mocks: Mock[]) {
  return render(
    <MockedProvider mocks={mocks}>
      <HeadcountByDepartmentPanel />
    </MockedProvider>,
  );
}

const region = () => screen.getByRole('region', { name: 'Headcount by department' });

describe('HeadcountByDepartmentPanel', () => {
  it('shows a busy skeleton while the departments load', async () => {
    renderPanel([answer([department('fin', 'Finance', 3)])]);

    expect(region().getAttribute('aria-busy')).toBe('true');
    expect(screen.getByTestId('chart-skeleton')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Loading Headcount by department…');

    await openDataTable('Headcount by department');
  });

  it('shows the departments largest first, in the chart, the table and the CSV', async () => {
    renderPanel([
      answer([
        department('fin', 'Finance', 12),
        department('it', 'IT, Data & Security', 40),
        department('hr', 'Human Resources', 0),
      ]),
    ]);

    const table = await openDataTable('Headcount by department');
    const body = within(table).getAllByRole('row').slice(1);
    expect(body.map((row) => Array.from(row.children, (cell) => cell.textContent))).toEqual([
      ['IT, Data & Security', 'IT', '40'],
      ['Finance', 'FIN', '12'],
      ['Human Resources', 'HR', '0'],
    ]);
    expect(region().getAttribute('aria-busy')).toBe('false');
    expect(screen.getByRole('status').textContent).toBe('Headcount by department: showing 3 rows.');
    expect(
      screen.getByRole('img', {
        name: 'Bar chart of headcount in 3 departments, 52 people in all; the largest is IT, Data & Security with 40.',
      }),
    ).toBeTruthy();

    // The chart code arrives in its own chunk, then replaces the placeholder.
    await waitFor(() => expect(region().querySelector('.recharts-wrapper')).not.toBeNull());
  });

  it('says so when there are no departments', async () => {
    renderPanel([answer([])]);
    expect(
      await screen.findByText('There are no departments yet. HR can add them or import people.', {
        selector: 'p.chart-card__message',
      }),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Download CSV/ })).toBeNull();
  });

  it('explains a failure in words and loads again on Retry', async () => {
    renderPanel([
      { request: { query: DEPARTMENTS_HEADCOUNT_QUERY }, error: new TypeError('Failed to fetch') },
      answer([department('fin', 'Finance', 3)]),
    ]);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Headcount by department could not be loaded. Could not reach the Stint server. Check your connection and try again.Retry',
    );
    expect(alert.textContent).not.toContain('Failed to fetch');

    await act(async () => {
      fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    });

    const table = await openDataTable('Headcount by department');
    expect(within(table).getByText('Finance')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('tells a user without access why, without the server message', async () => {
    renderPanel([
      {
        request: { query: DEPARTMENTS_HEADCOUNT_QUERY },
        result: { errors: [{ message: 'Forbidden resource', extensions: { code: 'FORBIDDEN' } }] },
      },
    ]);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Your role does not give you access to this information.');
    expect(alert.textContent).not.toContain('Forbidden resource');
  });
});
