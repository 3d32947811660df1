import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** One row per policy version; a change inserts a new version, never updates one. */
@Entity('eligibility_policy')
export class EligibilityPolicyEntity {
  @PrimaryColumn({ type: 'integer' })
  version!: number;

  @Column({ type: 'jsonb' })
  rules!: Record<string, unknown>;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
