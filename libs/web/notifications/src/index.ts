export { NotificationBell } from './lib/components/NotificationBell';
export { NotificationsPanel } from './lib/components/NotificationsPanel';
export type { NotificationsPanelProps } from './lib/components/NotificationsPanel';
export { PreferencesPage } from './lib/components/PreferencesPage';
