import { Column, Entity } from 'typeorm';
import { VersionedEntity } from './versioned.entity';
import type { DevelopmentGoal } from '@stint/domain';

@Entity('rotation')
export class RotationEntity extends VersionedEntity {
  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Column({ name: 'seat_id', type: 'uuid' })
  seatId!: string;

  @Column({ name: 'request_id', type: 'uuid', nullable: true })
  requestId!: string | null;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn!: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn!: string;

  @Column({ type: 'text', array: true })
  goals!: DevelopmentGoal[];

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  cancelReason!: string | null;

  @Column({ name: 'goals_achieved', type: 'text', array: true, nullable: true })
  goalsAchieved!: DevelopmentGoal[] | null;

  @Column({ name: 'outcome_note', type: 'text', nullable: true })
  outcomeNote!: string | null;

  @Column({ name: 'away_cap_override_reason', type: 'text', nullable: true })
  awayCapOverrideReason!: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;
}
