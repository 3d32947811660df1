import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEventEntity } from './entities/audit-event.entity';
import { DepartmentEntity } from './entities/department.entity';
import { EligibilityPolicyEntity } from './entities/eligibility-policy.entity';
import { PersonEntity } from './entities/person.entity';
import { PersonHistoryEntity } from './entities/person-history.entity';
import { PmoDirectorEntity } from './entities/pmo-director.entity';
import { PmoEntity } from './entities/pmo.entity';
import { RotationRequestEntity } from './entities/rotation-request.entity';
import { RotationEntity } from './entities/rotation.entity';
import { SeatEntity } from './entities/seat.entity';
import { SessionEntity } from './entities/session.entity';
import { UserAccountEntity } from './entities/user-account.entity';

export const ENTITIES = [
  AuditEventEntity,
  DepartmentEntity,
  EligibilityPolicyEntity,
  PersonEntity,
  PersonHistoryEntity,
  PmoDirectorEntity,
  PmoEntity,
  RotationRequestEntity,
  RotationEntity,
  SeatEntity,
  SessionEntity,
  UserAccountEntity,
];

/**
 * The TypeORM mapping of every table, in one data-access library: bounded contexts share
 * records (a rotation needs its seat and person) without importing one another.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature(ENTITIES)],
  exports: [TypeOrmModule],
})
export class DataModule {}
