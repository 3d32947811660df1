import { isIsoDate } from '@stint/domain';

/**
 * The audit trail's filters as the URL holds them:
 * `/audit?entityType=person&entityId=<id>&actorUserId=<uuid>&action=PERSON_UPDATED&from=2026-11-01&to=2026-11-30`.
 * `entityType` and `entityId` are the contract of every record page's "History" link.
 */
export interface AuditFilters {
  entityType: string | null;
  entityId: string | null;
  actorUserId: string | null;
  action: string | null;
  /** 'YYYY-MM-DD', a whole UTC day. */
  from: string | null;
  to: string | null;
}

export const NO_AUDIT_FILTERS: AuditFilters = {
  entityType: null,
  entityId: null,
  actorUserId: null,
  action: null,
  from: null,
  to: null,
};

const KEYS = ['entityType', 'entityId', 'actorUserId', 'action', 'from', 'to'] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_TEXT = 100;

const text = (value: string | null) => {
  const trimmed = value?.trim() ?? '';
  return trimmed !== '' && trimmed.length <= MAX_TEXT ? trimmed : null;
};
const day = (value: string | null) => (value && isIsoDate(value) ? value : null);

/** Reads the filters; a value the API would refuse (a malformed id or date) is ignored. */
export function readAuditFilters(params: URLSearchParams): AuditFilters {
  const actor = params.get('actorUserId');
  return {
    entityType: text(params.get('entityType')),
    entityId: text(params.get('entityId')),
    actorUserId: actor && UUID.test(actor) ? actor : null,
    action: text(params.get('action')),
    from: day(params.get('from')),
    to: day(params.get('to')),
  };
}

/** The URL of the filters, in a fixed order, leaving out what is not set. */
export function writeAuditFilters(filters: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  return params;
}

/** A date range that ends before it starts, as a sentence; null when the range is fine. */
export function dateRangeProblem(filters: AuditFilters): string | null {
  return filters.from && filters.to && filters.from > filters.to
    ? 'The "to" date is before the "from" date.'
    : null;
}

/** The API filter for `auditEvents`: only what is set. */
export function toAuditEventsFilter(filters: AuditFilters) {
  const filter: Partial<Record<(typeof KEYS)[number], string>> = {};
  for (const key of KEYS) {
    const value = filters[key];
    if (value) filter[key] = value;
  }
  return filter;
}

/** Whether any filter is set. */
export function hasAuditFilters(filters: AuditFilters): boolean {
  return KEYS.some((key) => filters[key] !== null);
}
