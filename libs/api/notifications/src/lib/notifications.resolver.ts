import {
  Args,
  ArgsType,
  Context,
  Field,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
} from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { requireActor, Roles, type RequestContext } from '@stint/api-core';
import { NotificationsArgs, UpdateNotificationSettingsInput } from './dto/notifications.args';
import { Notification, NotificationConnection, NotificationSettings } from './notification.model';
import { NotificationsService } from './notifications.service';

@ArgsType()
class NotificationIdArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

const EVERY_ROLE = ['PM', 'HR', 'DIRECTOR'] as const;

/** The signed-in user's own notifications and settings; every role has them. */
@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Roles(...EVERY_ROLE)
  @Query(() => NotificationConnection, { description: 'Your notifications, newest first' })
  notifications(
    @Args() args: NotificationsArgs,
    @Context() context: RequestContext,
  ): Promise<NotificationConnection> {
    return this.service.page(
      requireActor(context),
      args.unreadOnly ?? false,
      args.first,
      args.after,
    );
  }

  @Roles(...EVERY_ROLE)
  @Query(() => Int, { description: 'How many of your notifications are unread' })
  unreadNotificationCount(@Context() context: RequestContext): Promise<number> {
    return this.service.unreadCount(requireActor(context));
  }

  @Roles(...EVERY_ROLE)
  @Mutation(() => Notification, { description: 'Marks one of your notifications read' })
  markNotificationRead(
    @Args() args: NotificationIdArgs,
    @Context() context: RequestContext,
  ): Promise<Notification> {
    return this.service.markRead(requireActor(context), args.id);
  }

  @Roles(...EVERY_ROLE)
  @Mutation(() => Int, { description: 'Marks all your notifications read; answers how many' })
  markAllNotificationsRead(@Context() context: RequestContext): Promise<number> {
    return this.service.markAllRead(requireActor(context));
  }

  @Roles(...EVERY_ROLE)
  @Query(() => NotificationSettings, { description: 'Which of your notifications go by e-mail' })
  notificationSettings(@Context() context: RequestContext): Promise<NotificationSettings> {
    return this.service.settings(requireActor(context));
  }

  @Roles(...EVERY_ROLE)
  @Mutation(() => NotificationSettings, { description: 'Chooses which events go by e-mail' })
  updateNotificationSettings(
    @Args('input') input: UpdateNotificationSettingsInput,
    @Context() context: RequestContext,
  ): Promise<NotificationSettings> {
    return this.service.updateSettings(requireActor(context), input.emailEvents);
  }
}
