import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import * as client from 'openid-client';
import type { DataSource, EntityManager } from 'typeorm';
import { recordAudit, runTransaction, STINT_CONFIG, type StintConfig } from '@stint/api-core';
import type { UserRole } from '@stint/domain';
import { SessionsService, type NewSession } from '../sessions/sessions.service';
import { claimAt, groupsOf, mapRole, safeNextPath } from './oidc-claims';

export const OIDC_CALLBACK_PATH = '/auth/oidc/callback';
export const OIDC_LOGIN_PATH = '/auth/oidc/login';
/** How long a sign-in may take at the provider before its state is forgotten. */
const LOGIN_TTL_MINUTES = 15;

/** Why a sign-in ended without a session; the dashboard explains each. */
export type OidcRefusal = 'no-access' | 'disabled' | 'no-person' | 'unverified-email' | 'failed';

export type OidcOutcome =
  ({ ok: true; next: string; userId: string } & NewSession) | { ok: false; reason: OidcRefusal };

interface LoginRow {
  nonce: string;
  code_verifier: string;
  next_path: string;
}

interface Account {
  id: string;
  email: string;
  role: UserRole;
  disabled: boolean;
  person_id: string | null;
  oidc_subject: string | null;
}

/**
 * Sign-in with the company's OpenID provider: authorization code flow with PKCE, through
 * `openid-client` (discovery from OIDC_ISSUER; the ID token's issuer, audience, expiry, nonce
 * and JWKS signature are all checked). The provider's groups map to a Stint role on every
 * sign-in, so a change at the provider applies at the next one.
 */
@Injectable()
export class OidcService {
  private readonly logger = new Logger('OIDC');
  private configuration: Promise<client.Configuration> | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(STINT_CONFIG) private readonly config: StintConfig,
    private readonly sessions: SessionsService,
  ) {}

  get enabled(): boolean {
    return Boolean(this.config.OIDC_ISSUER);
  }

  get redirectUri(): string {
    return `${this.config.PUBLIC_URL}${OIDC_CALLBACK_PATH}`;
  }

  /** Discovery, once per process (retried after a failure). */
  private discover(): Promise<client.Configuration> {
    this.configuration ??= (async () => {
      const issuer = new URL(this.config.OIDC_ISSUER as string);
      const configuration = await client.discovery(
        issuer,
        this.config.OIDC_CLIENT_ID as string,
        { redirect_uris: [this.redirectUri], response_types: ['code'] },
        client.ClientSecretBasic(this.config.OIDC_CLIENT_SECRET),
        // http:// issuers only for a provider on this machine (tests, a local Keycloak).
        issuer.protocol === 'http:' && ['127.0.0.1', 'localhost'].includes(issuer.hostname)
          ? { execute: [client.allowInsecureRequests] }
          : undefined,
      );
      // Also verify the ID token's JWS signature against the provider's JWKS (not only TLS).
      client.enableNonRepudiationChecks(configuration);
      return configuration;
    })().catch((error: unknown) => {
      this.configuration = undefined;
      throw error;
    });
    return this.configuration;
  }

  /** Starts a sign-in: returns the provider URL and the state to bind to this browser. */
  async begin(next: unknown): Promise<{ url: string; state: string }> {
    const configuration = await this.discover();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const verifier = client.randomPKCECodeVerifier();
    await this.dataSource.query(
      `WITH gone AS (DELETE FROM oidc_login WHERE created_at < now() - make_interval(mins => $5))
       INSERT INTO oidc_login (state, nonce, code_verifier, next_path) VALUES ($1, $2, $3, $4)`,
      [state, nonce, verifier, safeNextPath(next), LOGIN_TTL_MINUTES],
    );
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.redirectUri,
      scope: this.config.OIDC_SCOPES,
      state,
      nonce,
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
    });
    return { url: url.href, state };
  }

  /**
   * Finishes a sign-in from the provider's redirect. `boundState` is the state this browser
   * started with (its cookie): a redirect carrying another state is refused (login CSRF).
   */
  async complete(
    callbackUrl: URL,
    boundState: string | undefined,
    userAgent: string | undefined,
  ): Promise<OidcOutcome> {
    const state = callbackUrl.searchParams.get('state') ?? '';
    if (!state || state !== boundState) return { ok: false, reason: 'failed' };
    // Single-use: the row goes as it is read. TypeORM answers a DELETE with [rows, count].
    const [rows]: [LoginRow[], number] = await this.dataSource.query(
      `DELETE FROM oidc_login WHERE state = $1 AND created_at > now() - make_interval(mins => $2)
       RETURNING nonce, code_verifier, next_path`,
      [state, LOGIN_TTL_MINUTES],
    );
    const login = rows[0];
    if (!login) return { ok: false, reason: 'failed' };

    let claims: Record<string, unknown>;
    try {
      const configuration = await this.discover();
      const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
        pkceCodeVerifier: login.code_verifier,
        expectedState: state,
        expectedNonce: login.nonce,
        idTokenExpected: true,
      });
      const idClaims = tokens.claims();
      if (!idClaims) return { ok: false, reason: 'failed' };
      claims = { ...idClaims };
      // Some providers put e-mail or groups only in UserInfo.
      if (claimAt(claims, this.config.OIDC_ROLE_CLAIM) === undefined || !claims['email']) {
        const info = await client
          .fetchUserInfo(configuration, tokens.access_token, idClaims.sub)
          .catch(() => undefined);
        if (info) claims = { ...info, ...claims, ...pick(info, [this.config.OIDC_ROLE_CLAIM]) };
      }
    } catch (error) {
      this.logger.warn(`Sign-in refused: ${describeFailure(error)}`);
      return { ok: false, reason: 'failed' };
    }
    const outcome = await this.signInWithClaims(claims, userAgent);
    return outcome.ok ? { ...outcome, next: login.next_path } : outcome;
  }

  /** Creates or links the account for validated claims, applies the mapped role, opens a session. */
  private async signInWithClaims(
    claims: Record<string, unknown>,
    userAgent: string | undefined,
  ): Promise<OidcOutcome> {
    const issuer = this.config.OIDC_ISSUER as string;
    const subject = String(claims['sub']);
    const role = mapRole(
      groupsOf(claimAt(claims, this.config.OIDC_ROLE_CLAIM)),
      this.config.OIDC_ROLE_MAP,
    );
    if (!role) return { ok: false, reason: 'no-access' };
    const email = typeof claims['email'] === 'string' ? claims['email'].trim() : '';
    const verified =
      claims['email_verified'] === true ||
      claims['email_verified'] === 'true' ||
      (this.config.OIDC_TRUST_EMAIL && claims['email_verified'] === undefined);
    const name =
      (typeof claims['name'] === 'string' && claims['name'].trim()) ||
      [claims['given_name'], claims['family_name']]
        .filter((p) => typeof p === 'string')
        .join(' ') ||
      email;
    const employeeNumber = claimAt(claims, 'employee_number') ?? claimAt(claims, 'employeeNumber');

    return runTransaction(this.dataSource, async (manager): Promise<OidcOutcome> => {
      let account = await this.findAccount(manager, issuer, subject, email, verified);
      if (account === 'unverified') return { ok: false, reason: 'unverified-email' };
      if (account?.disabled) return { ok: false, reason: 'disabled' };
      let personId = account?.person_id ?? null;
      if (role === 'PM' && !personId) {
        const people: { id: string }[] = await manager.query(
          `SELECT p.id FROM person p
            WHERE (lower(p.email) = lower($1) OR p.employee_number = $2)
              AND NOT EXISTS (SELECT 1 FROM user_account u WHERE u.person_id = p.id)
            ORDER BY (lower(p.email) = lower($1)) DESC LIMIT 1`,
          [verified ? email : '', typeof employeeNumber === 'string' ? employeeNumber : ''],
        );
        personId = people[0]?.id ?? null;
        if (!personId) return { ok: false, reason: 'no-person' };
      }
      if (!account) {
        if (!email || !verified) return { ok: false, reason: 'unverified-email' };
        const [created]: Account[] = await manager.query(
          `INSERT INTO user_account (email, display_name, role, person_id, oidc_issuer, oidc_subject)
           VALUES ($1, $2, $3, $4, $5, $6) RETURNING id, email, role, disabled, person_id, oidc_subject`,
          [email, name.slice(0, 200), role, personId, issuer, subject],
        );
        account = created;
        await recordAudit(manager, {
          actor: { id: created.id, email: created.email },
          action: 'USER_CREATED',
          entityType: 'user_account',
          entityId: created.id,
          after: { email, displayName: name, role, personId, via: 'oidc' },
        });
      } else if (
        account.role !== role ||
        account.person_id !== personId ||
        account.oidc_subject !== subject
      ) {
        await manager.query(
          `UPDATE user_account SET role = $2, person_id = $3, oidc_issuer = $4, oidc_subject = $5,
                  version = version + 1, updated_at = now() WHERE id = $1`,
          [account.id, role, personId, issuer, subject],
        );
        await recordAudit(manager, {
          actor: { id: account.id, email: account.email },
          action: 'USER_UPDATED',
          entityType: 'user_account',
          entityId: account.id,
          before: { role: account.role, personId: account.person_id },
          after: { role, personId, via: 'oidc' },
          reason: 'Role and identity from the OpenID provider at sign-in',
        });
      }
      const session = await this.sessions.create(manager, account.id, userAgent);
      await recordAudit(manager, {
        actor: { id: account.id, email: account.email },
        action: 'SIGNED_IN',
        entityType: 'user_account',
        entityId: account.id,
        after: { via: 'oidc' },
      });
      return { ok: true, next: '/', userId: account.id, ...session };
    });
  }

  /** By provider identity first, then by verified e-mail (linking an existing account). */
  private async findAccount(
    manager: EntityManager,
    issuer: string,
    subject: string,
    email: string,
    verified: boolean,
  ): Promise<Account | null | 'unverified'> {
    const columns = 'id, email, role, disabled, person_id, oidc_subject';
    const [linked]: Account[] = await manager.query(
      `SELECT ${columns} FROM user_account WHERE oidc_issuer = $1 AND oidc_subject = $2 FOR UPDATE`,
      [issuer, subject],
    );
    if (linked) return linked;
    if (!email) return null;
    const [byEmail]: Account[] = await manager.query(
      `SELECT ${columns} FROM user_account WHERE lower(email) = lower($1) FOR UPDATE`,
      [email],
    );
    if (!byEmail) return null;
    // Never take over an account on an unverified address, or one linked to another identity.
    if (!verified || byEmail.oidc_subject) return 'unverified';
    return byEmail;
  }
}

/** The failure in one line: openid-client's code, the claim at fault, the underlying cause. */
function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const { code, cause } = error as Error & { code?: string; cause?: unknown };
  const detail: string[] = [`${error.name}: ${error.message}`];
  if (code) detail.push(`(${code})`);
  if (cause && typeof cause === 'object') {
    const { claim, message } = cause as { claim?: string; message?: string };
    if (claim) detail.push(`claim "${claim}"`);
    if (message) detail.push(`cause: ${message}`);
  }
  return detail.join(' ');
}

function pick(source: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((k) => k in source).map((k) => [k, source[k]]));
}
