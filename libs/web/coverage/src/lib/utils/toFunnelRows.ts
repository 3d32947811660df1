import type { CoverageRequestFunnelQuery } from '@stint/web-data-access';

export type RequestFunnel = CoverageRequestFunnelQuery['requestFunnel'];

/** One stage of the request funnel. */
export interface FunnelRow {
  id: keyof Omit<RequestFunnel, '__typename'>;
  stage: string;
  count: number;
  /** count / submitted (0 when nothing was submitted). */
  shareOfSubmitted: number;
  /** `step` moves on through the funnel; `exit` leaves it. */
  kind: 'step' | 'exit';
}

const STAGES: ReadonlyArray<Pick<FunnelRow, 'id' | 'stage' | 'kind'>> = [
  { id: 'submitted', stage: 'Submitted', kind: 'step' },
  { id: 'approved', stage: 'Approved', kind: 'step' },
  { id: 'placed', stage: 'Placed', kind: 'step' },
  { id: 'completed', stage: 'Completed', kind: 'step' },
  { id: 'declined', stage: 'Declined', kind: 'exit' },
  { id: 'withdrawn', stage: 'Withdrawn', kind: 'exit' },
];

/** The funnel in reading order: the steps a request moves through, then the ways out. */
export function toFunnelRows(funnel: RequestFunnel): FunnelRow[] {
  return STAGES.map(({ id, stage, kind }) => ({
    id,
    stage,
    kind,
    count: funnel[id],
    shareOfSubmitted: funnel.submitted > 0 ? funnel[id] / funnel.submitted : 0,
  }));
}

/** True when the funnel has nothing to draw. */
export function isEmptyFunnel(rows: readonly FunnelRow[]): boolean {
  return rows.every((row) => row.count === 0);
}
