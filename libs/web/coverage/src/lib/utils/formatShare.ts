const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });

/** A share (0–1) as people read it: 0.3421 → "34.2%". */
export function formatShare(share: number): string {
  return percent.format(share);
}

/** A share as a CSV/table number in percent with one decimal: 0.3421 → 34.2. */
export function sharePercent(share: number): number {
  return Math.round(share * 1000) / 10;
}
