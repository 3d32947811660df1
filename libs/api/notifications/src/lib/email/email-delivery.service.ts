import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createTransport, type Transporter } from 'nodemailer';
import type { DataSource, EntityManager } from 'typeorm';
import { STINT_CONFIG, type StintConfig } from '@stint/api-core';
import { retryDelayMs, toEmail, type OutboxRow } from './email-message';

const BATCH = 20;

export interface DeliveryRound {
  sent: number;
  failed: number;
}

/**
 * Sends the outbox's e-mails over SMTP_URL. Runs beside the API, never inside a mutation: a
 * mutation only writes its notification rows, so a slow or dead mail server can neither block
 * nor fail it.
 *
 * Each round claims due rows with FOR UPDATE SKIP LOCKED in one transaction (several instances
 * share the work, none sends a row another holds), sends them one by one and records each as
 * SENT in the same transaction, guarded by `email_state = 'PENDING'`. A failure postpones the
 * row (and the rest of the round: the server is likely down) with doubling, jittered back-off;
 * after EMAIL_MAX_ATTEMPTS it is FAILED. Rows older than EMAIL_MAX_AGE_HOURS are EXPIRED rather
 * than sent late. On shutdown the current round finishes (and commits) before the database
 * closes, so a restart never sends twice; only a crash between an SMTP accept and the commit
 * can, and the stable Message-ID lets a mail system drop that repeat.
 */
@Injectable()
export class EmailDeliveryService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('EmailDelivery');
  private transport: Transporter | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopping = false;
  private lastFailure = '';

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(STINT_CONFIG) private readonly config: StintConfig,
  ) {}

  get enabled(): boolean {
    return Boolean(this.config.SMTP_URL);
  }

  onApplicationBootstrap(): void {
    if (!this.config.SMTP_URL) return;
    this.transport = createTransport({
      url: this.config.SMTP_URL,
      // One kept-open connection: a round sends up to BATCH messages without reconnecting.
      pool: true,
      maxConnections: 1,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
    this.timer = setInterval(() => this.poke(), this.config.EMAIL_POLL_INTERVAL_MS);
    this.timer.unref();
    this.poke();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    clearInterval(this.timer);
    await this.running;
    this.transport?.close();
  }

  /** Starts a delivery run unless one is going (rounds until nothing is due). */
  poke(): void {
    if (this.running || this.stopping || !this.transport) return;
    this.running = this.drain()
      .catch((error: unknown) => this.logger.warn(`E-mail delivery failed: ${String(error)}`))
      .finally(() => (this.running = undefined));
  }

  private async drain(): Promise<void> {
    while (!this.stopping) {
      const round = await this.deliverRound();
      if (round.failed > 0 || round.sent < BATCH) return;
    }
  }

  /** One round: claim up to BATCH due rows, send, record; all in one transaction. */
  async deliverRound(): Promise<DeliveryRound> {
    const transport = this.transport;
    if (!transport) return { sent: 0, failed: 0 };
    return this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE notification SET email_state = 'EXPIRED', email_next_attempt_at = NULL
          WHERE email_state = 'PENDING' AND created_at < now() - make_interval(hours => $1)`,
        [this.config.EMAIL_MAX_AGE_HOURS],
      );
      const rows: (OutboxRow & { attempts: number })[] = await manager.query(
        `SELECT n.id, n.title, n.body, n.link, n.email_attempts AS attempts,
                u.email, u.display_name AS "displayName"
           FROM notification n JOIN user_account u ON u.id = n.user_id
          WHERE n.email_state = 'PENDING' AND n.email_next_attempt_at <= now()
          ORDER BY n.email_next_attempt_at, n.id
          LIMIT $1
          FOR UPDATE OF n SKIP LOCKED`,
        [BATCH],
      );
      let sent = 0;
      for (let i = 0; i < rows.length; i++) {
        const row = rows[i];
        try {
          await transport.sendMail(toEmail(row, this.config.SMTP_FROM, this.config.PUBLIC_URL));
        } catch (error) {
          await this.postpone(manager, rows.slice(i), error);
          return { sent, failed: rows.length - i };
        }
        await manager.query(
          `UPDATE notification
              SET email_state = 'SENT', email_sent_at = now(), email_attempts = email_attempts + 1,
                  email_next_attempt_at = NULL, email_last_error = NULL
            WHERE id = $1 AND email_state = 'PENDING'`,
          [row.id],
        );
        sent += 1;
      }
      if (sent > 0 && this.lastFailure) {
        this.logger.log('E-mail delivery works again');
        this.lastFailure = '';
      }
      return { sent, failed: 0 };
    });
  }

  private async postpone(
    manager: EntityManager,
    rows: { id: string; attempts: number }[],
    error: unknown,
  ): Promise<void> {
    const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
    if (message !== this.lastFailure) {
      this.logger.warn(`SMTP refused or unreachable; will retry: ${message}`);
      this.lastFailure = message;
    }
    const { EMAIL_RETRY_BASE_MS: base, EMAIL_RETRY_MAX_MS: max, EMAIL_MAX_ATTEMPTS } = this.config;
    await manager.query(
      `UPDATE notification AS n
          SET email_attempts = n.email_attempts + 1,
              email_last_error = $3,
              email_state = CASE WHEN n.email_attempts + 1 >= $4 THEN 'FAILED' ELSE 'PENDING' END,
              email_next_attempt_at = CASE WHEN n.email_attempts + 1 >= $4 THEN NULL
                                           ELSE now() + make_interval(secs => d.delay / 1000.0) END
         FROM unnest($1::uuid[], $2::double precision[]) AS d (id, delay)
        WHERE n.id = d.id AND n.email_state = 'PENDING'`,
      [
        rows.map((r) => r.id),
        rows.map((r) => retryDelayMs(r.attempts + 1, base, max)),
        message,
        EMAIL_MAX_ATTEMPTS,
      ],
    );
  }
}
