import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { MemoryRouter, useLocation } from 'react-router';
import { DEPARTMENTS_HEADCOUNT_QUERY } from '@stint/web-data-access';
import { COVERAGE_QUERY } from '../graphql/coverage.query';
import { PMO_FILL_QUERY } from '../graphql/pmoFill.query';
import { REQUEST_FUNNEL_QUERY } from '../graphql/requestFunnel.query';
import { COVERAGE_FIXTURE } from '../testing/coverageFixture';
import { CoveragePage } from './CoveragePage';
import { openDataTable } from '@stint/web-ui/testing';

type Mock = MockLink.MockedResponse;

const FROM = '2026-04-01';
const TO = '2027-03-31';

function coverageAnswer(
  departmentIds: string[] | null,
  granularity: 'QUARTER' | 'MONTH' = 'QUARTER',
): Mock {
  return {
    request: {
      query: COVERAGE_QUERY,
      variables: { filter: { from: FROM, to: TO, granularity, departmentIds } },
    },
    result: { data: { coverage: COVERAGE_FIXTURE } },
  };
}

const others = (
  granularity: 'QUARTER' | 'MONTH' = 'QUARTER',
  departmentIds: string[] | null = null,
): Mock[] => [
  {
    request: { query: PMO_FILL_QUERY, variables: { filter: { from: FROM, to: TO, granularity } } },
    result: { data: { pmoFill: [] } },
  },
  {
    request: { query: REQUEST_FUNNEL_QUERY, variables: { from: FROM, to: TO, departmentIds } },
    result: {
      data: {
        requestFunnel: {
          submitted: 10,
          approved: 6,
          declined: 2,
          withdrawn: 1,
          placed: 5,
          completed: 2,
        },
      },
    },
  },
];

const departmentsAnswer: Mock = {
  request: { query: DEPARTMENTS_HEADCOUNT_QUERY },
  result: {
    data: {
      departments: COVERAGE_FIXTURE.departments.map((d) => ({
        id: d.departmentId,
        code: d.code,
        name: d.name,
        headcount: d.headcount,
      })),
    },
  },
};

let location = '';
function LocationProbe() {
  const current = useLocation();
  location = `${current.pathname}${current.search}`;
  return null;
}

function renderPage(path: string, mocks: Mock[]) {
  return render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter initialEntries={[path]}>
        <CoveragePage />
        <LocationProbe />
      </MemoryRouter>
    </MockedProvider>,
  );
}

const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => Array.from(row.children, (cell) => cell.textContent));

describe('CoveragePage', () => {
  it('draws the tiles, the trend with its forecast, the heatmap and the funnel from one period in the URL', async () => {
    renderPage(`/coverage?from=${FROM}&to=${TO}&granularity=quarter`, [
      coverageAnswer(null),
      ...others(),
      departmentsAnswer,
    ]);

    // The first render loads the lazy chart modules: slow on a busy machine.
    expect((await screen.findByTestId('kpi-pms', {}, { timeout: 5000 })).textContent).toContain(
      '30',
    );
    expect(screen.getByTestId('kpi-experienceShare').textContent).toBe(
      'Experience share30%Target 36.7% (below)',
    );
    expect(screen.getByTestId('kpi-pendingRequests').textContent).toContain('4');

    const trend = await openDataTable('Coverage over time');
    // Period, kind, eligible (every bucket, forecast included) and experience share.
    expect(rowsOf(trend).map((r) => [r[0], r[2], r[6], r[7]])).toEqual([
      ['2026-Q2', 'Actual', '9', '20%'],
      ['2026-Q3', 'Actual', '10', '25%'],
      ['2026-Q4', 'Forecast', '11', '30%'],
      ['2027-Q1', 'Forecast', '12', '33.3%'],
    ]);

    const heatmap = await openDataTable('Experience share by department and period');
    expect(rowsOf(heatmap)).toEqual([
      ['Finance', 'FIN', '30%', '10%', '20%', '30%', '40%'],
      ['IT', 'IT', '40%', '25%', '30%', '30%', '15%'],
      ['Legal', 'LEG', '25%', '50%', '0%', '–', '–'],
    ]);

    const funnel = await openDataTable('Request funnel');
    expect(rowsOf(funnel)[1]).toEqual(['Approved', '6', '60%']);
    expect(
      await screen.findByText('There are no PMOs yet.', { selector: 'p.chart-card__message' }),
    ).toBeTruthy();
    expect(location).toBe(`/coverage?from=${FROM}&to=${TO}&granularity=quarter`);
  });

  it('writes the default filters into the address so a copied link keeps the view', async () => {
    renderPage('/coverage', [departmentsAnswer]);
    await waitFor(() =>
      expect(location).toMatch(
        /^\/coverage\?from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}&granularity=quarter$/,
      ),
    );
  });

  it('applies a department choice and months through the address', async () => {
    renderPage(`/coverage?from=${FROM}&to=${TO}&granularity=quarter`, [
      coverageAnswer(null),
      ...others(),
      departmentsAnswer,
      coverageAnswer(['d-it'], 'MONTH'),
      ...others('MONTH', ['d-it']),
    ]);
    await screen.findByTestId('kpi-pms');

    fireEvent.change(screen.getByLabelText('Periods'), { target: { value: 'MONTH' } });
    fireEvent.click(screen.getByText(/^Departments:/));
    fireEvent.change(screen.getByLabelText('Search departments'), { target: { value: 'it' } });
    fireEvent.click(screen.getByRole('checkbox', { name: /IT/ }));
    expect(screen.getByRole('button', { name: 'Remove IT' })).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    });
    expect(location).toBe(`/coverage?from=${FROM}&to=${TO}&granularity=month&departments=d-it`);
    await screen.findByTestId('kpi-pms');
  });

  it('keeps the last answer on screen, dimmed and marked busy, while new filters load', async () => {
    const months = coverageAnswer(null, 'MONTH');
    renderPage(`/coverage?from=${FROM}&to=${TO}&granularity=quarter`, [
      coverageAnswer(null),
      ...others(),
      departmentsAnswer,
      {
        ...months,
        delay: 300,
        result: {
          data: {
            coverage: {
              ...COVERAGE_FIXTURE,
              totals: { ...COVERAGE_FIXTURE.totals, headcount: 31 },
            },
          },
        },
      },
      ...others('MONTH'),
    ]);
    expect((await screen.findByTestId('kpi-pms', {}, { timeout: 5000 })).textContent).toContain(
      '30',
    );
    const trend = screen.getByRole('region', { name: 'Coverage over time' });
    expect(trend.getAttribute('aria-busy')).toBe('false');

    fireEvent.change(screen.getByLabelText('Periods'), { target: { value: 'MONTH' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    });
    // The quarters' figures and charts stay, busy, instead of skeletons.
    expect(screen.getByTestId('kpi-pms').textContent).toContain('30');
    expect(screen.getByLabelText(/^Key figures on/).getAttribute('aria-busy')).toBe('true');
    expect(trend.getAttribute('aria-busy')).toBe('true');
    expect(within(trend).queryByTestId('chart-skeleton')).toBeNull();

    await waitFor(() => expect(screen.getByTestId('kpi-pms').textContent).toContain('31'));
    await waitFor(() => expect(trend.getAttribute('aria-busy')).toBe('false'));
    expect(screen.getByLabelText(/^Key figures on/).getAttribute('aria-busy')).toBe('false');
  });

  it('refuses an upside-down period next to the dates, without asking the API', async () => {
    renderPage(`/coverage?from=${FROM}&to=${TO}&granularity=quarter`, [
      coverageAnswer(null),
      ...others(),
      departmentsAnswer,
    ]);
    await screen.findByTestId('kpi-pms');
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2025-01-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The period must end on or after the day it starts.',
    );
    expect(location).toBe(`/coverage?from=${FROM}&to=${TO}&granularity=quarter`);
  });

  it('shows each chart’s error with a retry, in words', async () => {
    renderPage(`/coverage?from=${FROM}&to=${TO}&granularity=quarter`, [
      {
        request: {
          query: COVERAGE_QUERY,
          variables: {
            filter: { from: FROM, to: TO, granularity: 'QUARTER', departmentIds: null },
          },
        },
        error: new TypeError('Failed to fetch'),
      },
      ...others(),
      departmentsAnswer,
      coverageAnswer(null),
    ]);
    const card = await screen.findByRole('region', { name: 'Coverage over time' });
    const alert = await within(card).findByRole('alert');
    expect(alert.textContent).toContain('Could not reach the Stint server');
    await act(async () => {
      fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    });
    expect(await openDataTable('Coverage over time')).toBeTruthy();
  });
});
