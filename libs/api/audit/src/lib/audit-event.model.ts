import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '@stint/api-core';

@ObjectType('AuditEvent', {
  description: 'Who did what to which record, when, with before and after values',
})
export class AuditEvent {
  @Field(() => ID)
  id!: string;

  @Field()
  occurredAt!: Date;

  @Field(() => ID, {
    nullable: true,
    description: 'Null for the system (start-up, imports by the server itself)',
  })
  actorUserId!: string | null;

  @Field({ description: "The actor's e-mail when it happened, or 'system'" })
  actorLabel!: string;

  @Field(() => String, {
    nullable: true,
    description: "The actor's display name today; null for the system",
  })
  actorDisplayName!: string | null;

  @Field({ description: 'Past-tense verb, e.g. USER_UPDATED' })
  action!: string;

  @Field({
    description:
      'Table of the record, e.g. user_account, person, rotation_request (the history link of a record)',
  })
  entityType!: string;

  @Field()
  entityId!: string;

  @Field(() => String, { nullable: true, description: 'The record before, as JSON text' })
  before!: string | null;

  @Field(() => String, { nullable: true, description: 'The record after, as JSON text' })
  after!: string | null;

  @Field(() => String, { nullable: true })
  reason!: string | null;
}

@ObjectType('AuditEventEdge')
export class AuditEventEdge {
  @Field()
  cursor!: string;

  @Field(() => AuditEvent)
  node!: AuditEvent;
}

@ObjectType('AuditEventConnection')
export class AuditEventConnection {
  @Field(() => [AuditEventEdge])
  edges!: AuditEventEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}

@ObjectType('AuditActor', { description: 'A user account that appears in the audit trail' })
export class AuditActor {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  displayName!: string;
}

@ObjectType('AuditFilterOptions', {
  description: 'The values the audit trail holds, for the choices of its filters',
})
export class AuditFilterOptions {
  @Field(() => [String], { description: 'Record types, sorted' })
  entityTypes!: string[];

  @Field(() => [String], { description: 'Actions, sorted' })
  actions!: string[];

  @Field(() => [AuditActor], { description: 'Users who did something, by display name' })
  actors!: AuditActor[];
}
