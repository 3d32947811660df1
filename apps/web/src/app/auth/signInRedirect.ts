import type { UserRole } from '@stint/domain';
import { canOpen, homePathFor } from '../screens';

export const SIGN_IN_PATH = '/sign-in';

// Only used to parse; never a place anyone is sent.
const PARSE_BASE = 'https://stint.invalid';

/**
 * The `next` parameter as a same-origin path, or null when it is anything else. Only a path
 * that starts with exactly one `/` passes: `//evil.example`, `/\evil.example` (browsers read `\`
 * as `/`), `https://…`, `javascript:` and anything with control characters (which browsers strip
 * from URLs) are refused, and so is the sign-in page itself.
 */
export function safeNextPath(next: string | null | undefined): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//')) return null;
  for (const char of next) {
    const code = char.charCodeAt(0);
    if (char === '\\' || code < 0x20 || code === 0x7f) return null;
  }
  let url: URL;
  try {
    url = new URL(next, PARSE_BASE);
  } catch {
    return null;
  }
  if (url.origin !== PARSE_BASE || url.pathname === SIGN_IN_PATH) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * Where to go after signing in: where the person was going, when that is a safe same-origin
 * path their role may open; their role's home otherwise.
 */
export function afterSignInPath(role: UserRole, next: string | null | undefined): string {
  const path = safeNextPath(next);
  if (path && canOpen(role, new URL(path, PARSE_BASE).pathname)) return path;
  return homePathFor(role);
}

export interface SignInPathOptions {
  /** The session ended under the person: the sign-in page says so. */
  expired?: boolean;
}

/**
 * `/sign-in?next=/staffing%3Fx%3D1&expired=1`. The slashes of `next` stay readable; everything
 * else that could end the parameter is escaped.
 */
export function signInPathFor(next: string | null, { expired = false }: SignInPathOptions = {}) {
  const params: string[] = [];
  const path = safeNextPath(next);
  if (path && path !== '/') params.push(`next=${encodeURIComponent(path).replace(/%2F/g, '/')}`);
  if (expired) params.push('expired=1');
  return params.length ? `${SIGN_IN_PATH}?${params.join('&')}` : SIGN_IN_PATH;
}
