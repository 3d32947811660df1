import { Reflector } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import type { Request } from 'express';
import { DomainError, type Actor } from '@stint/api-core';
import { SessionGuard } from './session.guard';
import type { SessionsService } from './sessions.service';

const ACTOR: Actor = {
  id: 'u1',
  email: 'hr@x.test',
  displayName: 'HR',
  role: 'HR',
  personId: null,
};

/** The guarded resolver (no role or public marks: any signed-in actor). */
class Handlers {
  eligibility(): string {
    return 'resolved';
  }
}

/** An HTTP execution context of one request (the guard reads GraphQL's the same way). */
function contextOf(req: Request) {
  const context = new ExecutionContextHost(
    [req, {}, () => undefined],
    Handlers,
    Handlers.prototype.eligibility,
  );
  context.setType('http');
  return context;
}

function guardWith(resolve: (token: string) => Promise<Actor | null>) {
  const sessions = { resolve: jest.fn(resolve) };
  return {
    guard: new SessionGuard(new Reflector(), sessions as unknown as SessionsService),
    sessions,
  };
}

describe('SessionGuard', () => {
  it('looks the session up once for a request whose root fields are guarded at once', async () => {
    const { guard, sessions } = guardWith(
      () => new Promise((resolve) => setTimeout(() => resolve(ACTOR), 20)),
    );
    const req = { headers: { authorization: 'Bearer token-1' } } as unknown as Request;
    // A dozen aliases of one query: Nest guards each root field before any lookup has ended.
    const admitted = await Promise.all(
      Array.from({ length: 12 }, () => guard.canActivate(contextOf(req))),
    );
    expect(admitted).toEqual(Array(12).fill(true));
    expect(sessions.resolve).toHaveBeenCalledTimes(1);
    expect(sessions.resolve).toHaveBeenCalledWith('token-1');
    expect((req as Request & { actor?: Actor }).actor).toEqual(ACTOR);
  });

  it('refuses every field of a request without a session, after one lookup at most', async () => {
    const { guard, sessions } = guardWith(async () => null);
    const withStale = { headers: { authorization: 'Bearer gone' } } as unknown as Request;
    const results = await Promise.allSettled(
      [1, 2, 3].map(() => guard.canActivate(contextOf(withStale))),
    );
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    const reasons = results.map((r) => (r as PromiseRejectedResult).reason as DomainError);
    expect(reasons.every((e) => e instanceof DomainError && e.code === 'UNAUTHENTICATED')).toBe(
      true,
    );
    expect(sessions.resolve).toHaveBeenCalledTimes(1);

    const without = { headers: {} } as unknown as Request;
    await expect(guard.canActivate(contextOf(without))).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    expect(sessions.resolve).toHaveBeenCalledTimes(1);
  });
});
