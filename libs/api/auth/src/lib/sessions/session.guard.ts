import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { DomainError, PUBLIC_KEY, ROLES_KEY, type Actor } from '@stint/api-core';
import type { UserRole } from '@stint/domain';
import { SessionsService } from './sessions.service';

export const SESSION_COOKIE = 'stint_session';

type AuthRequest = Request & {
  actor?: Actor | null;
  sessionToken?: string | null;
  /** The session lookup under way, shared by the request's root fields. */
  actorLookup?: Promise<Actor | null>;
};

/** The session token from the cookie (browsers) or the Authorization header (API clients). */
export function sessionToken(req: Request): string | null {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim() || null;
  const cookies = req.cookies as Record<string, string> | undefined;
  return cookies?.[SESSION_COOKIE] ?? null;
}

/**
 * Runs before every operation: resolves the session once per request, then admits the
 * operation if it is public, or if the actor has one of its roles (ADMIN always does).
 * Object-level checks (whose record is this?) stay in the services.
 */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = this.request(context);
    if (req.actor === undefined) {
      // A request's root fields are guarded at once (a dozen aliases of one query): the first
      // starts the lookup and the others wait for it, so a request costs one session statement.
      if (!req.actorLookup) {
        req.sessionToken = sessionToken(req);
        const token = req.sessionToken;
        req.actorLookup = token ? this.sessions.resolve(token) : Promise.resolve(null);
      }
      req.actor = await req.actorLookup;
    }
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    if (!req.actor) throw new DomainError('UNAUTHENTICATED', 'Please sign in');
    const roles = this.reflector.getAllAndOverride<UserRole[] | undefined>(ROLES_KEY, targets);
    if (roles && req.actor.role !== 'ADMIN' && !roles.includes(req.actor.role)) {
      throw new DomainError('FORBIDDEN', 'Your role does not allow this');
    }
    return true;
  }

  private request(context: ExecutionContext): AuthRequest {
    if (context.getType<string>() === 'graphql') {
      return GqlExecutionContext.create(context).getContext<{ req: AuthRequest }>().req;
    }
    return context.switchToHttp().getRequest<AuthRequest>();
  }
}
