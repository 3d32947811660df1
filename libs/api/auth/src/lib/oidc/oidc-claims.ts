import type { UserRole } from '@stint/domain';

export type RoleMap = readonly { group: string; role: UserRole }[];

/** Reads a claim by name or dotted path (e.g. `realm_access.roles` for Keycloak realm roles). */
export function claimAt(claims: Record<string, unknown>, path: string): unknown {
  if (path in claims) return claims[path];
  return path
    .split('.')
    .reduce<unknown>(
      (value, key) =>
        value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined,
      claims,
    );
}

/** The groups in a claim: an array of strings, or one string (space- or comma-separated). */
export function groupsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  if (typeof value === 'string')
    return value
      .split(/[\s,]+/)
      .map((v) => v.trim())
      .filter(Boolean);
  return [];
}

/**
 * The Stint role for these groups: the first entry of the map (in configuration order) whose
 * group the user has, or null when none matches (no access). List the most powerful first.
 */
export function mapRole(groups: readonly string[], map: RoleMap): UserRole | null {
  const have = new Set(groups);
  return map.find((entry) => have.has(entry.group))?.role ?? null;
}

/** A redirect target inside the dashboard only: a path, never another origin. */
export function safeNextPath(next: unknown): string {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//')) return '/';
  if (next.includes('\\') || /[\r\n]/.test(next)) return '/';
  return next.slice(0, 500);
}
