import type { ChartColumn } from '@stint/web-ui';
import type { QueryResult } from '../hooks/queryResult';
import type { CoverageData } from '../utils/coverageTypes';
import { formatShare, sharePercent } from '../utils/formatShare';
import { toExperienceShareRows, type ExperienceShareRow } from '../utils/toExperienceShareRows';
import { DepartmentSharePanel } from './DepartmentSharePanel';

const COLUMNS: readonly ChartColumn<ExperienceShareRow>[] = [
  { header: 'Department', value: (r) => r.name },
  { header: 'Code', value: (r) => r.code },
  { header: 'PMs', value: (r) => r.headcount, numeric: true },
  { header: 'With PMO experience', value: (r) => r.experienced, numeric: true },
  {
    header: 'Experience share (%)',
    value: (r) => sharePercent(r.share),
    format: (r) => formatShare(r.share),
    numeric: true,
  },
  {
    header: 'Target (%)',
    value: (r) => sharePercent(r.target),
    format: (r) => formatShare(r.target),
    numeric: true,
  },
];

function summary(rows: readonly ExperienceShareRow[]): string {
  const below = rows.filter((r) => r.gap < 0).length;
  const worst = rows[0];
  return (
    `Bar chart of experience share in ${rows.length} departments against each target; ${below} below target` +
    (worst && worst.gap < 0
      ? `, furthest below is ${worst.name} at ${formatShare(worst.share)} of ${formatShare(worst.target)}.`
      : '.')
  );
}

function reference(row: ExperienceShareRow): number {
  return row.target;
}

/** Experience share by department against its coverage target, furthest below first. */
export function ExperienceSharePanel({ result }: { result: QueryResult<CoverageData> }) {
  return (
    <DepartmentSharePanel
      result={result}
      toRows={toExperienceShareRows}
      reference={reference}
      columns={COLUMNS}
      summary={summary}
      title="Experience share by department"
      description="PMs on rotation or back from one, as a share of PMs, today. The dark tick is each department's target; furthest below target first."
      csvFileName="experience-share-by-department"
      shareName="Experience share"
      referenceName="Target"
      colour="#1f4fbf"
    />
  );
}
