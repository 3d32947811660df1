import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { openDataTable } from '@stint/web-ui/testing';
import { CHART_FIRST_ROWS } from '../hooks/useChartFirstRows';
import { COVERAGE_FIXTURE } from '../testing/coverageFixture';
import type { CoverageData, CoverageDepartment } from '../utils/coverageTypes';
import { ExperienceSharePanel } from './ExperienceSharePanel';

/** `count` departments, department i with i of its 100 PMs experienced (Department 00 furthest below target). */
function withDepartments(count: number): CoverageData {
  const template = COVERAGE_FIXTURE.departments[0];
  const departments: CoverageDepartment[] = Array.from({ length: count }, (_, i) => ({
    ...template,
    departmentId: `d${i}`,
    code: `D${i}`,
    name: `Department ${String(i).padStart(2, '0')}`,
    headcount: 100,
    onRotation: 0,
    alumni: i,
    experienceShare: i / 100,
    coverageTarget: 0.5,
  }));
  return { ...COVERAGE_FIXTURE, departments };
}

function renderPanel(data: CoverageData) {
  return render(
    <ExperienceSharePanel
      result={{ data, loading: false, errorMessage: undefined, retry: () => undefined }}
    />,
  );
}

describe('ExperienceSharePanel', () => {
  it(`charts the ${CHART_FIRST_ROWS} departments furthest below target until asked for all; the table lists every one`, async () => {
    renderPanel(withDepartments(40));
    const card = screen.getByRole('region', { name: 'Experience share by department' });
    const chart = within(card).getByRole('img');
    expect(chart.getAttribute('aria-label')).toContain(
      `The chart draws the first ${CHART_FIRST_ROWS}; the data table lists all 40 departments.`,
    );

    const table = await openDataTable('Experience share by department');
    // Header and 40 departments, furthest below target (Department 00) first.
    expect(within(table).getAllByRole('row')).toHaveLength(41);
    expect(within(table).getAllByRole('row')[1].textContent).toContain('Department 00');

    await act(async () => {
      fireEvent.click(within(card).getByRole('button', { name: 'Chart all 40 departments' }));
    });
    expect(chart.getAttribute('aria-label')).not.toContain('The chart draws the first');
    fireEvent.click(
      within(card).getByRole('button', { name: `Chart the first ${CHART_FIRST_ROWS}` }),
    );
    expect(chart.getAttribute('aria-label')).toContain('lists all 40 departments');
  });

  it('has nothing to toggle when every department fits', () => {
    renderPanel(withDepartments(CHART_FIRST_ROWS));
    const card = screen.getByRole('region', { name: 'Experience share by department' });
    expect(within(card).queryByRole('button', { name: /^Chart / })).toBeNull();
    expect(within(card).getByRole('img').getAttribute('aria-label')).not.toContain(
      'The chart draws the first',
    );
  });
});
