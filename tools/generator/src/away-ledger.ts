import { addDays, type IsoDate } from '@stint/domain';
import type { DepartmentPlan } from './departments';
import type { PersonPlan } from './people';
import { monthNumber } from './time';

/**
 * Per department and month: how many people are employed and how many are away on rotation.
 * The generator consults it before placing someone, so the history respects each department's
 * away cap (SPEC §3 AWAY_CAP) the way a director using the app would have had to.
 * Months count on their last day, as the coverage series does (SPEC §4).
 */
export class AwayLedger {
  private readonly base: number;
  private readonly months: number;
  private readonly headcount: Int32Array;
  private readonly away: Int32Array;
  /** Places kept free per department from a month on (the demo PM's department). */
  private readonly reservedFrom = new Map<number, number>();

  constructor(
    private readonly departments: readonly DepartmentPlan[],
    people: readonly PersonPlan[],
    from: IsoDate,
    until: IsoDate,
  ) {
    this.base = monthNumber(from);
    this.months = monthNumber(until) - this.base + 1;
    this.headcount = new Int32Array(departments.length * this.months);
    this.away = new Int32Array(departments.length * this.months);
    for (const { row, career } of people) {
      const first = Math.max(0, this.index(row.hired_on));
      let last = this.months - 1;
      if (row.left_on !== null) {
        // Employed on a month's last day only if they left on it or later.
        const leftOnMonthEnd = addDays(row.left_on, 1).endsWith('-01');
        last = Math.min(last, this.index(row.left_on) - (leftOnMonthEnd ? 0 : 1));
      }
      // Each month counts in the department held on its last day (SPEC §8: history).
      for (const [i, stretch] of career.entries()) {
        const from = Math.max(first, this.index(stretch.from));
        const next = career[i + 1];
        const to = next === undefined ? last : Math.min(last, this.index(next.from) - 1);
        for (let m = from; m <= to; m++) this.headcount[stretch.deptIndex * this.months + m]++;
      }
    }
  }

  private index(date: IsoDate): number {
    return monthNumber(date) - this.base;
  }

  reserve(deptIndex: number, from: IsoDate): void {
    this.reservedFrom.set(deptIndex, this.index(from));
  }

  /** Whether one more person from the department can be away for every month of the window. */
  fits(deptIndex: number, startsOn: IsoDate, endsOn: IsoDate): boolean {
    const cap = this.departments[deptIndex].row.away_cap;
    const reservedFrom = this.reservedFrom.get(deptIndex) ?? Infinity;
    const first = Math.max(0, this.index(startsOn));
    const last = Math.min(this.months - 1, this.index(endsOn));
    for (let m = first; m <= last; m++) {
      const k = deptIndex * this.months + m;
      const reserved = m >= reservedFrom ? 1 : 0;
      if (this.away[k] + 1 + reserved > cap * this.headcount[k] + 1e-9) return false;
    }
    return true;
  }

  add(deptIndex: number, startsOn: IsoDate, endsOn: IsoDate): void {
    const first = Math.max(0, this.index(startsOn));
    const last = Math.min(this.months - 1, this.index(endsOn));
    for (let m = first; m <= last; m++) this.away[deptIndex * this.months + m]++;
  }
}
