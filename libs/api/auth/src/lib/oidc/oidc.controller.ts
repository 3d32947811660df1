import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public, STINT_CONFIG, type StintConfig } from '@stint/api-core';
import { SESSION_COOKIE } from '../sessions/session.guard';
import { OidcService } from './oidc.service';

/** Binds a sign-in in progress to the browser that started it (against login CSRF). */
const STATE_COOKIE = 'stint_oidc_state';

/**
 * The browser side of OpenID Connect sign-in: `/auth/oidc/login` sends the browser to the
 * provider; the provider sends it back to `/auth/oidc/callback`, which sets the same session
 * cookie as a password sign-in and goes on into the dashboard, or to a page that says why not.
 */
@Public()
@Controller('auth/oidc')
export class OidcController {
  constructor(
    private readonly oidc: OidcService,
    @Inject(STINT_CONFIG) private readonly config: StintConfig,
  ) {}

  @Get('login')
  async login(@Query('next') next: unknown, @Res() res: Response): Promise<void> {
    if (!this.oidc.enabled) return void res.status(404).send('Not found');
    try {
      const { url, state } = await this.oidc.begin(next);
      res.cookie(STATE_COOKIE, state, {
        httpOnly: true,
        // Lax: the cookie must come back on the provider's top-level redirect to the callback.
        sameSite: 'lax',
        secure: this.config.COOKIE_SECURE,
        maxAge: 15 * 60_000,
        path: '/auth/oidc',
      });
      res.redirect(302, url);
    } catch {
      res.redirect(302, '/sign-in?oidc=unavailable');
    }
  }

  @Get('callback')
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    if (!this.oidc.enabled) return void res.status(404).send('Not found');
    res.clearCookie(STATE_COOKIE, { path: '/auth/oidc' });
    const current = new URL(req.originalUrl, this.config.PUBLIC_URL);
    if (current.searchParams.has('error')) return void res.redirect(302, '/sign-in?oidc=failed');
    const cookies = req.cookies as Record<string, string> | undefined;
    const outcome = await this.oidc.complete(
      current,
      cookies?.[STATE_COOKIE],
      req.get('user-agent'),
    );
    if (!outcome.ok) {
      const page = outcome.reason === 'no-access' || outcome.reason === 'no-person';
      return void res.redirect(
        302,
        page ? `/no-access?reason=${outcome.reason}` : `/sign-in?oidc=${outcome.reason}`,
      );
    }
    res.cookie(SESSION_COOKIE, outcome.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.COOKIE_SECURE,
      expires: outcome.expiresAt,
      path: '/',
    });
    res.redirect(302, outcome.next);
  }
}
