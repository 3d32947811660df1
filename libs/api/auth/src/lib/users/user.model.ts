import { Field, ID, ObjectType } from '@nestjs/graphql';
import { UserRoleEnum } from '@stint/api-core';
import type { UserRole } from '@stint/domain';
import type { UserAccountEntity } from '@stint/api-data';

@ObjectType('User', { description: 'A signed-in account' })
export class User {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  displayName!: string;

  @Field(() => UserRoleEnum)
  role!: UserRole;

  @Field(() => ID, { nullable: true, description: "For PMs: their person record" })
  personId!: string | null;
}

export function toUser(entity: UserAccountEntity): User {
  return {
    id: entity.id,
    email: entity.email,
    displayName: entity.displayName,
    role: entity.role,
    personId: entity.personId,
  };
}
