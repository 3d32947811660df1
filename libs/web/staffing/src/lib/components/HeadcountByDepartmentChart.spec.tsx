import { render } from '@testing-library/react';
import type { HeadcountRow } from '../utils/toHeadcountRows';
import { HeadcountByDepartmentChart } from './HeadcountByDepartmentChart';

const rows: HeadcountRow[] = [
  { id: '1', code: 'IT', name: 'Information Technology', headcount: 40 },
  { id: '2', code: 'FIN', name: 'Finance', headcount: 12 },
  { id: '3', code: 'OPS', name: 'Operations and Customer Service Excellence', headcount: 5 },
];

// jsdom has no layout, so the chart gets a fixed width (STACK-NOTES #12) and no animation.
function renderChart(data: HeadcountRow[]) {
  return render(<HeadcountByDepartmentChart rows={data} width={600} animate={false} />);
}

describe('HeadcountByDepartmentChart', () => {
  it('draws one bar per department', () => {
    const { container } = renderChart(rows);
    expect(container.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(3);
  });

  it('labels every bar with its department, shortening only very long names', () => {
    const { container } = renderChart(rows);
    const ticks = Array.from(
      container.querySelectorAll('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value'),
      (tick) => tick.textContent,
    );
    expect(ticks).toEqual(['Information Technology', 'Finance', 'Operations and Customer Ser…']);
  });

  it('prints the headcount at the end of each bar', () => {
    const { container } = renderChart(rows);
    const labels = Array.from(
      container.querySelectorAll('text.recharts-label'),
      (label) => label.textContent,
    );
    expect(labels).toEqual(['40', '12', '5']);
  });

  it('grows taller with more departments so labels never overlap', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({
      id: String(i),
      code: `D${i}`,
      name: `Department ${i}`,
      headcount: 60 - i,
    }));
    const { container } = renderChart(many);
    const svg = container.querySelector('svg.recharts-surface');
    expect(Number(svg?.getAttribute('height'))).toBeGreaterThanOrEqual(60 * 28);
    expect(
      container.querySelectorAll('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value'),
    ).toHaveLength(60);
  });
});
