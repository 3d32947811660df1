import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { CareerLevel } from '@stint/domain';

/**
 * One stretch `[validFrom, validTo)` of a person's department, career level and leave
 * (`validTo` null = open-ended). No two stretches of a person overlap (the database refuses it);
 * the person row carries the open stretch's values. See the AddedPersonHistory migration for
 * how writes keep the two in step.
 */
@Entity('person_history')
export class PersonHistoryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom!: string;

  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo!: string | null;

  @Column({ name: 'department_id', type: 'uuid' })
  departmentId!: string;

  @Column({ name: 'career_level', type: 'text' })
  careerLevel!: CareerLevel;

  @Column({ name: 'on_leave', type: 'boolean' })
  onLeave!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
