import { Logger, type LogLevel } from '@nestjs/common';
import { HttpAdapterHost, NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  createValidationPipe,
  GraphQLPassThroughFilter,
  runWithReadScope,
  type StintConfig,
} from '@stint/api-core';
import { AppModule } from './app.module';
import {
  applyCors,
  idempotencyScope,
  JSON_BODY_LIMIT,
  limitOtherBodies,
  OTHER_BODY_LIMIT_BYTES,
  securityHeaders,
} from './http-hardening';

const LEVELS: Record<StintConfig['LOG_LEVEL'], LogLevel[]> = {
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  log: ['fatal', 'error', 'warn', 'log'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'],
};

/** Builds the Nest application (not listening yet): used by main.ts and integration tests. */
export async function createApp(
  config: StintConfig,
  databaseUrl: string,
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, databaseUrl),
    {
      logger: LEVELS[config.LOG_LEVEL],
      bodyParser: true,
    },
  );
  app.disable('x-powered-by');
  // No ETag on res.send bodies (GraphQL answers): Express hashed every answer (SHA-1 of the 4.5 MB
  // of coverage at `xl`: a third of what JSON.stringify of it costs) for a header no client
  // revalidates a POST with. The dashboard's files (serve-static, sendFile) keep theirs.
  app.set('etag', false);
  // Behind a load balancer the client's address (login throttling) is in X-Forwarded-For.
  app.set('trust proxy', config.TRUST_PROXY);
  app.use(securityHeaders(config));
  // Answers and the dashboard's files compressed for the clients that ask (every browser does):
  // the Coverage screen's answer is ~570 KB of JSON at `large` and ~2.8 MB at `xl`, a transfer
  // over an office link that the loopback benchmarks never see, and ~13× smaller as brotli
  // (quality 4). Below 1 KB, and without Accept-Encoding, answers go as they are
  // (docs/decisions.md, "Answers are compressed").
  app.use(compression());
  applyCors(app, config);
  app.use(limitOtherBodies);
  // Room for an HR system's CSV export of 100,000 people (~10 MB) in importPeople, and no more.
  app.useBodyParser('json', { limit: JSON_BODY_LIMIT });
  app.useBodyParser('urlencoded', { limit: OTHER_BODY_LIMIT_BYTES, extended: false });
  // Each request reads from the primary unless it turns out to be a query (readRoutingPlugin).
  app.use('/graphql', (_req: Request, _res: Response, next: NextFunction) =>
    runWithReadScope(next),
  );
  app.use('/graphql', idempotencyScope);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new GraphQLPassThroughFilter(app.get(HttpAdapterHost).httpAdapter));
  app.use(cookieParser());
  serveDashboard(app, path.resolve(config.WEB_DIST_DIR));
  return app;
}

/** The built dashboard at `/`, with client-side routes falling back to index.html. */
function serveDashboard(app: NestExpressApplication, webDir: string): void {
  const index = path.join(webDir, 'index.html');
  if (!existsSync(index)) {
    new Logger('Web').warn(
      `No built dashboard in ${webDir}; run \`npx nx run web:build\` (npm start does it for you).`,
    );
    return;
  }
  app.useStaticAssets(webDir, { index: false, maxAge: '1h', immutable: false });
  app.use((req: Request, res: Response, next: NextFunction) => {
    const apiPath =
      req.path.startsWith('/graphql') ||
      req.path.startsWith('/health') ||
      req.path.startsWith('/auth/');
    if (req.method !== 'GET' || apiPath || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
