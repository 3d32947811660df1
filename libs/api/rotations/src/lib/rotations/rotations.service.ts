import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  type Actor,
  DomainError,
  keysetPage,
  type Page,
  recordAudit,
  runTransaction,
} from '@stint/api-core';
import { assertDirectsPmo, findOwnedRecord, RotationEntity, scopeToPerson } from '@stint/api-data';
import { isIsoDate, todayIso, type DevelopmentGoal } from '@stint/domain';
import { PlacementService } from '../placement/placement.service';
import type { AssignRotationInput, RotationsFilter } from './dto/rotation.inputs';

@Injectable()
export class RotationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly placement: PlacementService,
  ) {}

  assign(actor: Actor, input: AssignRotationInput): Promise<RotationEntity> {
    return runTransaction(this.dataSource, (manager) =>
      this.placement.place(manager, actor, { ...input, requestId: null }, todayIso()),
    );
  }

  endEarly(actor: Actor, id: string, endsOn: string): Promise<RotationEntity> {
    return this.change(actor, id, 'ROTATION_ENDED_EARLY', null, (rotation) => {
      this.assertNotCancelled(rotation);
      if (!isIsoDate(endsOn) || endsOn < rotation.startsOn || endsOn >= rotation.endsOn) {
        throw DomainError.badInput([
          {
            field: 'endsOn',
            message: `Must be on or after the start (${rotation.startsOn}) and before the current end (${rotation.endsOn})`,
          },
        ]);
      }
      rotation.endsOn = endsOn;
    });
  }

  cancel(actor: Actor, id: string, reason: string): Promise<RotationEntity> {
    if (!reason.trim())
      throw DomainError.badInput([
        { field: 'reason', message: 'Say why the rotation is cancelled' },
      ]);
    return this.change(actor, id, 'ROTATION_CANCELLED', reason.trim(), (rotation) => {
      this.assertNotCancelled(rotation);
      if (rotation.endsOn < todayIso()) {
        throw DomainError.conflict('ALREADY_DECIDED', 'A completed rotation cannot be cancelled');
      }
      rotation.cancelledAt = new Date();
      rotation.cancelReason = reason.trim();
    });
  }

  recordOutcome(
    actor: Actor,
    id: string,
    goalsAchieved: DevelopmentGoal[],
    note: string,
  ): Promise<RotationEntity> {
    if (!note.trim())
      throw DomainError.badInput([{ field: 'note', message: 'Describe the outcome' }]);
    return this.change(actor, id, 'ROTATION_OUTCOME_RECORDED', null, (rotation) => {
      this.assertNotCancelled(rotation);
      if (rotation.endsOn >= todayIso()) {
        throw DomainError.conflict(
          'NOT_ELIGIBLE',
          'Outcomes are recorded once the rotation has ended',
        );
      }
      rotation.goalsAchieved = goalsAchieved;
      rotation.outcomeNote = note.trim();
    });
  }

  async findVisible(actor: Actor, id: string): Promise<RotationEntity> {
    return findOwnedRecord(this.dataSource.getRepository(RotationEntity), actor, id, 'Rotation');
  }

  /** Latest start first; a PM sees only their own rotations. */
  async page(
    actor: Actor,
    filter: RotationsFilter | null | undefined,
    first: number,
    after?: string | null,
  ): Promise<Page<RotationEntity>> {
    const repo = this.dataSource.getRepository(RotationEntity);
    const filtered = () => {
      const q = scopeToPerson(repo.createQueryBuilder('r'), 'r', actor, filter?.personId);
      if (filter?.seatIds?.length)
        q.andWhere('r.seat_id IN (:...seatIds)', { seatIds: filter.seatIds });
      if (filter?.pmoIds?.length) {
        q.andWhere('r.seat_id IN (SELECT id FROM seat WHERE pmo_id IN (:...pmoIds))', {
          pmoIds: filter.pmoIds,
        });
      }
      if (filter?.statuses?.length) {
        const today = todayIso();
        const clauses = filter.statuses.map(
          (status) =>
            ({
              CANCELLED: 'r.cancelled_at IS NOT NULL',
              PLANNED: 'r.cancelled_at IS NULL AND r.starts_on > :today',
              ACTIVE: 'r.cancelled_at IS NULL AND r.starts_on <= :today AND r.ends_on >= :today',
              COMPLETED: 'r.cancelled_at IS NULL AND r.ends_on < :today',
            })[status],
        );
        q.andWhere(`(${clauses.map((c) => `(${c})`).join(' OR ')})`, { today });
      }
      if (filter?.directedByMe) {
        q.andWhere(
          `r.seat_id IN (SELECT s.id FROM seat s JOIN pmo_director d ON d.pmo_id = s.pmo_id
                          WHERE d.user_id = :directorId)`,
          { directorId: actor.id },
        );
      }
      if (filter?.outcomeDue) {
        q.andWhere(
          `r.cancelled_at IS NULL AND r.ends_on < :dueBefore
             AND r.goals_achieved IS NULL AND r.outcome_note IS NULL`,
          { dueBefore: todayIso() },
        );
      }
      return q;
    };
    // Outcomes due are a work list: the longest-waiting first. Everything else: latest start first.
    const keyset = filter?.outcomeDue
      ? {
          columns: [
            { expression: 'r.ends_on', cast: 'date' },
            { expression: 'r.id', cast: 'uuid' },
          ],
          direction: 'ASC' as const,
          valuesOf: (row: RotationEntity) => [row.endsOn, row.id],
        }
      : {
          columns: [
            { expression: 'r.starts_on', cast: 'date' },
            { expression: 'r.id', cast: 'uuid' },
          ],
          direction: 'DESC' as const,
          valuesOf: (row: RotationEntity) => [row.startsOn, row.id],
        };
    return keysetPage(filtered, keyset, first, after);
  }

  /** Locks the rotation, checks the actor directs its seat's PMO, applies `edit`, audits. */
  private change(
    actor: Actor,
    id: string,
    action: string,
    reason: string | null,
    edit: (rotation: RotationEntity) => void,
  ): Promise<RotationEntity> {
    return runTransaction(this.dataSource, async (manager) => {
      const rotation = await this.lock(manager, actor, id);
      const before = { ...rotation };
      edit(rotation);
      const saved = await manager.save(rotation);
      await recordAudit(manager, {
        actor,
        action,
        entityType: 'rotation',
        entityId: id,
        before,
        after: saved,
        reason,
      });
      return saved;
    });
  }

  private async lock(manager: EntityManager, actor: Actor, id: string): Promise<RotationEntity> {
    const rotation = await manager
      .getRepository(RotationEntity)
      .createQueryBuilder('r')
      .setLock('pessimistic_write')
      .where('r.id = :id', { id })
      .getOne();
    if (!rotation) throw DomainError.notFound('Rotation');
    const seat: { pmoId: string }[] = await manager.query(
      `SELECT pmo_id AS "pmoId" FROM seat WHERE id = $1`,
      [rotation.seatId],
    );
    await assertDirectsPmo(manager, actor, seat[0].pmoId);
    return rotation;
  }

  private assertNotCancelled(rotation: RotationEntity): void {
    if (rotation.cancelledAt)
      throw DomainError.conflict('ALREADY_DECIDED', 'This rotation is cancelled');
  }
}
