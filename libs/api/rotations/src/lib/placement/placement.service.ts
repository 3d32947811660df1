import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainError, recordAudit, type Actor } from '@stint/api-core';
import { assertDirectsPmo, RotationEntity } from '@stint/api-data';
import { validateAssignmentWindow, wholeMonthsIn, type DevelopmentGoal } from '@stint/domain';
import { EligibilityService } from '../eligibility/eligibility.service';

export interface Placement {
  personId: string;
  seatId: string;
  startsOn: string;
  endsOn: string;
  goals: DevelopmentGoal[];
  requestId: string | null;
  /** Directors may exceed a department's away cap, and only that rule, with a written reason. */
  awayCapOverrideReason?: string | null;
}

/**
 * Puts a person in a seat for a window: the one path both approving a request and assigning
 * directly take. Runs inside the caller's transaction and locks, in a fixed order, the seat,
 * the person's department and the person, so concurrent placements that compete for the same
 * seat, department away cap or person queue up and see each other's result instead of racing
 * (the exclusion constraints remain the last line of defence).
 */
@Injectable()
export class PlacementService {
  constructor(private readonly eligibility: EligibilityService) {}

  async place(
    manager: EntityManager,
    actor: Actor,
    placement: Placement,
    today: string,
  ): Promise<RotationEntity> {
    const windowProblems = validateAssignmentWindow(placement, today);
    if (windowProblems.length) throw DomainError.badInput(windowProblems);
    const months = wholeMonthsIn(placement.startsOn, placement.endsOn);
    if (months === null) {
      throw DomainError.badInput([
        {
          field: 'endsOn',
          message:
            'A rotation runs whole months: end it the day before a monthly anniversary of its start',
        },
      ]);
    }

    const seats: { pmoId: string; opensOn: string; closesOn: string | null }[] =
      await manager.query(
        `SELECT pmo_id AS "pmoId", to_char(opens_on, 'YYYY-MM-DD') AS "opensOn", to_char(closes_on, 'YYYY-MM-DD') AS "closesOn"
         FROM seat WHERE id = $1 FOR UPDATE`,
        [placement.seatId],
      );
    const seat = seats[0];
    if (!seat) throw DomainError.notFound('Seat');
    await assertDirectsPmo(manager, actor, seat.pmoId);

    const people: { departmentId: string }[] = await manager.query(
      `SELECT department_id AS "departmentId" FROM person WHERE id = $1`,
      [placement.personId],
    );
    if (!people[0]) throw DomainError.notFound('Person');
    await manager.query(`SELECT 1 FROM department WHERE id = $1 FOR UPDATE`, [
      people[0].departmentId,
    ]);
    await manager.query(`SELECT 1 FROM person WHERE id = $1 FOR UPDATE`, [placement.personId]);

    if (
      placement.startsOn < seat.opensOn ||
      (seat.closesOn !== null && placement.endsOn > seat.closesOn)
    ) {
      throw DomainError.conflict(
        'SEAT_WINDOW',
        "The rotation must lie within the seat's open window",
      );
    }
    await this.assertFree(manager, 'seat_id', placement.seatId, placement, 'SEAT_OVERLAP');
    await this.assertFree(manager, 'person_id', placement.personId, placement, 'PERSON_OVERLAP');

    const result = await this.eligibility.evaluate(
      manager,
      {
        personId: placement.personId,
        startsOn: placement.startsOn,
        months,
        seatId: placement.seatId,
      },
      today,
    );
    const failing = result.rules.filter((rule) => !rule.passed);
    const override = placement.awayCapOverrideReason?.trim() || null;
    if (failing.some((rule) => rule.code !== 'AWAY_CAP')) {
      throw DomainError.conflict(
        'NOT_ELIGIBLE',
        `Not eligible: ${failing
          .filter((rule) => rule.code !== 'AWAY_CAP')
          .map((rule) => rule.message)
          .join(' ')}`,
      );
    }
    const awayCapFails = failing.some((rule) => rule.code === 'AWAY_CAP');
    if (awayCapFails && !override) {
      const rule = failing.find((r) => r.code === 'AWAY_CAP');
      throw DomainError.conflict(
        'AWAY_CAP',
        `${rule?.message ?? 'The department would exceed its away cap.'} A director may override this with a written reason.`,
      );
    }

    const rotation = manager.create(RotationEntity, {
      personId: placement.personId,
      seatId: placement.seatId,
      requestId: placement.requestId,
      startsOn: placement.startsOn,
      endsOn: placement.endsOn,
      goals: placement.goals,
      awayCapOverrideReason: awayCapFails ? override : null,
      createdBy: actor.id,
    });
    const saved = await manager.save(rotation);
    await recordAudit(manager, {
      actor,
      action: placement.requestId ? 'ROTATION_CREATED_FROM_REQUEST' : 'ROTATION_ASSIGNED',
      entityType: 'rotation',
      entityId: saved.id,
      after: saved,
      reason: awayCapFails ? `Away cap overridden: ${override}` : null,
    });
    return saved;
  }

  private async assertFree(
    manager: EntityManager,
    column: 'seat_id' | 'person_id',
    id: string,
    window: { startsOn: string; endsOn: string },
    reason: 'SEAT_OVERLAP' | 'PERSON_OVERLAP',
  ): Promise<void> {
    const clash: { startsOn: string; endsOn: string }[] = await manager.query(
      `SELECT to_char(starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(ends_on, 'YYYY-MM-DD') AS "endsOn"
         FROM rotation
        WHERE ${column} = $1 AND cancelled_at IS NULL AND starts_on <= $3 AND ends_on >= $2
        LIMIT 1`,
      [id, window.startsOn, window.endsOn],
    );
    if (clash[0]) {
      const who =
        reason === 'SEAT_OVERLAP'
          ? 'This seat is already taken'
          : 'This person already has a rotation';
      throw DomainError.conflict(reason, `${who} from ${clash[0].startsOn} to ${clash[0].endsOn}`);
    }
  }
}
