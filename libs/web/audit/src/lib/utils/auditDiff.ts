import { fieldLabel } from './auditLabels';
import { formatAuditValue, isBlank } from './formatAuditValue';
import type { NameResolver } from './referenceNames';

export type ChangeKind = 'added' | 'removed' | 'changed';

/** One field that differs between an event's before and after, in words. */
export interface FieldChange {
  /** The field's path in the snapshot, dotted ('rules.maxRotations'); unique within an event. */
  key: string;
  /** The field in words; nested fields name their parents ('Rules › Most rotations per person'). */
  label: string;
  /** added: it had no value before; removed: it has none after; changed: both have one. */
  kind: ChangeKind;
  /** The old value in words; null when added. */
  before: string | null;
  /** The new value in words; null when removed. */
  after: string | null;
}

/**
 * Bookkeeping every snapshot carries: the record's own id (the event names it already), its
 * optimistic-lock version and its row timestamps. They change on every edit and say nothing a
 * reader needs, so they are left out.
 */
const BOOKKEEPING = new Set(['id', 'version', 'createdAt', 'updatedAt']);

interface Leaf {
  path: string[];
  value: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Flattens nested objects (and lists of objects) into leaves keyed by their dotted path. */
function flatten(value: unknown, path: string[], out: Map<string, Leaf>): void {
  if (isRecord(value) && (path.length === 0 || Object.keys(value).length > 0)) {
    for (const [key, child] of Object.entries(value)) {
      if (path.length === 0 && BOOKKEEPING.has(key)) continue;
      flatten(child, [...path, key], out);
    }
    return;
  }
  if (Array.isArray(value) && value.some((item) => isRecord(item) || Array.isArray(item))) {
    value.forEach((item, index) => flatten(item, [...path, String(index + 1)], out));
    return;
  }
  out.set(path.join('.'), { path, value });
}

/** Equal as JSON values, whatever the order of object keys. */
function same(a: unknown, b: unknown): boolean {
  return stable(a) === stable(b);
}

function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (isRecord(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stable(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

/** The audit API serves snapshots as JSON text; anything unparseable is shown as it is. */
export function parseSnapshot(json: string | null): unknown {
  if (json === null) return null;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return json;
  }
}

/**
 * The field-by-field difference between a record's before and after snapshots (either may be
 * null: a creation has no before). Fields in the after's order, then fields only the before
 * had; unchanged fields and bookkeeping are left out. `resolve` names referenced records.
 */
export function diffAuditValues(
  before: unknown,
  after: unknown,
  resolve?: NameResolver,
): FieldChange[] {
  const old = new Map<string, Leaf>();
  const now = new Map<string, Leaf>();
  if (!isBlank(before)) flatten(before, [], old);
  if (!isBlank(after)) flatten(after, [], now);

  const keys = [...now.keys(), ...[...old.keys()].filter((k) => !now.has(k))];
  const changes: FieldChange[] = [];
  for (const key of keys) {
    const leaf = (now.get(key) ?? old.get(key)) as Leaf;
    const was = old.get(key)?.value;
    const is = now.get(key)?.value;
    if (same(was, is) || (isBlank(was) && isBlank(is))) continue;
    const field = leaf.path[leaf.path.length - 1] ?? '';
    changes.push({
      key,
      label: leaf.path.length === 0 ? 'Value' : leaf.path.map(fieldLabel).join(' › '),
      kind: isBlank(was) ? 'added' : isBlank(is) ? 'removed' : 'changed',
      before: isBlank(was) ? null : formatAuditValue(field, was, resolve),
      after: isBlank(is) ? null : formatAuditValue(field, is, resolve),
    });
  }
  return changes;
}
