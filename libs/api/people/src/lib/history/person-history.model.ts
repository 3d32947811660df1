import { Field, ObjectType } from '@nestjs/graphql';
import { CareerLevelEnum } from '@stint/api-core';
import type { PersonHistoryEntity } from '@stint/api-data';
import type { CareerLevel } from '@stint/domain';
import { Department } from '../departments/department.model';

@ObjectType('PersonHistoryStretch', {
  description:
    "One stretch of a person's history: the department, career level and leave they held from " +
    '`validFrom` up to (not including) `validTo`',
})
export class PersonHistoryStretch {
  @Field({ description: 'First day of the stretch (YYYY-MM-DD)' })
  validFrom!: string;

  @Field(() => String, {
    nullable: true,
    description: 'First day after the stretch; null while it lasts (the current values)',
  })
  validTo!: string | null;

  @Field(() => CareerLevelEnum)
  careerLevel!: CareerLevel;

  @Field()
  onLeave!: boolean;

  /** Resolved through the department loader. */
  @Field(() => Department)
  department?: Department;

  departmentId!: string;
}

export function toStretch(entity: PersonHistoryEntity): PersonHistoryStretch {
  return {
    validFrom: entity.validFrom,
    validTo: entity.validTo,
    careerLevel: entity.careerLevel,
    onLeave: entity.onLeave,
    departmentId: entity.departmentId,
  };
}

/** A stretch as the audit trail keeps it (before/after of a correction or a backdated edit). */
export interface AuditedStretch {
  validFrom: string;
  validTo: string | null;
  departmentId: string;
  careerLevel: CareerLevel;
  onLeave: boolean;
}

export function toAuditedStretch(entity: PersonHistoryEntity): AuditedStretch {
  return {
    validFrom: entity.validFrom,
    validTo: entity.validTo,
    departmentId: entity.departmentId,
    careerLevel: entity.careerLevel,
    onLeave: entity.onLeave,
  };
}
