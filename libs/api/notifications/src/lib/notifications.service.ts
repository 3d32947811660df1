import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  type Actor,
  decodeCursor,
  DomainError,
  type Page,
  recordAudit,
  runTransaction,
  STINT_CONFIG,
  type StintConfig,
  toPage,
} from '@stint/api-core';
import { NOTIFICATION_EVENTS, type NotificationEvent } from '@stint/domain';
import type { Notification, NotificationSettings } from './notification.model';

interface NotificationRow extends Notification {
  /** created_at as PostgreSQL prints it: microseconds survive the cursor. */
  createdAtKey: string;
}

const COLUMNS = `id, event, record_type AS "recordType", record_id AS "recordId", title, body, link,
  created_at AS "createdAt", read_at AS "readAt",
  to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "createdAtKey"`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BAD_CURSOR = [{ field: 'after', message: 'after is not a cursor this list returned' }];

/**
 * Everyone reads and marks only their own notifications: every statement is keyed on the
 * actor's id, so someone else's notification id answers exactly as a nonexistent one.
 */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(STINT_CONFIG) private readonly config: StintConfig,
  ) {}

  /** Newest first, keyset on (created_at, id). */
  async page(
    actor: Actor,
    unreadOnly: boolean,
    first: number,
    after?: string | null,
  ): Promise<Page<Notification>> {
    const params: unknown[] = [actor.id];
    const where = ['user_id = $1'];
    if (unreadOnly) where.push('read_at IS NULL');
    const countParams = [...params];
    const countWhere = [...where];
    if (after) {
      const [createdAt, id] = decodeCursor(after, 2);
      if (
        typeof createdAt !== 'string' ||
        Number.isNaN(Date.parse(createdAt)) ||
        typeof id !== 'string' ||
        !UUID.test(id)
      )
        throw DomainError.badInput(BAD_CURSOR);
      params.push(createdAt, id);
      where.push(`(created_at, id) < ($2::timestamptz, $3::uuid)`);
    }
    params.push(first + 1);
    const rows: NotificationRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM notification WHERE ${where.join(' AND ')}
        ORDER BY created_at DESC, id DESC LIMIT $${params.length}`,
      params,
    );
    const [count]: { n: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM notification WHERE ${countWhere.join(' AND ')}`,
      countParams,
    );
    const page = toPage(rows, first, count.n, (row) => [row.createdAtKey, row.id]);
    return {
      ...page,
      edges: page.edges.map(({ cursor, node: { createdAtKey: _key, ...node } }) => ({
        cursor,
        node,
      })),
    };
  }

  async unreadCount(actor: Actor): Promise<number> {
    const [row]: { n: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM notification WHERE user_id = $1 AND read_at IS NULL`,
      [actor.id],
    );
    return row.n;
  }

  /** Marks one of the actor's notifications read (again: a no-op that answers the same). */
  async markRead(actor: Actor, id: string): Promise<Notification> {
    // TypeORM answers an UPDATE with [rows, rowCount].
    const [rows]: [NotificationRow[], number] = await this.dataSource.query(
      `UPDATE notification SET read_at = coalesce(read_at, now())
        WHERE id = $1 AND user_id = $2 RETURNING ${COLUMNS}`,
      [id, actor.id],
    );
    if (!rows[0]) throw DomainError.notFound('Notification');
    const { createdAtKey: _key, ...notification } = rows[0];
    return notification;
  }

  /** Marks every unread notification of the actor read; answers how many it marked. */
  async markAllRead(actor: Actor): Promise<number> {
    const [, count]: [unknown[], number] = await this.dataSource.query(
      `UPDATE notification SET read_at = now() WHERE user_id = $1 AND read_at IS NULL`,
      [actor.id],
    );
    return count;
  }

  async settings(actor: Actor): Promise<NotificationSettings> {
    const rows: { email_events: NotificationEvent[] }[] = await this.dataSource.query(
      `SELECT email_events FROM notification_setting WHERE user_id = $1`,
      [actor.id],
    );
    return this.toSettings(rows[0]?.email_events ?? [...NOTIFICATION_EVENTS]);
  }

  /**
   * Saves which events go by e-mail. Notifications already waiting for e-mail follow the new
   * setting too: switching an event off stops its pending e-mails.
   */
  async updateSettings(
    actor: Actor,
    emailEvents: NotificationEvent[],
  ): Promise<NotificationSettings> {
    const events = NOTIFICATION_EVENTS.filter((e) => emailEvents.includes(e));
    return runTransaction(this.dataSource, async (manager) => {
      const before = await this.settings(actor);
      await manager.query(
        `INSERT INTO notification_setting (user_id, email_events) VALUES ($1, $2)
         ON CONFLICT (user_id) DO UPDATE SET email_events = EXCLUDED.email_events, updated_at = now()`,
        [actor.id, events],
      );
      await manager.query(
        `UPDATE notification SET email_state = 'NONE', email_next_attempt_at = NULL
          WHERE user_id = $1 AND email_state = 'PENDING' AND NOT (event = ANY ($2::text[]))`,
        [actor.id, events],
      );
      await recordAudit(manager, {
        actor,
        action: 'NOTIFICATION_SETTINGS_UPDATED',
        entityType: 'user_account',
        entityId: actor.id,
        before: { emailEvents: before.emailEvents },
        after: { emailEvents: events },
      });
      return this.toSettings(events);
    });
  }

  private toSettings(emailEvents: NotificationEvent[]): NotificationSettings {
    return { emailEvents, emailEnabled: Boolean(this.config.SMTP_URL) };
  }
}
