import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo, UserRoleEnum } from '@stint/api-core';
import type { UserRole } from '@stint/domain';
import type { UserAccountEntity } from '@stint/api-data';

/** What the API shows of an account: never its password hash. */
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

  @Field(() => ID, { nullable: true, description: 'For PMs: their person record' })
  personId!: string | null;

  /** Filled by toUser; for `me` (built from the session's actor) a loader fills it in. */
  @Field({ description: 'A disabled account cannot sign in and has no sessions' })
  disabled?: boolean;

  @Field(() => Int, { description: 'Pass back to updateUser; a stale version is refused' })
  version?: number;
}

@ObjectType('UserEdge')
export class UserEdge {
  @Field()
  cursor!: string;

  @Field(() => User)
  node!: User;
}

@ObjectType('UserConnection')
export class UserConnection {
  @Field(() => [UserEdge])
  edges!: UserEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}

export function toUser(entity: UserAccountEntity): User {
  return {
    id: entity.id,
    email: entity.email,
    displayName: entity.displayName,
    role: entity.role,
    personId: entity.personId,
    disabled: entity.disabled,
    version: entity.version,
  };
}

/** The audit trail's picture of an account: the same fields, and never a password or hash. */
export function userSnapshot(entity: UserAccountEntity): Record<string, unknown> {
  return { ...toUser(entity) };
}
