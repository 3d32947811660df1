import type { ChartColumn } from '@stint/web-ui';
import type { QueryResult } from '../hooks/queryResult';
import type { CoverageData } from '../utils/coverageTypes';
import { formatShare, sharePercent } from '../utils/formatShare';
import { toAwayShareRows, type AwayShareRow } from '../utils/toAwayShareRows';
import { DepartmentSharePanel } from './DepartmentSharePanel';

const COLUMNS: readonly ChartColumn<AwayShareRow>[] = [
  { header: 'Department', value: (r) => r.name },
  { header: 'Code', value: (r) => r.code },
  { header: 'PMs', value: (r) => r.headcount, numeric: true },
  { header: 'On rotation', value: (r) => r.onRotation, numeric: true },
  {
    header: 'Away share (%)',
    value: (r) => sharePercent(r.share),
    format: (r) => formatShare(r.share),
    numeric: true,
  },
  {
    header: 'Cap (%)',
    value: (r) => sharePercent(r.cap),
    format: (r) => formatShare(r.cap),
    numeric: true,
  },
];

function summary(rows: readonly AwayShareRow[]): string {
  const over = rows.filter((r) => r.room < 0);
  return (
    `Bar chart of away share in ${rows.length} departments against each cap; ` +
    (over.length === 0
      ? 'none is over its cap.'
      : `${over.length} over the cap, the most is ${over[0].name} at ${formatShare(over[0].share)} of ${formatShare(over[0].cap)}.`)
  );
}

function reference(row: AwayShareRow): number {
  return row.cap;
}

/** Away share by department against its cap, least room first. */
export function AwaySharePanel({ result }: { result: QueryResult<CoverageData> }) {
  return (
    <DepartmentSharePanel
      result={result}
      toRows={toAwayShareRows}
      reference={reference}
      columns={COLUMNS}
      summary={summary}
      title="Away share by department"
      description="PMs on rotation today as a share of PMs. The dark tick is each department's away cap; least room first."
      csvFileName="away-share-by-department"
      shareName="Away share"
      referenceName="Cap"
      colour="#a13d00"
    />
  );
}
