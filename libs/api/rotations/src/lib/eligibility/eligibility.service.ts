import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainError } from '@stint/api-core';
import { currentPolicy } from '@stint/api-data';
import {
  evaluateEligibility,
  windowEnd,
  windowMonths,
  type AwayContext,
  type CareerLevel,
  type EligibilityPolicy,
  type EligibilityResult,
  type SeatRole,
} from '@stint/domain';

export interface EligibilityQuestion {
  personId: string;
  startsOn: string;
  months: number;
  seatId?: string | null;
  /** A rotation being re-checked does not count against itself. */
  excludeRotationId?: string;
}

interface PersonRow {
  careerLevel: CareerLevel;
  pmSince: string;
  hiredOn: string;
  leftOn: string | null;
  onLeave: boolean;
  departmentId: string;
  awayCap: string;
}

/**
 * Gathers what the pure rules in @stint/domain need — the person, their rotations, the seat,
 * their department's monthly staffing — in a fixed handful of statements, then asks them.
 */
@Injectable()
export class EligibilityService {
  async evaluate(
    manager: EntityManager,
    question: EligibilityQuestion,
    today: string,
    policy?: EligibilityPolicy,
  ): Promise<EligibilityResult> {
    const people: PersonRow[] = await manager.query(
      `SELECT p.career_level AS "careerLevel", to_char(p.pm_since, 'YYYY-MM-DD') AS "pmSince",
              to_char(p.hired_on, 'YYYY-MM-DD') AS "hiredOn", to_char(p.left_on, 'YYYY-MM-DD') AS "leftOn",
              p.on_leave AS "onLeave", p.department_id AS "departmentId", d.away_cap AS "awayCap"
         FROM person p JOIN department d ON d.id = p.department_id
        WHERE p.id = $1`,
      [question.personId],
    );
    const person = people[0];
    if (!person) throw DomainError.notFound('Person');

    let seat: { role: SeatRole } | null = null;
    if (question.seatId) {
      const seats: { role: SeatRole }[] = await manager.query(
        `SELECT role FROM seat WHERE id = $1`,
        [question.seatId],
      );
      if (!seats[0]) throw DomainError.notFound('Seat');
      seat = seats[0];
    }

    const rotations: { id: string; startsOn: string; endsOn: string; cancelled: boolean }[] =
      await manager.query(
        `SELECT id, to_char(starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(ends_on, 'YYYY-MM-DD') AS "endsOn",
              cancelled_at IS NOT NULL AS cancelled
         FROM rotation WHERE person_id = $1 ORDER BY starts_on`,
        [question.personId],
      );

    const endsOn = windowEnd(question.startsOn, question.months);
    const away = seat
      ? await this.awayContext(manager, person, question.personId, question.startsOn, endsOn)
      : null;

    return evaluateEligibility({
      person,
      rotations,
      window: { startsOn: question.startsOn, months: question.months },
      seat,
      away,
      policy: policy ?? (await currentPolicy(manager)),
      today,
      excludeRotationId: question.excludeRotationId,
    });
  }

  /**
   * Per calendar month of the window: the department's people employed on the month's last
   * day, and how many others are away on a non-cancelled rotation touching that month.
   */
  private async awayContext(
    manager: EntityManager,
    person: PersonRow,
    personId: string,
    startsOn: string,
    endsOn: string,
  ): Promise<AwayContext> {
    const rows: { month: string; headcount: number; onRotation: number }[] = await manager.query(
      `WITH months AS (
         SELECT m::date AS first_day, (m + interval '1 month - 1 day')::date AS last_day
           FROM generate_series(date_trunc('month', $2::date), date_trunc('month', $3::date), interval '1 month') AS m
       )
       SELECT to_char(mo.first_day, 'YYYY-MM') AS month,
              (SELECT count(*) FROM person p
                WHERE p.department_id = $1 AND p.hired_on <= mo.last_day
                  AND (p.left_on IS NULL OR p.left_on > mo.last_day))::int AS headcount,
              (SELECT count(DISTINCT r.person_id) FROM rotation r JOIN person p ON p.id = r.person_id
                WHERE p.department_id = $1 AND r.person_id <> $4 AND r.cancelled_at IS NULL
                  AND r.starts_on <= mo.last_day AND r.ends_on >= mo.first_day)::int AS "onRotation"
         FROM months mo ORDER BY mo.first_day`,
      [person.departmentId, startsOn, endsOn, personId],
    );
    const expected = windowMonths({ startsOn, endsOn });
    if (rows.length !== expected.length)
      throw new Error('away context months do not match the window');
    return { awayCap: Number(person.awayCap), months: rows };
  }
}
