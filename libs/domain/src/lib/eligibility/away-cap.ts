import type { IsoDate } from '../dates';
import { formatMonth } from './labels';
import { count, percent } from './text';
import type { AwayContext, RuleResult } from './types';

/**
 * The calendar months ('YYYY-MM') a window touches, first to last. The server builds
 * AwayContext.months over exactly these, and AWAY_CAP checks every one of them.
 */
export function windowMonths(window: { startsOn: IsoDate; endsOn: IsoDate }): string[] {
  const months: string[] = [];
  let year = Number(window.startsOn.slice(0, 4));
  let month = Number(window.startsOn.slice(5, 7));
  const last = window.endsOn.slice(0, 7);
  for (;;) {
    const key = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    if (key > last) return months;
    months.push(key);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}

// Shares are ratios of small integers compared with a cap typed in by a person (0.2, 0.25):
// 3/15 must count as "at" a 20% cap even though the two doubles can differ in the last bit.
const SHARE_TOLERANCE = 1e-9;

type MonthVerdict =
  | {
      month: string;
      kind: 'ok' | 'over';
      away: number;
      headcount: number;
      share: number;
      cap: number;
    }
  | { month: string; kind: 'empty' | 'unknown' };

function judgeMonth(away: AwayContext, month: string): MonthVerdict {
  const entry = away.months.find((m) => m.month === month);
  if (!entry) return { month, kind: 'unknown' };
  if (entry.headcount <= 0) return { month, kind: 'empty' };
  const awayWithPerson = entry.onRotation + 1;
  const share = awayWithPerson / entry.headcount;
  const cap = entry.awayCap ?? away.awayCap;
  const kind = share <= cap + SHARE_TOLERANCE ? 'ok' : 'over';
  return { month, kind, away: awayWithPerson, headcount: entry.headcount, share, cap };
}

function failureSentence(verdict: MonthVerdict): string {
  const month = formatMonth(verdict.month);
  switch (verdict.kind) {
    case 'unknown':
      return `The home department's staffing for ${month} is not known, so its away cap cannot be checked.`;
    case 'empty':
      return `The home department has no PMs employed in ${month}, so nobody can be away from it.`;
    case 'over':
    case 'ok':
      return `Would put ${verdict.away} of ${verdict.headcount} of the home department's PMs (${percent(verdict.share)}) away in ${month}, above its ${percent(verdict.cap)} cap.`;
  }
}

/**
 * With this person away too, the home department's away share stays within its cap in every
 * month of the window: (onRotation + 1) / headcount <= awayCap.
 */
export function awayCapRule(
  away: AwayContext,
  window: { startsOn: IsoDate; endsOn: IsoDate },
): RuleResult {
  const verdicts = windowMonths(window).map((month) => judgeMonth(away, month));
  const failing = verdicts.filter((v) => v.kind !== 'ok');
  let busiest: Extract<MonthVerdict, { kind: 'ok' | 'over' }> | null = null;
  for (const v of verdicts) {
    if ((v.kind === 'ok' || v.kind === 'over') && (busiest === null || v.share > busiest.share))
      busiest = v;
  }
  const cap = percent(away.awayCap);
  const detail = {
    awayCap: away.awayCap,
    busiestMonth: busiest?.month ?? null,
    busiestShare: busiest?.share ?? null,
    failingMonths: failing.map((v) => v.month),
  };
  if (failing.length > 0) {
    const more =
      failing.length > 1
        ? ` ${count(failing.length - 1, 'other month fails', 'other months fail')} too.`
        : '';
    return {
      code: 'AWAY_CAP',
      passed: false,
      message: failureSentence(failing[0]) + more,
      detail,
    };
  }
  const peak = busiest
    ? `; the busiest month is ${formatMonth(busiest.month)}, with ${busiest.away} of ${busiest.headcount} PMs away (${percent(busiest.share)})`
    : '';
  return {
    code: 'AWAY_CAP',
    passed: true,
    message: `Keeps the home department within its ${cap} away cap in every month${peak}.`,
    detail,
  };
}
