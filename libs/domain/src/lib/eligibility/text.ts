// Small helpers for the sentences rules produce. Internal to the eligibility module.

/** `count(1, 'month')` → '1 month'; `count(17, 'month')` → '17 months'. */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

/** 0.2 → '20%', 0.125 → '12.5%' (one decimal at most; caps are set by people, not computed). */
export function percent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}

/** ['a', 'b', 'c'] → 'a, b and c'. */
export function listAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
