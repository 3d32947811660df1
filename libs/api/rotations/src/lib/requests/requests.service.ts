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
import {
  assertMayReadPerson,
  currentPolicy,
  directsPmo,
  findOwnedRecord,
  notifyRequestDecided,
  notifyRequestSubmitted,
  RotationRequestEntity,
  settleRequestSubmitted,
  scopeToPerson,
} from '@stint/api-data';
import { todayIso, validateDecisionNote, validateRotationRequestInput } from '@stint/domain';
import { PlacementService } from '../placement/placement.service';
import type { ApproveRotationRequestInput } from './dto/approve-request.input';
import type { RotationRequestsFilter } from './dto/rotation-requests.args';
import type { SubmitRotationRequestInput } from './dto/submit-request.input';

/** Requests move SUBMITTED → APPROVED | DECLINED | WITHDRAWN, once. */
@Injectable()
export class RequestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly placement: PlacementService,
  ) {}

  async submit(actor: Actor, input: SubmitRotationRequestInput): Promise<RotationRequestEntity> {
    if (!actor.personId)
      throw new DomainError('FORBIDDEN', 'Only a PM with a person record can request a rotation');
    const personId = actor.personId;
    return runTransaction(this.dataSource, async (manager) => {
      const policy = await currentPolicy(manager);
      const problems = validateRotationRequestInput(input, policy, todayIso());
      if (problems.length) throw DomainError.badInput(problems);
      if (input.preferredPmoId) {
        const pmo: unknown[] = await manager.query(`SELECT 1 FROM pmo WHERE id = $1`, [
          input.preferredPmoId,
        ]);
        if (!pmo.length)
          throw DomainError.badInput([{ field: 'preferredPmoId', message: 'No such PMO' }]);
      }
      const open: unknown[] = await manager.query(
        `SELECT 1 FROM rotation_request WHERE person_id = $1 AND status = 'SUBMITTED'`,
        [personId],
      );
      if (open.length)
        throw DomainError.conflict(
          'DUPLICATE',
          'You already have a request waiting for a decision',
        );
      const request = await manager.save(
        manager.create(RotationRequestEntity, {
          personId,
          status: 'SUBMITTED',
          goals: input.goals,
          preferredScope: input.preferredScope ?? null,
          preferredPmoId: input.preferredPmoId ?? null,
          earliestStart: input.earliestStart,
          durationMonths: input.durationMonths,
          motivation: input.motivation.trim(),
        }),
      );
      await recordAudit(manager, {
        actor,
        action: 'ROTATION_REQUEST_SUBMITTED',
        entityType: 'rotation_request',
        entityId: request.id,
        after: request,
      });
      await notifyRequestSubmitted(manager, request);
      return request;
    });
  }

  async withdraw(actor: Actor, id: string): Promise<RotationRequestEntity> {
    return runTransaction(this.dataSource, async (manager) => {
      const request = await this.lockVisible(manager, actor, id);
      if (request.personId !== actor.personId) throw DomainError.notFound('Rotation request');
      return this.decide(manager, actor, request, 'WITHDRAWN', null, 'ROTATION_REQUEST_WITHDRAWN');
    });
  }

  async approve(
    actor: Actor,
    id: string,
    input: ApproveRotationRequestInput,
  ): Promise<{ request: RotationRequestEntity; rotationId: string }> {
    return runTransaction(this.dataSource, async (manager) => {
      const request = await this.lockVisible(manager, actor, id);
      this.assertSubmitted(request);
      const rotation = await this.placement.place(
        manager,
        actor,
        { ...input, personId: request.personId, goals: request.goals, requestId: request.id },
        todayIso(),
      );
      const approved = await this.decide(
        manager,
        actor,
        request,
        'APPROVED',
        null,
        'ROTATION_REQUEST_APPROVED',
        {
          rotationId: rotation.id,
        },
      );
      await notifyRequestDecided(manager, approved, 'APPROVED', rotation.id);
      return { request: approved, rotationId: rotation.id };
    });
  }

  async decline(actor: Actor, id: string, note: string): Promise<RotationRequestEntity> {
    const problems = validateDecisionNote(note).map((p) => ({ ...p, field: 'note' }));
    if (problems.length) throw DomainError.badInput(problems);
    return runTransaction(this.dataSource, async (manager) => {
      const request = await this.lockVisible(manager, actor, id);
      // A request naming a PMO is that PMO's to decide; one naming none, any director's.
      if (request.preferredPmoId && !(await directsPmo(manager, actor, request.preferredPmoId))) {
        throw new DomainError(
          'FORBIDDEN',
          'Only a director of the PMO this request names may decline it',
        );
      }
      this.assertSubmitted(request);
      const declined = await this.decide(
        manager,
        actor,
        request,
        'DECLINED',
        note.trim(),
        'ROTATION_REQUEST_DECLINED',
      );
      await notifyRequestDecided(manager, declined, 'DECLINED');
      return declined;
    });
  }

  async findVisible(actor: Actor, id: string): Promise<RotationRequestEntity> {
    return findOwnedRecord(
      this.dataSource.getRepository(RotationRequestEntity),
      actor,
      id,
      'Rotation request',
    );
  }

  /** Newest first; a PM sees only their own requests whatever the filter says. */
  async page(
    actor: Actor,
    filter: RotationRequestsFilter | null | undefined,
    first: number,
    after?: string | null,
  ): Promise<Page<RotationRequestEntity>> {
    const repo = this.dataSource.getRepository(RotationRequestEntity);
    const filtered = () => {
      const q = scopeToPerson(repo.createQueryBuilder('r'), 'r', actor, filter?.personId);
      if (filter?.statuses?.length)
        q.andWhere('r.status IN (:...statuses)', { statuses: filter.statuses });
      if (filter?.pmoIds?.length)
        q.andWhere('r.preferred_pmo_id IN (:...pmoIds)', { pmoIds: filter.pmoIds });
      if (filter?.departmentIds?.length) {
        q.andWhere(
          'r.person_id IN (SELECT id FROM person WHERE department_id IN (:...departmentIds))',
          {
            departmentIds: filter.departmentIds,
          },
        );
      }
      return q;
    };
    return keysetPage(
      filtered,
      {
        columns: [
          // Milliseconds, as the cursor carries them (a JavaScript Date): microseconds would let
          // rows submitted within the same millisecond fall between two pages.
          { expression: "date_trunc('milliseconds', r.submitted_at)", cast: 'timestamptz' },
          { expression: 'r.id', cast: 'uuid' },
        ],
        direction: 'DESC',
        valuesOf: (row) => [row.submittedAt.toISOString(), row.id],
      },
      first,
      after,
    );
  }

  private async lockVisible(
    manager: EntityManager,
    actor: Actor,
    id: string,
  ): Promise<RotationRequestEntity> {
    const request = await manager
      .getRepository(RotationRequestEntity)
      .createQueryBuilder('r')
      .setLock('pessimistic_write')
      .where('r.id = :id', { id })
      .getOne();
    if (!request) throw DomainError.notFound('Rotation request');
    assertMayReadPerson(actor, request.personId, 'Rotation request');
    return request;
  }

  private assertSubmitted(request: RotationRequestEntity): void {
    if (request.status !== 'SUBMITTED') {
      throw DomainError.conflict(
        'ALREADY_DECIDED',
        `This request is already ${request.status.toLowerCase()}`,
      );
    }
  }

  private async decide(
    manager: EntityManager,
    actor: Actor,
    request: RotationRequestEntity,
    status: 'APPROVED' | 'DECLINED' | 'WITHDRAWN',
    note: string | null,
    action: string,
    extra: Record<string, unknown> = {},
  ): Promise<RotationRequestEntity> {
    this.assertSubmitted(request);
    const before = { ...request };
    request.status = status;
    request.decidedAt = new Date();
    request.decidedBy = status === 'WITHDRAWN' ? null : actor.id;
    request.decisionNote = note;
    const saved = await manager.save(request);
    await settleRequestSubmitted(manager, request.id);
    await recordAudit(manager, {
      actor,
      action,
      entityType: 'rotation_request',
      entityId: request.id,
      before,
      after: { ...saved, ...extra },
      reason: note,
    });
    return saved;
  }
}
