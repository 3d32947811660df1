import { Module } from '@nestjs/common';
import { EmailDeliveryService } from './email/email-delivery.service';
import { NotificationScanService } from './scan/notification-scan.service';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

/**
 * In-app notifications, e-mail settings, the scheduled scan for time-based events and the
 * e-mail delivery worker. Notifications caused by mutations are written by their features
 * through `@stint/api-data` in the mutation's own transaction.
 */
@Module({
  providers: [
    NotificationsService,
    NotificationsResolver,
    NotificationScanService,
    EmailDeliveryService,
  ],
  exports: [NotificationScanService, EmailDeliveryService],
})
export class NotificationsModule {}
