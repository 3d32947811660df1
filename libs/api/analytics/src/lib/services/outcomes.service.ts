import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type Actor, DomainError } from '@stint/api-core';
import type { DevelopmentGoal } from '@stint/domain';
import type { OutcomesFilter } from '../dto/outcomes.args';
import {
  OUTCOMES_MIN_COUNT,
  type OutcomeGroup,
  type OutcomeGroupKind,
  type OutcomeRate,
  type Outcomes,
} from '../models/outcomes.model';
import { OUTCOMES_SQL } from '../sql/outcomes.sql';
import { asOfOrToday, checkPeriod } from './analytics-range';
import { readAnalytics } from './analytics-read';

/** The raw counts one OUTCOMES_SQL row carries (never sent to a client as they are). */
export interface OutcomeCounts {
  rotations: number;
  goals: { goal: DevelopmentGoal; aimed: number; recorded: number; achieved: number }[];
  groups: {
    group: OutcomeGroupKind;
    people: number;
    observations: number;
    promoted: number;
    medianMonths: number | null;
    observed12: number;
    promoted12: number;
    observed24: number;
    promoted24: number;
    retained12: number;
    employed3: number;
    inDelivery3: number;
  }[];
  curve: { group: OutcomeGroupKind; months: number; observed: number; promoted: number }[];
}

/** A rate, or nothing at all when its denominator (or its whole group) is too small to show. */
export function rate(count: number, total: number, groupSuppressed = false): OutcomeRate {
  if (groupSuppressed || total < OUTCOMES_MIN_COUNT)
    return { value: null, count: null, total: null, suppressed: true };
  return { value: count / total, count, total, suppressed: false };
}

/** Suppresses small groups and small denominators (SPEC §8): no number under 5 leaves here. */
export function toOutcomes(
  counts: OutcomeCounts,
  filter: Pick<Outcomes, 'from' | 'to' | 'asOf' | 'scope' | 'departmentId' | 'careerLevel'>,
): Outcomes {
  const min = OUTCOMES_MIN_COUNT;
  const groupOf = (kind: OutcomeGroupKind): OutcomeGroup => {
    const g = counts.groups.find((x) => x.group === kind);
    const people = g?.people ?? 0;
    const hidden = people < min;
    const promoted = g?.promoted ?? 0;
    const medianHidden = hidden || promoted < min;
    return {
      group: kind,
      suppressed: hidden,
      people: hidden ? null : people,
      observations: hidden ? null : (g?.observations ?? 0),
      promotedWithin12: rate(g?.promoted12 ?? 0, g?.observed12 ?? 0, hidden),
      promotedWithin24: rate(g?.promoted24 ?? 0, g?.observed24 ?? 0, hidden),
      monthsToPromotion: {
        months: medianHidden ? null : (g?.medianMonths ?? null),
        count: medianHidden ? null : promoted,
        suppressed: medianHidden,
      },
      retained12: rate(g?.retained12 ?? 0, g?.observed12 ?? 0, hidden),
      inDelivery3: rate(g?.inDelivery3 ?? 0, g?.employed3 ?? 0, hidden),
    };
  };
  const alumni = groupOf('ALUMNI');
  const comparison = groupOf('COMPARISON');
  const months = [...new Set(counts.curve.map((c) => c.months))].sort((a, b) => a - b);
  const curvePoint = (kind: OutcomeGroupKind, m: number, hidden: boolean) => {
    const point = counts.curve.find((c) => c.group === kind && c.months === m);
    return rate(point?.promoted ?? 0, point?.observed ?? 0, hidden);
  };
  return {
    ...filter,
    rotations: alumni.suppressed || counts.rotations < min ? null : counts.rotations,
    goals: counts.goals.map((g) => {
      const hidden = alumni.suppressed || g.aimed < min;
      return {
        goal: g.goal,
        aimed: hidden ? null : g.aimed,
        achieved: rate(g.achieved, g.recorded, hidden),
      };
    }),
    alumni,
    comparison,
    curve: months.map((m) => ({
      months: m,
      alumni: curvePoint('ALUMNI', m, alumni.suppressed),
      comparison: curvePoint('COMPARISON', m, comparison.suppressed),
    })),
  };
}

/** outcomes: one statement, whatever the number of people and rotations. */
@Injectable()
export class OutcomesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async outcomes(actor: Actor, filter: OutcomesFilter): Promise<Outcomes> {
    // PMs see the organisation only: a department or level could narrow it to people they know.
    if (actor.role === 'PM' && (filter.departmentId || filter.careerLevel)) {
      throw new DomainError(
        'FORBIDDEN',
        'Project managers see organisation-level outcomes only (no department or level)',
      );
    }
    checkPeriod(filter.from, filter.to, 'QUARTER', 'filter.');
    const asOf = asOfOrToday(filter.asOf);
    const params = {
      from: filter.from,
      to: filter.to,
      asOf,
      scope: filter.scope ?? null,
      departmentId: filter.departmentId ?? null,
      careerLevel: filter.careerLevel ?? null,
    };
    // Read only, one snapshot, JIT off (see readAnalytics).
    const rows: OutcomeCounts[] = await readAnalytics(this.dataSource, (manager) =>
      manager.query(OUTCOMES_SQL, [
        params.from,
        params.to,
        params.asOf,
        params.scope,
        params.departmentId,
        params.careerLevel,
      ]),
    );
    return toOutcomes(rows[0], params);
  }
}
