import { Column, Entity } from 'typeorm';
import { VersionedEntity } from './versioned.entity';
import { numericTransformer } from '@stint/api-core';

@Entity('department')
export class DepartmentEntity extends VersionedEntity {
  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @Column({ name: 'coverage_target', type: 'numeric', transformer: numericTransformer })
  coverageTarget!: number;

  @Column({ name: 'away_cap', type: 'numeric', transformer: numericTransformer })
  awayCap!: number;
}
