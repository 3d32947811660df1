import { Column, Entity } from 'typeorm';
import { VersionedEntity } from './versioned.entity';
import type { UserRole } from '@stint/domain';

@Entity('user_account')
export class UserAccountEntity extends VersionedEntity {
  @Column({ type: 'text' })
  email!: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  @Column({ type: 'text' })
  role!: UserRole;

  @Column({ name: 'password_hash', type: 'text', nullable: true, select: false })
  passwordHash!: string | null;

  @Column({ name: 'person_id', type: 'uuid', nullable: true })
  personId!: string | null;

  @Column({ type: 'boolean' })
  disabled!: boolean;
}
