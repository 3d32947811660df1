import { Context, Query, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@stint/api-core';
import { User } from './user.model';

/** The session layer puts the signed-in user on the request; `me` is null without one. */
@Resolver(() => User)
export class MeResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in user, or null when signed out' })
  me(@Context() context: RequestContext): User | null {
    return (context.req['user'] as User | undefined) ?? null;
  }
}
