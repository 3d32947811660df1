import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import {
  actorOf,
  DomainError,
  Public,
  requireActor,
  STINT_CONFIG,
  type RequestContext,
  type StintConfig,
} from '@stint/api-core';
import { AuthOptions } from '../oidc/auth-options.model';
import { OIDC_LOGIN_PATH } from '../oidc/oidc.service';
import { User } from '../users/user.model';
import { AuthService } from './auth.service';
import { LoginArgs } from './dto/login.args';
import { LoginResult } from './login-result.model';
import { SESSION_COOKIE } from './session.guard';

type HttpContext = RequestContext & { req: RequestContext['req'] & Request; res: Response };

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    @Inject(STINT_CONFIG) private readonly config: StintConfig,
  ) {}

  @Public()
  @Query(() => User, { nullable: true, description: 'The signed-in user, or null when signed out' })
  me(@Context() context: RequestContext): User | null {
    return actorOf(context);
  }

  @Public()
  @Query(() => AuthOptions, { description: 'How to sign in: password, company account, or both' })
  authOptions(): AuthOptions {
    const oidc = Boolean(this.config.OIDC_ISSUER);
    return {
      localLogin: this.config.LOCAL_LOGIN,
      oidcProviderName: oidc ? this.config.OIDC_PROVIDER_NAME : null,
      oidcLoginUrl: oidc ? OIDC_LOGIN_PATH : null,
    };
  }

  @Public()
  @Mutation(() => LoginResult, {
    description:
      'Signs in: sets an httpOnly session cookie and returns a bearer token for API clients',
  })
  async login(@Args() args: LoginArgs, @Context() context: HttpContext): Promise<LoginResult> {
    const { req, res } = context;
    if (!this.config.LOCAL_LOGIN) {
      throw new DomainError(
        'FORBIDDEN',
        `Passwords are turned off here; sign in with ${this.config.OIDC_PROVIDER_NAME}`,
      );
    }
    const result = await this.auth.login(
      args.email,
      args.password,
      req.ip ?? 'unknown',
      req.get('user-agent'),
    );
    res.cookie(SESSION_COOKIE, result.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.COOKIE_SECURE,
      expires: result.expiresAt,
      path: '/',
    });
    return result;
  }

  @Mutation(() => Boolean, { description: 'Ends the current session' })
  async logout(@Context() context: HttpContext): Promise<boolean> {
    const actor = requireActor(context);
    await this.auth.logout(actor, (context.req['sessionToken'] as string | null) ?? null);
    context.res.clearCookie(SESSION_COOKIE, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.COOKIE_SECURE,
    });
    return true;
  }
}
