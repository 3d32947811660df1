export * from './lib/notifications.module';
export * from './lib/scan/notification-scan.service';
export * from './lib/email/email-delivery.service';
