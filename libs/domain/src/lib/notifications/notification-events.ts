/**
 * What Stint tells people about (issue 13). Each event has a recipient rule in the API
 * (`@stint/api-data` notifications) and a label the dashboard shows in the e-mail settings.
 */
export const NOTIFICATION_EVENTS = [
  'REQUEST_SUBMITTED',
  'REQUEST_APPROVED',
  'REQUEST_DECLINED',
  'ROTATION_STARTING',
  'ROTATION_ENDING',
  'OUTCOME_DUE',
  'SEAT_UNFILLED',
] as const;
export type NotificationEvent = (typeof NOTIFICATION_EVENTS)[number];

/** The record a notification links to. */
export const NOTIFICATION_RECORD_TYPES = ['rotation_request', 'rotation', 'seat'] as const;
export type NotificationRecordType = (typeof NOTIFICATION_RECORD_TYPES)[number];

/** In words, for the settings page and e-mail footers. */
export const NOTIFICATION_EVENT_LABELS: Readonly<Record<NotificationEvent, string>> = {
  REQUEST_SUBMITTED: 'A rotation request is waiting for a decision',
  REQUEST_APPROVED: 'Your rotation request was approved',
  REQUEST_DECLINED: 'Your rotation request was declined',
  ROTATION_STARTING: 'A rotation starts within 14 days',
  ROTATION_ENDING: 'A rotation ends within 30 days',
  OUTCOME_DUE: 'A completed rotation needs its outcome',
  SEAT_UNFILLED: 'A seat opens within 30 days with nobody assigned',
};

/** Days ahead the scheduled notifications look (issue 13). */
export const NOTIFY_DAYS_BEFORE_START = 14;
export const NOTIFY_DAYS_BEFORE_END = 30;
export const NOTIFY_DAYS_BEFORE_SEAT_OPENS = 30;
/** Completed rotations older than this are not chased for outcomes (no flood of history). */
export const OUTCOME_DUE_LOOKBACK_DAYS = 30;
