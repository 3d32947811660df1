import { fireEvent, render, screen, within } from '@testing-library/react';
import type { ChartColumn } from '../types';
import { ChartCard, type ChartCardProps } from './ChartCard';

interface Row {
  id: string;
  name: string;
  headcount: number;
}

const columns: ChartColumn<Row>[] = [
  { header: 'Department', value: (r) => r.name },
  { header: 'Headcount', value: (r) => r.headcount, numeric: true },
];

const rows: Row[] = [
  { id: '1', name: 'Finance, North', headcount: 12 },
  { id: '2', name: 'Legal', headcount: 3 },
];

function renderCard(props: Partial<ChartCardProps<Row>> = {}) {
  return render(
    <ChartCard<Row>
      title="Headcount by department"
      rows={[]}
      columns={columns}
      rowKey={(r) => r.id}
      loading={false}
      csvFileName="headcount"
      chartSummary="Bar chart of headcount by department."
      {...props}
    >
      <svg data-testid="the-chart" />
    </ChartCard>,
  );
}

describe('ChartCard', () => {
  it('names its region after the title', () => {
    renderCard({ rows });
    expect(screen.getByRole('region', { name: 'Headcount by department' })).toBeTruthy();
  });

  it('shows a busy skeleton and announces loading', () => {
    renderCard({ loading: true });
    const region = screen.getByRole('region', { name: 'Headcount by department' });
    expect(region.getAttribute('aria-busy')).toBe('true');
    expect(screen.getByTestId('chart-skeleton')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Loading Headcount by department…');
    expect(screen.queryByTestId('the-chart')).toBeNull();
    expect(screen.queryByRole('button', { name: /Download CSV/ })).toBeNull();
  });

  it('shows the empty message when there are no rows', () => {
    renderCard({ emptyMessage: 'No departments yet.' });
    expect(screen.getAllByText('No departments yet.').length).toBeGreaterThan(0);
    expect(screen.getByRole('status').textContent).toBe('No departments yet.');
    expect(screen.queryByTestId('the-chart')).toBeNull();
  });

  it('shows a readable error with a retry that calls back and keeps focus in the card', () => {
    const onRetry = jest.fn();
    renderCard({ errorMessage: 'Could not reach the Stint server.', onRetry });

    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Headcount by department could not be loaded.');
    expect(alert.textContent).toContain('Could not reach the Stint server.');

    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { name: 'Headcount by department' }),
    );
  });

  it('offers no retry button when there is nothing to retry', () => {
    renderCard({ errorMessage: 'Your role does not give you access to this information.' });
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
  });

  it('draws the chart as one labelled image and builds its data table on demand', () => {
    renderCard({ rows });
    expect(screen.getByRole('img', { name: 'Bar chart of headcount by department.' })).toBeTruthy();
    expect(screen.getByTestId('the-chart')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Headcount by department: showing 2 rows.');
    expect(screen.queryByRole('table')).toBeNull();

    const toggle = screen.getByRole('button', { name: 'Show data table' });
    const wrapper = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(wrapper).toBeTruthy();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');

    fireEvent.click(toggle);

    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.textContent).toBe('Hide data table');
    const table = within(wrapper as HTMLElement).getByRole('table', {
      name: 'Headcount by department',
    });
    const cells = within(table)
      .getAllByRole('row')
      .map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent));
    expect(cells).toEqual([
      ['Department', 'Headcount'],
      ['Finance, North', '12'],
      ['Legal', '3'],
    ]);

    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('downloads exactly the rows shown as CSV', () => {
    const onDownloadCsv = jest.fn();
    renderCard({ rows, onDownloadCsv });

    fireEvent.click(screen.getByRole('button', { name: 'Download CSV: Headcount by department' }));

    expect(onDownloadCsv).toHaveBeenCalledWith(
      'headcount.csv',
      'Department,Headcount\r\n"Finance, North",12\r\nLegal,3\r\n',
    );
  });

  it('keeps the rows on screen while they refresh', () => {
    renderCard({ rows, loading: true });
    expect(screen.getByTestId('the-chart')).toBeTruthy();
    expect(
      screen.getByRole('region', { name: 'Headcount by department' }).getAttribute('aria-busy'),
    ).toBe('true');
  });
});
