import { DEVELOPMENT_GOAL_LABELS, type DevelopmentGoal } from '@stint/domain';
import type { OutcomesQuery } from '@stint/web-data-access';

export type OutcomesData = OutcomesQuery['outcomes'];

/** What a suppressed figure shows, on screen and in the CSV: words, never a number. */
export const SUPPRESSED = 'suppressed (fewer than 5)';

/** A share as the charts draw it: null when suppressed (or missing), never a made-up zero. */
export interface Share {
  value: number | null;
  suppressed: boolean;
}

interface RateLike {
  value?: number | null;
  suppressed: boolean;
}

function share(rate: RateLike): Share {
  // A flag from the API wins over any number that came with it.
  return rate.suppressed || rate.value == null
    ? { value: null, suppressed: rate.suppressed }
    : { value: rate.value, suppressed: false };
}

export interface GoalRow {
  goal: DevelopmentGoal;
  label: string;
  aimed: number | null;
  achieved: Share;
}

export function toGoalRows(data: OutcomesData): GoalRow[] {
  return data.goals.map((g) => ({
    goal: g.goal,
    label: DEVELOPMENT_GOAL_LABELS[g.goal],
    aimed: g.achieved.suppressed && g.aimed === null ? null : g.aimed,
    achieved: share(g.achieved),
  }));
}

export interface CurveRow {
  months: number;
  alumni: Share;
  comparison: Share;
}

export function toCurveRows(data: OutcomesData): CurveRow[] {
  return data.curve.map((p) => ({
    months: p.months,
    alumni: share(p.alumni),
    comparison: share(p.comparison),
  }));
}

export interface MeasureRow {
  key: string;
  label: string;
  /** Shares are drawn; the median (months) is only in the table. */
  kind: 'share' | 'months';
  alumni: Share;
  comparison: Share;
}

/** Progression, retention and return to delivery: alumni against the comparison group. */
export function toMeasureRows(data: OutcomesData): MeasureRow[] {
  const median = (g: OutcomesData['alumni']): Share =>
    g.monthsToPromotion.suppressed || g.monthsToPromotion.months == null
      ? { value: null, suppressed: g.monthsToPromotion.suppressed }
      : { value: g.monthsToPromotion.months, suppressed: false };
  const a = data.alumni;
  const c = data.comparison;
  return [
    {
      key: 'retained12',
      label: 'Still employed 12 months after return',
      kind: 'share',
      alumni: share(a.retained12),
      comparison: share(c.retained12),
    },
    {
      key: 'inDelivery3',
      label: 'Back in delivery (no PMO seat) 3 months after return',
      kind: 'share',
      alumni: share(a.inDelivery3),
      comparison: share(c.inDelivery3),
    },
    {
      key: 'promoted12',
      label: 'Promoted within 12 months',
      kind: 'share',
      alumni: share(a.promotedWithin12),
      comparison: share(c.promotedWithin12),
    },
    {
      key: 'promoted24',
      label: 'Promoted within 24 months',
      kind: 'share',
      alumni: share(a.promotedWithin24),
      comparison: share(c.promotedWithin24),
    },
    {
      key: 'median',
      label: 'Median months from return to next promotion (among those promoted)',
      kind: 'months',
      alumni: median(a),
      comparison: median(c),
    },
  ];
}

const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });
const months = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });

/** A share for a table cell or the CSV: a percentage, the suppression words, or "No data". */
export function formatShare(s: Share): string {
  if (s.suppressed) return SUPPRESSED;
  return s.value === null ? 'No data' : percent.format(s.value);
}

/** The CSV value: a percentage number, or the same words as the screen. */
export function csvShare(s: Share): string | number {
  if (s.suppressed) return SUPPRESSED;
  return s.value === null ? '' : Math.round(s.value * 1000) / 10;
}

export function formatMonths(s: Share): string {
  if (s.suppressed) return SUPPRESSED;
  return s.value === null ? 'No data' : months.format(s.value);
}
