import { Column, Entity } from 'typeorm';
import { VersionedEntity } from './versioned.entity';
import type { DevelopmentGoal, PmoScope, RequestStatus } from '@stint/domain';

@Entity('rotation_request')
export class RotationRequestEntity extends VersionedEntity {
  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Column({ type: 'text' })
  status!: RequestStatus;

  @Column({ type: 'text', array: true })
  goals!: DevelopmentGoal[];

  @Column({ name: 'preferred_scope', type: 'text', nullable: true })
  preferredScope!: PmoScope | null;

  @Column({ name: 'preferred_pmo_id', type: 'uuid', nullable: true })
  preferredPmoId!: string | null;

  @Column({ name: 'earliest_start', type: 'date' })
  earliestStart!: string;

  @Column({ name: 'duration_months', type: 'integer' })
  durationMonths!: number;

  @Column({ type: 'text' })
  motivation!: string;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'decision_note', type: 'text', nullable: true })
  decisionNote!: string | null;
}
