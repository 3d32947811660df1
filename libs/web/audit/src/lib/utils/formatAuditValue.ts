import {
  CAREER_LEVEL_LABELS,
  DEVELOPMENT_GOAL_LABELS,
  formatDay,
  isIsoDate,
  SEAT_ROLE_LABELS,
} from '@stint/domain';
import { STATUS_LABELS } from '@stint/web-ui';
import type { NameResolver } from './referenceNames';

/** Every enumeration value a snapshot may hold, in words (the values do not collide). */
const ENUM_LABELS: Readonly<Record<string, string>> = {
  ...CAREER_LEVEL_LABELS,
  ...DEVELOPMENT_GOAL_LABELS,
  ...SEAT_ROLE_LABELS,
  ...STATUS_LABELS,
  PROGRAM: 'Program PMO',
  DEPARTMENT: 'Department PMO',
  ENTERPRISE: 'Enterprise PMO',
  ADMIN: 'Admin',
  DIRECTOR: 'PMO director',
  HR: 'HR partner',
  PM: 'Project manager',
};

/** Fields that hold a share (0.3) rather than a count. */
const SHARE_FIELDS = new Set(['coverageTarget', 'awayCap']);

const INSTANT = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** '2026-11-29T08:05:13.120Z' → '29 November 2026, 08:05 UTC' (the server speaks UTC). */
export function formatInstant(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const utc = date.toISOString();
  return `${formatDay(utc.slice(0, 10))}, ${utc.slice(11, 16)} UTC`;
}

/** Whether a value counts as "not set" (an absent field, null, '', [] or {}). */
export function isBlank(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}

/**
 * One snapshot value in words for the field `key`: dates and instants spelt out, enumerations
 * by their labels, yes/no, shares as percentages, lists joined, ids of other records by the
 * names `resolve` knows. Never raw JSON for a scalar.
 */
export function formatAuditValue(key: string, value: unknown, resolve?: NameResolver): string {
  if (isBlank(value)) return 'none';
  if (typeof value === 'string' && resolve) {
    const name = resolve(key, value);
    if (name) return name;
  }
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') {
    return SHARE_FIELDS.has(key)
      ? `${Number((value * 100).toFixed(1)).toLocaleString('en')}%`
      : value.toLocaleString('en');
  }
  if (typeof value === 'string') return formatText(value);
  if (Array.isArray(value))
    return value.map((item) => formatAuditValue(key, item, resolve)).join(', ');
  // Objects are flattened into their own rows before this; one left here is shown compactly.
  return Object.entries(value as Record<string, unknown>)
    .map(([k, v]) => `${k}: ${formatAuditValue(k, v)}`)
    .join('; ');
}

function formatText(text: string): string {
  if (isIsoDate(text)) return formatDay(text);
  if (INSTANT.test(text)) return formatInstant(text);
  if (/^[A-Z][A-Z_]*$/.test(text)) return ENUM_LABELS[text] ?? text;
  return text;
}
