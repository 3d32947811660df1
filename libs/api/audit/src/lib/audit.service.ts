import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { decodeCursor, DomainError, toPage, type Page } from '@stint/api-core';
import { isIsoDate } from '@stint/domain';
import type { AuditEvent, AuditFilterOptions } from './audit-event.model';
import { isDateOrTimestamp, type AuditEventsFilter } from './dto/audit-events.args';

interface AuditRow {
  id: string;
  occurredAt: Date;
  /** occurred_at as PostgreSQL prints it: microseconds survive the cursor, a JS Date would not. */
  occurredAtKey: string;
  actorUserId: string | null;
  actorLabel: string;
  actorDisplayName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  reason: string | null;
}

/**
 * Record types written before every writer used the table name. The trail is append-only, so
 * those rows keep their old spelling; reads show them, and filter on them, under the table name.
 */
const LEGACY_ENTITY_TYPES: ReadonlyMap<string, string> = new Map([
  ['Person', 'person'],
  ['Department', 'department'],
  ['PeopleImport', 'people_import'],
]);

/** The record type as the API shows it (the table name). */
export function entityTypeOf(stored: string): string {
  return LEGACY_ENTITY_TYPES.get(stored) ?? stored;
}

/** Every spelling under which rows of this record type are stored (asked by either name). */
function storedEntityTypes(asked: string): string[] {
  const entityType = entityTypeOf(asked);
  const legacy = [...LEGACY_ENTITY_TYPES].filter(([, now]) => now === entityType);
  return [entityType, ...legacy.map(([old]) => old)];
}

const BAD_CURSOR = [{ field: 'after', message: 'after is not a cursor this list returned' }];

/** Reads the append-only audit trail (writes happen through recordAudit in each transaction). */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Newest first, keyset on (occurred_at, id). */
  async page(
    filter: AuditEventsFilter | null | undefined,
    first: number,
    after?: string | null,
  ): Promise<Page<AuditEvent>> {
    const params: unknown[] = [];
    const where = conditions(filter, params);
    const countSql = `SELECT count(*)::int AS n FROM audit_event ${clause(where)}`;
    const countParams = [...params];
    if (after) {
      const [occurredAt, id] = decodeCursor(after, 2);
      if (
        typeof occurredAt !== 'string' ||
        typeof id !== 'string' ||
        !/^\d{1,19}$/.test(id) ||
        !isDateOrTimestamp(occurredAt)
      ) {
        throw DomainError.badInput(BAD_CURSOR);
      }
      params.push(occurredAt, id);
      where.push(
        `(occurred_at, id) < ($${params.length - 1}::timestamptz, $${params.length}::bigint)`,
      );
    }
    params.push(first + 1);
    const rows: AuditRow[] = await this.dataSource.query(
      `SELECT id::text AS id, occurred_at AS "occurredAt", to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "occurredAtKey",
              actor_user_id AS "actorUserId", actor_label AS "actorLabel",
              (SELECT u.display_name FROM user_account u WHERE u.id = actor_user_id) AS "actorDisplayName",
              action, entity_type AS "entityType",
              entity_id AS "entityId", before, after, reason
         FROM audit_event ${clause(where)}
        ORDER BY occurred_at DESC, id DESC
        LIMIT $${params.length}`,
      params,
    );
    const count: { n: number }[] = await this.dataSource.query(countSql, countParams);
    const page = toPage(rows, first, count[0].n, (row) => [row.occurredAtKey, row.id]);
    return {
      ...page,
      edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toAuditEvent(edge.node) })),
    };
  }

  /**
   * The record types, actions and actors the trail holds. Record types and actors are read with
   * a skip scan over their indexes (one index probe per distinct value), so the cost follows
   * the number of values, not the length of the trail.
   */
  async filterOptions(): Promise<AuditFilterOptions> {
    const types: { value: string }[] = await this.dataSource.query(
      `WITH RECURSIVE t(value) AS (
         (SELECT entity_type FROM audit_event ORDER BY entity_type LIMIT 1)
         UNION ALL
         SELECT (SELECT entity_type FROM audit_event WHERE entity_type > t.value ORDER BY entity_type LIMIT 1)
           FROM t WHERE t.value IS NOT NULL)
       SELECT value FROM t WHERE value IS NOT NULL`,
    );
    const actions: { value: string }[] = await this.dataSource.query(
      `SELECT DISTINCT action AS value FROM audit_event ORDER BY action`,
    );
    const actors: { id: string; email: string; displayName: string }[] =
      await this.dataSource.query(
        `WITH RECURSIVE t(value) AS (
           (SELECT actor_user_id FROM audit_event WHERE actor_user_id IS NOT NULL
             ORDER BY actor_user_id LIMIT 1)
           UNION ALL
           SELECT (SELECT actor_user_id FROM audit_event WHERE actor_user_id > t.value
                    ORDER BY actor_user_id LIMIT 1)
             FROM t WHERE t.value IS NOT NULL)
         SELECT u.id, u.email, u.display_name AS "displayName"
           FROM t JOIN user_account u ON u.id = t.value
          ORDER BY lower(u.display_name), u.email`,
      );
    const entityTypes = [...new Set(types.map((row) => entityTypeOf(row.value)))].sort();
    return { entityTypes, actions: actions.map((row) => row.value), actors };
  }
}

function toAuditEvent(row: AuditRow): AuditEvent {
  return {
    id: row.id,
    occurredAt: row.occurredAt,
    actorUserId: row.actorUserId,
    actorLabel: row.actorLabel,
    actorDisplayName: row.actorDisplayName,
    action: row.action,
    entityType: entityTypeOf(row.entityType),
    entityId: row.entityId,
    before: row.before === null ? null : JSON.stringify(row.before),
    after: row.after === null ? null : JSON.stringify(row.after),
    reason: row.reason,
  };
}

function clause(where: string[]): string {
  return where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
}

/** SQL conditions for the filter; pushes their values onto params. */
function conditions(filter: AuditEventsFilter | null | undefined, params: unknown[]): string[] {
  const where: string[] = [];
  const add = (sql: (placeholder: string) => string, value: unknown) => {
    params.push(value);
    where.push(sql(`$${params.length}`));
  };
  if (filter?.entityType)
    add((p) => `entity_type = ANY(${p}::text[])`, storedEntityTypes(filter.entityType));
  if (filter?.entityId) add((p) => `entity_id = ${p}`, filter.entityId);
  if (filter?.actorUserId) add((p) => `actor_user_id = ${p}::uuid`, filter.actorUserId);
  if (filter?.action) add((p) => `action = ${p}`, filter.action);
  // A bare date means the whole UTC day: from its start, to its end.
  const from = filter?.from;
  if (from) {
    add(
      (p) =>
        isIsoDate(from)
          ? `occurred_at >= (${p}::date)::timestamp AT TIME ZONE 'UTC'`
          : `occurred_at >= ${p}::timestamptz`,
      from,
    );
  }
  const to = filter?.to;
  if (to) {
    add(
      (p) =>
        isIsoDate(to)
          ? `occurred_at < (${p}::date + 1)::timestamp AT TIME ZONE 'UTC'`
          : `occurred_at <= ${p}::timestamptz`,
      to,
    );
  }
  return where;
}
