import { Entity, PrimaryColumn } from 'typeorm';

@Entity('pmo_director')
export class PmoDirectorEntity {
  @PrimaryColumn({ name: 'pmo_id', type: 'uuid' })
  pmoId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;
}
