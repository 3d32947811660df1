import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import {
  IDEMPOTENCY_HEADER,
  runWithIdempotencyKey,
  type Actor,
  type StintConfig,
} from '@stint/api-core';

/** JSON bodies: room for an HR system's CSV export of 100,000 people (~10 MB) in importPeople. */
export const JSON_BODY_LIMIT = '25mb';
/** Any other body type (form posts, text): the API reads none of them; refuse big ones unread. */
export const OTHER_BODY_LIMIT_BYTES = 100 * 1024;

/**
 * Security headers (helmet). The CSP fits the built dashboard: Vite emits same-origin module
 * scripts and stylesheets; React and Recharts set inline `style` attributes, hence
 * 'unsafe-inline' for styles only; the favicon is a data: URI. GraphiQL (GET /graphql in a
 * browser, only where GRAPHQL_INTROSPECTION is on) loads from a CDN with an inline script, so
 * that page alone is served without a CSP.
 */
export function securityHeaders(config: StintConfig) {
  const https = config.COOKIE_SECURE;
  const common = {
    strictTransportSecurity: https ? { maxAge: 15552000, includeSubDomains: true } : false,
    crossOriginOpenerPolicy: { policy: 'same-origin' as const },
    referrerPolicy: { policy: 'no-referrer' as const },
  };
  const withCsp = helmet({
    ...common,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        // Only when served over HTTPS: on plain http://localhost it would break every request.
        upgradeInsecureRequests: https ? [] : null,
      },
    },
  });
  const withoutCsp = helmet({ ...common, contentSecurityPolicy: false });
  return (req: Request, res: Response, next: NextFunction) => {
    const ide =
      config.GRAPHQL_INTROSPECTION &&
      req.method === 'GET' &&
      req.path === '/graphql' &&
      req.accepts('html') === 'html';
    return (ide ? withoutCsp : withCsp)(req, res, next);
  };
}

/** Cross-origin browser calls only from CORS_ORIGINS; with none set, no CORS headers at all. */
export function applyCors(app: NestExpressApplication, config: StintConfig): void {
  if (!config.CORS_ORIGINS.length) return;
  app.enableCors({
    origin: config.CORS_ORIGINS,
    credentials: true,
    methods: ['GET', 'POST'],
    allowedHeaders: [
      'content-type',
      'authorization',
      'apollo-require-preflight',
      'x-apollo-operation-name',
      IDEMPOTENCY_HEADER,
    ],
    maxAge: 600,
  });
}

/** Refuses, before reading it, any non-JSON body larger than OTHER_BODY_LIMIT_BYTES (413). */
export function limitOtherBodies(req: Request, res: Response, next: NextFunction): void {
  const length = Number(req.headers['content-length'] ?? 0);
  if (length > OTHER_BODY_LIMIT_BYTES && !req.is('application/json')) {
    res.status(413).json({
      errors: [
        {
          message: `Request body too large for its content type (limit ${OTHER_BODY_LIMIT_BYTES} bytes)`,
          extensions: { code: 'PAYLOAD_TOO_LARGE' },
        },
      ],
    });
    return;
  }
  next();
}

/**
 * Carries a POST's Idempotency-Key to runTransaction (AsyncLocalStorage). Registered after the
 * JSON body parser, so everything from here to the resolvers runs inside the scope.
 */
export function idempotencyScope(req: Request, _res: Response, next: NextFunction): void {
  const key = req.headers[IDEMPOTENCY_HEADER];
  if (req.method !== 'POST' || typeof key !== 'string') return next();
  runWithIdempotencyKey(
    { key, state: 'pending', userId: () => (req as Request & { actor?: Actor | null }).actor?.id },
    next,
  );
}
