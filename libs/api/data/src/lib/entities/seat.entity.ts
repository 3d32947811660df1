import { Column, Entity } from 'typeorm';
import { VersionedEntity } from './versioned.entity';
import type { SeatRole } from '@stint/domain';

@Entity('seat')
export class SeatEntity extends VersionedEntity {
  @Column({ name: 'pmo_id', type: 'uuid' })
  pmoId!: string;

  @Column({ type: 'text' })
  role!: SeatRole;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'opens_on', type: 'date' })
  opensOn!: string;

  @Column({ name: 'closes_on', type: 'date', nullable: true })
  closesOn!: string | null;
}
