import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainError } from '@stint/api-core';
import { awayMonthsCte, currentPolicy, personHistoryJson } from '@stint/api-data';
import {
  evaluateEligibility,
  windowEnd,
  windowMonths,
  type AwayContext,
  type CareerLevel,
  type EligibilityPolicy,
  type EligibilityResult,
  type PersonStretch,
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
  history: PersonStretch[];
}

/** What the rules need to know of a person: the person, their history and their rotations. */
export interface PersonFacts extends PersonRow {
  rotations: { id: string; startsOn: string; endsOn: string; cancelled: boolean }[];
}

/**
 * Gathers what the pure rules in @stint/domain need — the person, their rotations, the seat,
 * their department's monthly staffing — in a fixed handful of statements, then asks them.
 */
@Injectable()
export class EligibilityService {
  /**
   * The facts of many people in one statement (a person who does not exist is absent): the
   * eligibility of a page of people asked at once is one statement, not two per person.
   */
  async personFacts(
    manager: EntityManager,
    personIds: readonly string[],
  ): Promise<Map<string, PersonFacts>> {
    const rows: (PersonFacts & { id: string })[] = await manager.query(
      `SELECT p.id, p.career_level AS "careerLevel", to_char(p.pm_since, 'YYYY-MM-DD') AS "pmSince",
              to_char(p.hired_on, 'YYYY-MM-DD') AS "hiredOn", to_char(p.left_on, 'YYYY-MM-DD') AS "leftOn",
              p.on_leave AS "onLeave", p.department_id AS "departmentId",
              ${personHistoryJson('p.id')} AS history,
              coalesce((SELECT json_agg(json_build_object(
                          'id', r.id, 'startsOn', to_char(r.starts_on, 'YYYY-MM-DD'),
                          'endsOn', to_char(r.ends_on, 'YYYY-MM-DD'), 'cancelled', r.cancelled_at IS NOT NULL)
                          ORDER BY r.starts_on)
                          FROM rotation r WHERE r.person_id = p.id), '[]'::json) AS rotations
         FROM person p
        WHERE p.id = ANY($1::uuid[])`,
      [personIds],
    );
    return new Map(rows.map(({ id, ...facts }) => [id, facts]));
  }

  /** `facts`: the person's, when the caller has them already (personFacts). */
  async evaluate(
    manager: EntityManager,
    question: EligibilityQuestion,
    today: string,
    policy?: EligibilityPolicy,
    facts?: PersonFacts,
  ): Promise<EligibilityResult> {
    const person =
      facts ?? (await this.personFacts(manager, [question.personId])).get(question.personId);
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

    const endsOn = windowEnd(question.startsOn, question.months);
    const away = seat
      ? await this.awayContext(manager, person, question.personId, question.startsOn, endsOn)
      : null;

    return evaluateEligibility({
      person,
      rotations: person.rotations,
      window: { startsOn: question.startsOn, months: question.months },
      seat,
      away,
      policy: policy ?? (await currentPolicy(manager)),
      today,
      excludeRotationId: question.excludeRotationId,
    });
  }

  /**
   * Per calendar month of the window, in the department the person is in on the month's last
   * day (SPEC §8): its cap, its people employed on that day, and how many others of it are away
   * on a non-cancelled rotation touching the month. One statement, as the candidates SQL counts.
   */
  private async awayContext(
    manager: EntityManager,
    person: PersonRow,
    personId: string,
    startsOn: string,
    endsOn: string,
  ): Promise<AwayContext> {
    const rows: { month: string; headcount: number; onRotation: number; awayCap: number }[] =
      await manager.query(
        `WITH ${awayMonthsCte('am', '$1::uuid', '$2::date', '$3::date', '$4::uuid')}
         SELECT month, headcount, away_others AS "onRotation", away_cap AS "awayCap"
           FROM am ORDER BY first_day`,
        [personId, startsOn, endsOn, person.departmentId],
      );
    const expected = windowMonths({ startsOn, endsOn });
    if (rows.length !== expected.length)
      throw new Error('away context months do not match the window');
    const first = rows[0]?.awayCap ?? 0;
    return { awayCap: first, months: rows };
  }
}
