import { Column, Entity } from 'typeorm';
import { VersionedEntity } from './versioned.entity';
import type { PmoScope } from '@stint/domain';

@Entity('pmo')
export class PmoEntity extends VersionedEntity {
  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  scope!: PmoScope;

  @Column({ name: 'department_id', type: 'uuid', nullable: true })
  departmentId!: string | null;

  @Column({ name: 'program_name', type: 'text', nullable: true })
  programName!: string | null;
}
