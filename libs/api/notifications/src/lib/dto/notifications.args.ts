import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsIn, IsOptional } from 'class-validator';
import { PageArgs } from '@stint/api-core';
import { NOTIFICATION_EVENTS, type NotificationEvent } from '@stint/domain';
import { NotificationEventEnum } from '../notification.model';

@ArgsType()
export class NotificationsArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Only unread ones' })
  @IsOptional()
  @IsBoolean()
  unreadOnly?: boolean | null;
}

@InputType()
export class UpdateNotificationSettingsInput {
  @Field(() => [NotificationEventEnum], {
    description: 'Events that also go by e-mail (the rest show in the dashboard only)',
  })
  @ArrayMaxSize(NOTIFICATION_EVENTS.length)
  @IsIn(NOTIFICATION_EVENTS, { each: true })
  emailEvents!: NotificationEvent[];
}
