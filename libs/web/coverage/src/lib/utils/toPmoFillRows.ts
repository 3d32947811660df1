import type { CoveragePmoFillQuery } from '@stint/web-data-access';

export type PmoFill = CoveragePmoFillQuery['pmoFill'][number];

/** One PMO's seat fill over the period: the actual buckets, and the forecast ones apart. */
export interface PmoFillRow {
  id: string;
  name: string;
  scope: PmoFill['scope'];
  seatCount: number;
  daysOpen: number;
  daysFilled: number;
  /** Filled / open days over the actual buckets; null when no seat was open. */
  actualFill: number | null;
  /** The same over the forecast buckets (planned rotations); null when none is open. */
  forecastFill: number | null;
}

const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function fill(points: PmoFill['points']): { open: number; filled: number; share: number | null } {
  const open = points.reduce((sum, p) => sum + p.daysOpen, 0);
  const filled = points.reduce((sum, p) => sum + p.daysFilled, 0);
  return { open, filled, share: open > 0 ? filled / open : null };
}

/**
 * Seat fill per PMO as days filled over days open, summed over buckets (not an average of the
 * buckets' ratios, which would weigh a quarter with one open day like one with ninety).
 * Emptiest PMOs first; PMOs with no open seat in the period last.
 */
export function toPmoFillRows(pmos: readonly PmoFill[]): PmoFillRow[] {
  return pmos
    .map((pmo) => {
      const actual = fill(pmo.points.filter((p) => !p.forecast));
      const forecast = fill(pmo.points.filter((p) => p.forecast));
      return {
        id: pmo.pmoId,
        name: pmo.name,
        scope: pmo.scope,
        seatCount: pmo.seatCount,
        daysOpen: actual.open,
        daysFilled: actual.filled,
        actualFill: actual.share,
        forecastFill: forecast.share,
      };
    })
    .sort(
      (a, b) =>
        (a.actualFill ?? Infinity) - (b.actualFill ?? Infinity) || byName.compare(a.name, b.name),
    );
}
