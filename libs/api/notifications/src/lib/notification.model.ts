import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '@stint/api-core';
import { NOTIFICATION_EVENTS, type NotificationEvent } from '@stint/domain';

export const NotificationEventEnum = Object.fromEntries(
  NOTIFICATION_EVENTS.map((v) => [v, v]),
) as Record<NotificationEvent, NotificationEvent>;
registerEnumType(NotificationEventEnum, {
  name: 'NotificationEvent',
  description: 'What a notification is about',
});

@ObjectType('Notification', { description: 'Something the signed-in user should know about' })
export class Notification {
  @Field(() => ID)
  id!: string;

  @Field(() => NotificationEventEnum)
  event!: NotificationEvent;

  @Field({ description: 'The kind of record it is about: rotation_request, rotation or seat' })
  recordType!: string;

  @Field(() => ID)
  recordId!: string;

  @Field()
  title!: string;

  @Field()
  body!: string;

  @Field({ description: 'Where in the dashboard the record is, e.g. /requests/<id>' })
  link!: string;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Null while unread' })
  readAt!: Date | null;
}

@ObjectType('NotificationEdge')
export class NotificationEdge {
  @Field()
  cursor!: string;

  @Field(() => Notification)
  node!: Notification;
}

@ObjectType('NotificationConnection')
export class NotificationConnection {
  @Field(() => [NotificationEdge])
  edges!: NotificationEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}

@ObjectType('NotificationSettings', { description: "The signed-in user's notification settings" })
export class NotificationSettings {
  @Field(() => [NotificationEventEnum], { description: 'Events that also go by e-mail' })
  emailEvents!: NotificationEvent[];

  @Field({ description: 'Whether this server sends e-mail at all (SMTP configured)' })
  emailEnabled!: boolean;
}
