import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { DepartmentEntity } from '@stint/api-data';

@ObjectType('Department')
export class Department {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Unique short code, e.g. FIN' })
  code!: string;

  @Field()
  name!: string;

  @Field(() => ID, { nullable: true })
  parentId!: string | null;

  @Field(() => Float, { description: 'Share of its PMs who should have PMO experience (0–1)' })
  coverageTarget!: number;

  @Field(() => Float, { description: 'Most of its PMs that may be away on rotation at once (0–1)' })
  awayCap!: number;

  @Field(() => Int)
  version!: number;

  /** Resolved per request through a loader; see DepartmentsResolver. */
  @Field(() => Int, { description: 'People employed in the department today' })
  headcount?: number;
}

export function toDepartment(entity: DepartmentEntity): Department {
  return {
    id: entity.id,
    code: entity.code,
    name: entity.name,
    parentId: entity.parentId,
    coverageTarget: entity.coverageTarget,
    awayCap: entity.awayCap,
    version: entity.version,
  };
}
