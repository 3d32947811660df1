import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import {
  noteSession,
  onPrimary,
  STINT_CONFIG,
  type Actor,
  type StintConfig,
} from '@stint/api-core';

export interface NewSession {
  token: string;
  expiresAt: Date;
}

function digest(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Opaque random tokens; the database keeps only their SHA-256. A session slides forward
 * while it is used (at most once a minute) and ends at its expiry or on sign-out.
 */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(STINT_CONFIG) private readonly config: StintConfig,
  ) {}

  get ttlMs(): number {
    return this.config.SESSION_TTL_HOURS * 3_600_000;
  }

  async create(
    manager: EntityManager,
    userId: string,
    userAgent: string | undefined,
  ): Promise<NewSession> {
    const token = randomBytes(32).toString('base64url');
    // Dated by the database's clock, as the session's creation and its sliding expiry are
    // (resolve): a skew between this host and the database's cannot make it expire at birth.
    const [{ expiresAt }]: { expiresAt: Date }[] = await manager.query(
      `INSERT INTO user_session (token_hash, user_id, expires_at, user_agent)
       VALUES ($1, $2, now() + make_interval(secs => $3::double precision / 1000), $4)
       RETURNING expires_at AS "expiresAt"`,
      [digest(token), userId, this.ttlMs, userAgent?.slice(0, 300) ?? null],
    );
    // Sign-in is a natural moment to forget this user's expired sessions.
    await manager.query(`DELETE FROM user_session WHERE user_id = $1 AND expires_at < now()`, [
      userId,
    ]);
    return { token, expiresAt };
  }

  /**
   * The actor behind a live token, in one statement: the session slides forward while in
   * use, written at most once a minute so busy clients do not write on every request.
   */
  async resolve(token: string): Promise<Actor | null> {
    const tokenHash = digest(token);
    // On the primary: it may write (the sliding expiry), and it learns the session's last write.
    const rows: (Actor & { lastWriteLsn: string | null })[] = await onPrimary(() =>
      this.dataSource.query(
        `WITH live AS (
         SELECT u.id, u.email, u.display_name AS "displayName", u.role, u.person_id AS "personId",
                s.last_write_lsn::text AS "lastWriteLsn"
           FROM user_session s JOIN user_account u ON u.id = s.user_id
          WHERE s.token_hash = $1 AND s.expires_at > now() AND NOT u.disabled
       ), touched AS (
         UPDATE user_session
            SET last_seen_at = now(),
                expires_at = greatest(expires_at, now() + make_interval(secs => $2::double precision / 1000))
          WHERE token_hash = $1 AND last_seen_at < now() - interval '1 minute' AND EXISTS (SELECT 1 FROM live)
       )
       SELECT * FROM live`,
        [tokenHash, this.ttlMs],
      ),
    );
    if (!rows[0]) return null;
    const { lastWriteLsn, ...actor } = rows[0];
    noteSession(tokenHash, lastWriteLsn);
    return actor;
  }

  async end(token: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(`DELETE FROM user_session WHERE token_hash = $1`, [digest(token)]);
  }
}
