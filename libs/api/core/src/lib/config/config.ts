import { z } from 'zod';

/**
 * Configuration comes from the environment only, validated once at start. A bad value stops
 * the process with one line naming the variable; nothing reads process.env after this.
 */
const boolish = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], {
    error: 'must be true or false',
  })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const intIn = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, { error: `must be a whole number between ${min} and ${max}` })
    .transform(Number)
    .pipe(
      z
        .number()
        .min(min, { error: `must be a whole number between ${min} and ${max}` })
        .max(max, { error: `must be a whole number between ${min} and ${max}` }),
    );

const postgresUrl = z.string().refine(
  (value) => {
    try {
      const url = new URL(value);
      return (
        (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== ''
      );
    } catch {
      return false;
    }
  },
  {
    error:
      'must be a postgres:// or postgresql:// URL with a host, e.g. postgres://user:pass@localhost:5432/stint',
  },
);

/** Comma-separated origins (scheme://host[:port]) allowed to call the API from a browser. */
const originList = z.string().transform((value, ctx) => {
  const origins = value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  for (const origin of origins) {
    let url: URL | undefined;
    try {
      url = new URL(origin);
    } catch {
      url = undefined;
    }
    if (
      !url ||
      !['http:', 'https:'].includes(url.protocol) ||
      url.origin !== origin.replace(/\/$/, '')
    ) {
      ctx.addIssue({
        code: 'custom',
        message: `must be a comma-separated list of origins such as https://stint.example.com (not "${origin}")`,
      });
      return z.NEVER;
    }
  }
  return origins.map((origin) => origin.replace(/\/$/, ''));
});

/** Comma-separated postgres:// URLs (read replicas); empty = none. */
const postgresUrlList = z.string().transform((value, ctx) => {
  const urls = value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  for (const [i, url] of urls.entries()) {
    if (!postgresUrl.safeParse(url).success) {
      ctx.addIssue({
        code: 'custom',
        message: `must be a comma-separated list of postgres:// URLs with a host (entry ${i + 1} is not)`,
      });
      return z.NEVER;
    }
  }
  return urls;
});

/**
 * Which proxies to believe about the client's address (X-Forwarded-For), for Express's
 * `trust proxy`: a hop count (1 = the load balancer in front) or addresses/subnets/presets.
 */
const trustProxy = z.string().transform((value, ctx) => {
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed) && Number(trimmed) <= 10) return Number(trimmed);
  const parts = trimmed
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  const valid = /^(loopback|linklocal|uniquelocal|[0-9a-fA-F:.]+(\/\d{1,3})?)$/;
  if (!parts.length || !parts.every((part) => valid.test(part))) {
    ctx.addIssue({
      code: 'custom',
      message:
        'must be a hop count (0–10) or a comma-separated list of addresses, subnets or loopback/linklocal/uniquelocal',
    });
    return z.NEVER;
  }
  return parts;
});

/** smtp:// or smtps:// with a host; credentials may be in the URL. */
const smtpUrl = z.string().refine(
  (value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname !== '';
    } catch {
      return false;
    }
  },
  {
    error:
      'must be an smtp:// or smtps:// URL with a host, e.g. smtp://user:pass@mail.example.com:587',
  },
);

const httpUrl = (example: string) =>
  z.string().refine(
    (value) => {
      try {
        const url = new URL(value);
        return ['http:', 'https:'].includes(url.protocol) && url.hostname !== '';
      } catch {
        return false;
      }
    },
    { error: `must be an http:// or https:// URL, e.g. ${example}` },
  );

/** `group:ROLE,group:ROLE`: which identity-provider group grants which Stint role. */
const roleMap = z.string().transform((value, ctx) => {
  const map: { group: string; role: 'ADMIN' | 'DIRECTOR' | 'HR' | 'PM' }[] = [];
  for (const part of value
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const at = part.lastIndexOf(':');
    const group = part.slice(0, at).trim();
    const role = part
      .slice(at + 1)
      .trim()
      .toUpperCase();
    if (at <= 0 || !group || !['ADMIN', 'DIRECTOR', 'HR', 'PM'].includes(role)) {
      ctx.addIssue({
        code: 'custom',
        message: `must be a comma-separated list of group:ROLE pairs (ROLE one of ADMIN, DIRECTOR, HR, PM), e.g. stint-admins:ADMIN,stint-pms:PM (not "${part}")`,
      });
      return z.NEVER;
    }
    map.push({ group, role: role as 'ADMIN' | 'DIRECTOR' | 'HR' | 'PM' });
  }
  return map;
});

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: intIn(1, 65535).default(3000),
  DATABASE_URL: postgresUrl.optional(),
  DATABASE_REPLICA_URLS: postgresUrlList.optional(),
  DB_REPLICA_MAX_LAG_MS: intIn(0, 3_600_000).default(10000),
  DB_REPLICA_CHECK_MS: intIn(100, 60000).default(1000),
  STINT_DATA_DIR: z.string().min(1).default('.data'),
  EMBEDDED_PG_PORT: intIn(1, 65535).default(54329),
  DB_POOL_SIZE: intIn(1, 200).default(10),
  DB_CONNECT_TIMEOUT_MS: intIn(100, 120000).default(5000),
  DB_STATEMENT_TIMEOUT_MS: intIn(0, 3_600_000).default(15000),
  DB_MIGRATE_ON_START: boolish.default(true),
  STINT_DEMO_DATA: boolish.optional(),
  WEB_DIST_DIR: z.string().min(1).default('dist/apps/web'),
  LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug']).default('warn'),
  SESSION_TTL_HOURS: intIn(1, 720).default(12),
  COOKIE_SECURE: boolish.optional(),
  GRAPHQL_INTROSPECTION: boolish.optional(),
  CORS_ORIGINS: originList.optional(),
  TRUST_PROXY: trustProxy.optional(),
  GRAPHQL_MAX_ANSWER_SIZE: intIn(1000, 100_000_000).default(1_000_000),
  STINT_ADMIN_EMAIL: z.email({ error: 'must be an e-mail address' }).optional(),
  STINT_ADMIN_PASSWORD: z.string().min(12, { error: 'must be at least 12 characters' }).optional(),
  // Where the dashboard is reached from outside: links in e-mails, the OIDC redirect URL.
  PUBLIC_URL: httpUrl('https://stint.example.com').optional(),
  // Notifications: the scheduled scan (0 = off) and e-mail delivery (no SMTP_URL = no e-mail).
  NOTIFICATION_SCAN_INTERVAL_MS: intIn(0, 86_400_000).default(900_000),
  SMTP_URL: smtpUrl.optional(),
  SMTP_FROM: z.string().min(3).default('Stint <stint@localhost>'),
  EMAIL_POLL_INTERVAL_MS: intIn(50, 600_000).default(5000),
  EMAIL_RETRY_BASE_MS: intIn(10, 3_600_000).default(30_000),
  EMAIL_RETRY_MAX_MS: intIn(10, 86_400_000).default(3_600_000),
  EMAIL_MAX_ATTEMPTS: intIn(1, 1000).default(20),
  EMAIL_MAX_AGE_HOURS: intIn(1, 8760).default(72),
  // OpenID Connect sign-in: on when OIDC_ISSUER is set.
  OIDC_ISSUER: httpUrl('https://login.example.com/realms/stint').optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_PROVIDER_NAME: z.string().min(1).max(60).default('your company account'),
  OIDC_ROLE_CLAIM: z.string().min(1).default('groups'),
  OIDC_ROLE_MAP: roleMap.optional(),
  OIDC_SCOPES: z.string().min(1).default('openid email profile'),
  // For providers that only issue verified addresses but send no email_verified (Entra ID).
  OIDC_TRUST_EMAIL: boolish.default(false),
  LOCAL_LOGIN: boolish.default(true),
});

export type StintConfig = Omit<
  z.infer<typeof schema>,
  | 'STINT_DEMO_DATA'
  | 'COOKIE_SECURE'
  | 'GRAPHQL_INTROSPECTION'
  | 'CORS_ORIGINS'
  | 'DATABASE_REPLICA_URLS'
  | 'TRUST_PROXY'
  | 'PUBLIC_URL'
  | 'OIDC_ROLE_MAP'
> & {
  /** Express's `trust proxy` (default 0: the peer's address is the client's). */
  TRUST_PROXY: number | string[];
  /** Read replicas of DATABASE_URL's primary (streaming replication); empty = none. */
  DATABASE_REPLICA_URLS: string[];
  /** Base URL for links in e-mails and the OIDC redirect (default http://HOST:PORT). */
  PUBLIC_URL: string;
  /** Provider group → Stint role; the first listed group a user has wins. */
  OIDC_ROLE_MAP: { group: string; role: 'ADMIN' | 'DIRECTOR' | 'HR' | 'PM' }[];
  /** Load the demo organisation into an empty database (default: on outside production). */
  STINT_DEMO_DATA: boolean;
  /** Session cookies only over HTTPS (default: on in production). */
  COOKIE_SECURE: boolean;
  /** Schema introspection and the GraphiQL IDE at GET /graphql (default: on outside production). */
  GRAPHQL_INTROSPECTION: boolean;
  /** Browser origins allowed cross-origin (CORS); empty = same-origin only (the default). */
  CORS_ORIGINS: string[];
};

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    readonly problem: string,
  ) {
    super(`${variable} ${problem}`);
  }
}

/** Parses the environment; throws ConfigError naming the first bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): StintConfig {
  // Empty strings count as unset, as they do in most shells' `FOO= cmd` idiom.
  const present = Object.fromEntries(
    Object.entries(env).filter(([key, value]) => key in schema.shape && value !== ''),
  );
  const result = schema.safeParse(present);
  if (!result.success) {
    const issue = result.error.issues[0];
    const variable = String(issue.path[0] ?? 'environment');
    const given = present[variable];
    const secret = variable === 'DATABASE_URL' || variable === 'DATABASE_REPLICA_URLS';
    const shown = secret || given === undefined ? '' : ` (got "${given}")`;
    throw new ConfigError(variable, `${issue.message}${shown}`);
  }
  const parsed = result.data;
  if (Boolean(parsed.STINT_ADMIN_EMAIL) !== Boolean(parsed.STINT_ADMIN_PASSWORD)) {
    const missing = parsed.STINT_ADMIN_EMAIL ? 'STINT_ADMIN_PASSWORD' : 'STINT_ADMIN_EMAIL';
    throw new ConfigError(
      missing,
      'must be set together with the other of STINT_ADMIN_EMAIL / STINT_ADMIN_PASSWORD',
    );
  }
  if (parsed.OIDC_ISSUER) {
    for (const name of ['OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_ROLE_MAP'] as const) {
      if (!parsed[name] || (Array.isArray(parsed[name]) && parsed[name].length === 0))
        throw new ConfigError(name, 'must be set when OIDC_ISSUER is set');
    }
  }
  if (!parsed.LOCAL_LOGIN && !parsed.OIDC_ISSUER) {
    throw new ConfigError(
      'LOCAL_LOGIN',
      'can only be false when OIDC_ISSUER is set (nobody could sign in)',
    );
  }
  return {
    ...parsed,
    STINT_DEMO_DATA: parsed.STINT_DEMO_DATA ?? parsed.NODE_ENV !== 'production',
    COOKIE_SECURE: parsed.COOKIE_SECURE ?? parsed.NODE_ENV === 'production',
    GRAPHQL_INTROSPECTION: parsed.GRAPHQL_INTROSPECTION ?? parsed.NODE_ENV !== 'production',
    CORS_ORIGINS: parsed.CORS_ORIGINS ?? [],
    DATABASE_REPLICA_URLS: parsed.DATABASE_REPLICA_URLS ?? [],
    TRUST_PROXY: parsed.TRUST_PROXY ?? 0,
    PUBLIC_URL: (
      parsed.PUBLIC_URL ??
      `http://${parsed.HOST === '0.0.0.0' ? 'localhost' : parsed.HOST}:${parsed.PORT}`
    ).replace(/\/+$/, ''),
    OIDC_ROLE_MAP: parsed.OIDC_ROLE_MAP ?? [],
  };
}
