import { Column, Entity } from 'typeorm';
import { VersionedEntity } from './versioned.entity';
import type { CareerLevel } from '@stint/domain';

@Entity('person')
export class PersonEntity extends VersionedEntity {
  @Column({ name: 'employee_number', type: 'text' })
  employeeNumber!: string;

  @Column({ name: 'full_name', type: 'text' })
  fullName!: string;

  @Column({ type: 'text' })
  email!: string;

  @Column({ name: 'department_id', type: 'uuid' })
  departmentId!: string;

  @Column({ name: 'career_level', type: 'text' })
  careerLevel!: CareerLevel;

  @Column({ name: 'pm_since', type: 'date' })
  pmSince!: string;

  @Column({ name: 'hired_on', type: 'date' })
  hiredOn!: string;

  @Column({ name: 'left_on', type: 'date', nullable: true })
  leftOn!: string | null;

  @Column({ name: 'on_leave', type: 'boolean' })
  onLeave!: boolean;
}
