import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { currentPolicy } from '@stint/api-data';
import { windowEnd, type EligibilityPolicy, type PmoScope } from '@stint/domain';
import type { CoverageFilter, PmoFillFilter } from '../dto/analytics.inputs';
import type { Coverage, CoveragePoint, Granularity } from '../models/coverage.model';
import type { PmoFill } from '../models/pmo-fill.model';
import { COVERAGE_JSON_SQL } from '../sql/coverage.sql';
import { PMO_FILL_JSON_SQL } from '../sql/fill.sql';
import { readAnalytics } from './analytics-read';
import { asOfOrToday, checkPeriod, share } from './analytics-range';

interface CoverageRow {
  kind: 'department' | 'organisation';
  id: string | null;
  code: string | null;
  name: string | null;
  coverageTarget: number | null;
  awayCap: number | null;
  headcount: number | null;
  onRotation: number | null;
  alumni: number | null;
  eligible: number | null;
  seriesHeadcount: number[] | null;
  seriesOnRotation: number[] | null;
  seriesAlumni: number[] | null;
  seriesEligible: number[] | null;
  labels: string[] | null;
  dates: string[] | null;
  openSeats: number | null;
  pendingRequests: number | null;
}

interface PmoFillRow {
  pmoId: string;
  name: string;
  scope: PmoScope;
  seatCount: number;
  daysOpen: number[];
  daysFilled: number[];
  labels: string[];
  dates: string[];
}

/**
 * The parameters of COVERAGE_SQL and REFERENCE_COVERAGE_SQL, in order (exported for the
 * benchmark and tests).
 */
export function coverageParams(
  filter: CoverageFilter,
  asOf: string,
  policy: EligibilityPolicy,
): unknown[] {
  const unit = checkPeriod(filter.from, filter.to, filter.granularity, 'filter.');
  return [
    filter.from,
    filter.to,
    unit,
    filter.departmentIds?.length ? filter.departmentIds : null,
    asOf,
    windowEnd(asOf, policy.minDurationMonths),
    policy.eligibleLevels,
    policy.minExperienceMonths,
    policy.cooldownMonths,
    policy.maxRotations,
  ];
}

function points(
  labels: string[],
  dates: string[],
  asOf: string,
  headcount: number[],
  onRotation: number[],
  alumni: number[],
  eligible: number[],
): CoveragePoint[] {
  // No department selected: the organisation's arrays are NULL, and its series is zeros.
  return labels.map((label, i) => {
    const h = headcount[i] ?? 0;
    const r = onRotation[i] ?? 0;
    const a = alumni[i] ?? 0;
    return {
      label,
      date: dates[i],
      forecast: dates[i] > asOf,
      headcount: h,
      onRotation: r,
      alumni: a,
      eligible: eligible[i] ?? 0,
      experienceShare: share(r + a, h),
      awayShare: share(r, h),
    };
  });
}

/** coverage and pmoFill: two statements and one statement, whatever the number of people. */
@Injectable()
export class CoverageService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async coverage(filter: CoverageFilter): Promise<Coverage> {
    const asOf = asOfOrToday(filter.asOf);
    checkPeriod(filter.from, filter.to, filter.granularity, 'filter.');
    const rows: CoverageRow[] = await readAnalytics(this.dataSource, async (manager) =>
      manager.query(COVERAGE_JSON_SQL, coverageParams(filter, asOf, await currentPolicy(manager))),
    );
    const org = rows.find((r) => r.kind === 'organisation');
    if (!org?.labels || !org.dates) throw new Error('coverage: the organisation row is missing');
    const { labels, dates } = org;
    const departments = rows
      .filter((r) => r.kind === 'department')
      .map((r) => {
        const headcount = r.headcount ?? 0;
        const onRotation = r.onRotation ?? 0;
        const alumni = r.alumni ?? 0;
        return {
          departmentId: r.id ?? '',
          code: r.code ?? '',
          name: r.name ?? '',
          coverageTarget: r.coverageTarget ?? 0,
          awayCap: r.awayCap ?? 0,
          headcount,
          onRotation,
          alumni,
          eligible: r.eligible ?? 0,
          experienceShare: share(onRotation + alumni, headcount),
          awayShare: share(onRotation, headcount),
          series: points(
            labels,
            dates,
            asOf,
            r.seriesHeadcount ?? [],
            r.seriesOnRotation ?? [],
            r.seriesAlumni ?? [],
            r.seriesEligible ?? [],
          ),
        };
      });
    const sum = (pick: (d: (typeof departments)[number]) => number) =>
      departments.reduce((a, d) => a + pick(d), 0);
    const totals = {
      headcount: sum((d) => d.headcount),
      onRotation: sum((d) => d.onRotation),
      alumni: sum((d) => d.alumni),
      eligible: sum((d) => d.eligible),
    };
    return {
      asOf,
      granularity: filter.granularity,
      departments,
      series: points(
        labels,
        dates,
        asOf,
        org.seriesHeadcount ?? [],
        org.seriesOnRotation ?? [],
        org.seriesAlumni ?? [],
        org.seriesEligible ?? [],
      ),
      totals: {
        ...totals,
        experienceShare: share(totals.onRotation + totals.alumni, totals.headcount),
        awayShare: share(totals.onRotation, totals.headcount),
        openSeats: org.openSeats ?? 0,
        pendingRequests: org.pendingRequests ?? 0,
      },
    };
  }

  async pmoFill(filter: PmoFillFilter): Promise<PmoFill[]> {
    const asOf = asOfOrToday(filter.asOf);
    const unit = checkPeriod(filter.from, filter.to, filter.granularity as Granularity, 'filter.');
    const rows: PmoFillRow[] = await readAnalytics(this.dataSource, (manager) =>
      manager.query(PMO_FILL_JSON_SQL, [
        filter.from,
        filter.to,
        unit,
        filter.pmoIds?.length ? filter.pmoIds : null,
      ]),
    );
    return rows.map((r) => ({
      pmoId: r.pmoId,
      name: r.name,
      scope: r.scope,
      seatCount: r.seatCount,
      points: r.labels.map((label, i) => ({
        label,
        date: r.dates[i],
        forecast: r.dates[i] > asOf,
        daysOpen: r.daysOpen[i],
        daysFilled: r.daysFilled[i],
        fill: share(r.daysFilled[i], r.daysOpen[i]),
      })),
    }));
  }
}
