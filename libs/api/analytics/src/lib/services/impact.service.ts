import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { DomainError } from '@stint/api-core';
import { currentPolicy, personHistoryJson, stretchOnDay } from '@stint/api-data';
import {
  evaluateEligibility,
  todayIso,
  wholeMonthsIn,
  type CareerLevel,
  type PersonStretch,
  type SeatRole,
} from '@stint/domain';
import type { RotationImpactArgs } from '../dto/analytics.inputs';
import type { RotationImpact } from '../models/rotation-impact.model';
import { IMPACT_SQL } from '../sql/impact.sql';
import { readAnalytics } from './analytics-read';
import { share } from './analytics-range';

interface PersonRow {
  careerLevel: CareerLevel;
  pmSince: string;
  hiredOn: string;
  leftOn: string | null;
  onLeave: boolean;
  departmentId: string;
  departmentName: string;
  awayCap: number;
  coverageTarget: number;
  history: PersonStretch[];
  rotations: { id: string; startsOn: string; endsOn: string; cancelled: boolean }[];
}

interface MonthRow {
  month: string;
  departmentId: string;
  awayCap: number;
  headcount: number;
  away: number;
  awayOthers: number;
  endHeadcount: number;
  endExperienced: number;
  personEmployedAtEnd: boolean;
  personExperiencedAtEnd: boolean;
  daysOpen: number;
  daysFilled: number;
  daysAdded: number;
}

const MAX_MONTHS = 60;

/**
 * rotationImpact: the person with their rotations and history, the seat, the policy, and one
 * statement for the department's months (the home department is the one the person is in on the
 * window's first day), its experience at the window's end and the PMO's fill. Eligibility is
 * the pure evaluateEligibility of @stint/domain fed the same facts EligibilityService gathers
 * (AWAY_CAP per calendar month: headcount on its last day, others away on any of its days), so
 * the failing rules are the ones placement would refuse on (AWAY_CAP being the one a director
 * may override).
 */
@Injectable()
export class ImpactService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async rotationImpact(args: RotationImpactArgs): Promise<RotationImpact> {
    const { startsOn, endsOn } = args;
    if (endsOn < startsOn)
      throw DomainError.badInput([{ field: 'endsOn', message: 'Must be on or after startsOn.' }]);
    const months = wholeMonthsIn(startsOn, endsOn);
    if (months === null) {
      throw DomainError.badInput([
        {
          field: 'endsOn',
          message:
            'A rotation runs whole months: end it the day before a monthly anniversary of its start.',
        },
      ]);
    }
    if (months > MAX_MONTHS)
      throw DomainError.badInput([
        { field: 'endsOn', message: `At most ${MAX_MONTHS} months after startsOn.` },
      ]);

    return readAnalytics(this.dataSource, (manager) => this.read(manager, args, months));
  }

  private async read(
    manager: EntityManager,
    args: RotationImpactArgs,
    months: number,
  ): Promise<RotationImpact> {
    const { personId, seatId, startsOn, endsOn } = args;
    const people: PersonRow[] = await manager.query(
      `SELECT p.career_level AS "careerLevel", to_char(p.pm_since, 'YYYY-MM-DD') AS "pmSince",
              to_char(p.hired_on, 'YYYY-MM-DD') AS "hiredOn", to_char(p.left_on, 'YYYY-MM-DD') AS "leftOn",
              p.on_leave AS "onLeave", d.id AS "departmentId", d.name AS "departmentName",
              d.away_cap::float8 AS "awayCap", d.coverage_target::float8 AS "coverageTarget",
              coalesce((SELECT json_agg(json_build_object('id', r.id, 'startsOn', to_char(r.starts_on, 'YYYY-MM-DD'),
                                                          'endsOn', to_char(r.ends_on, 'YYYY-MM-DD'),
                                                          'cancelled', r.cancelled_at IS NOT NULL) ORDER BY r.starts_on)
                          FROM rotation r WHERE r.person_id = p.id), '[]') AS rotations,
              ${personHistoryJson('p.id')} AS history
         FROM person p
         LEFT JOIN person_history s ON ${stretchOnDay('s', 'p.id', '$2::date')}
         JOIN department d ON d.id = coalesce(s.department_id, p.department_id)
        WHERE p.id = $1`,
      [personId, startsOn],
    );
    const person = people[0];
    if (!person) throw DomainError.notFound('Person');
    const seats: { role: SeatRole }[] = await manager.query(`SELECT role FROM seat WHERE id = $1`, [
      seatId,
    ]);
    if (!seats[0]) throw DomainError.notFound('Seat');
    const policy = await currentPolicy(manager);
    const rows: MonthRow[] = await manager.query(IMPACT_SQL, [
      personId,
      seatId,
      startsOn,
      endsOn,
      person.departmentId,
    ]);

    const result = evaluateEligibility({
      person,
      rotations: person.rotations,
      window: { startsOn, months },
      seat: seats[0],
      away: {
        awayCap: person.awayCap,
        months: rows.map((r) => ({
          month: r.month,
          headcount: r.headcount,
          onRotation: r.awayOthers,
          awayCap: r.awayCap,
        })),
      },
      policy,
      today: todayIso(),
    });

    const end = rows[0];
    const worst = (pick: (r: MonthRow) => number) =>
      Math.max(0, ...rows.map((r) => share(pick(r), r.headcount)));
    const addsExperience = end.personEmployedAtEnd && !end.personExperiencedAtEnd ? 1 : 0;
    return {
      personId,
      seatId,
      startsOn,
      endsOn,
      departmentId: person.departmentId,
      departmentName: person.departmentName,
      awayCap: person.awayCap,
      coverageTarget: person.coverageTarget,
      worstAwayShareBefore: worst((r) => r.away),
      worstAwayShareAfter: worst((r) => r.awayOthers + 1),
      experienceShareBefore: share(end.endExperienced, end.endHeadcount),
      experienceShareAfter: share(end.endExperienced + addsExperience, end.endHeadcount),
      seatFillBefore: share(end.daysFilled, end.daysOpen),
      seatFillAfter: share(end.daysFilled + Math.max(0, end.daysAdded), end.daysOpen),
      eligible: result.eligible,
      failingRules: result.rules
        .filter((rule) => !rule.passed)
        .map((rule) => ({ code: rule.code, passed: rule.passed, message: rule.message })),
    };
  }
}
