import { SetMetadata } from '@nestjs/common';
import type { UserRole } from '@stint/domain';
import { DomainError } from '../errors/domain-error';
import type { RequestContext } from '../graphql/request-loaders';

/** Who is acting: the signed-in user behind a request. */
export interface Actor {
  id: string;
  email: string;
  displayName: string;
  role: UserRole;
  /** For PMs: their own person record. */
  personId: string | null;
}

export const PUBLIC_KEY = 'stint:public';
export const ROLES_KEY = 'stint:roles';

/** Marks an operation that needs no session (only `login` and `me`). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Restricts an operation to these roles; ADMIN may always act. */
export const Roles = (...roles: UserRole[]) => SetMetadata(ROLES_KEY, roles);

export function actorOf(context: RequestContext): Actor | null {
  return (context.req['actor'] as Actor | undefined) ?? null;
}

/** The actor, for operations the session guard has already admitted. */
export function requireActor(context: RequestContext): Actor {
  const actor = actorOf(context);
  if (!actor) throw new DomainError('UNAUTHENTICATED', 'Please sign in');
  return actor;
}
