import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { SeatRole } from '@stint/domain';

@Entity('seat')
export class SeatEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

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

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
