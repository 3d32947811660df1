import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Client, Pool, PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { ANALYTICS_ROLLUPS } from '@stint/api-core';
import { type CopyValue, encodeCopyRow } from './copy-format';
import { type Organisation, type OrganisationTables, TABLE_ORDER, type TableName } from './types';

/** Anything that can lend a connection: a pool, or one already connected client. */
export type PgConnectable = Pool | Client | PoolClient;

export interface LoadProgress {
  table: TableName;
  /** Rows of this table written so far, and in all. */
  tableDone: number;
  tableTotal: number;
  /** Rows of every table written so far, and in all. */
  done: number;
  total: number;
}

export interface LoadOptions {
  onProgress?: (progress: LoadProgress) => void;
}

export interface LoadSummary {
  counts: Record<TableName, number>;
  elapsedMs: number;
}

/** Thrown (before anything is written) when the target already holds an organisation. */
export class DatabaseNotEmptyError extends Error {
  constructor() {
    super('the database already has departments; the generator loads only into an empty database');
    this.name = 'DatabaseNotEmptyError';
  }
}

type Columns = { [T in TableName]: readonly (keyof OrganisationTables[T][number] & string)[] };

/** Columns written per table; the rest (version, defaults) are left to the schema. */
const COLUMNS: Columns = {
  department: [
    'id',
    'code',
    'name',
    'parent_id',
    'coverage_target',
    'away_cap',
    'created_at',
    'updated_at',
  ],
  person: [
    'id',
    'employee_number',
    'full_name',
    'email',
    'department_id',
    'career_level',
    'pm_since',
    'hired_on',
    'left_on',
    'on_leave',
    'created_at',
    'updated_at',
  ],
  person_history: [
    'id',
    'person_id',
    'valid_from',
    'valid_to',
    'department_id',
    'career_level',
    'on_leave',
    'created_at',
  ],
  user_account: [
    'id',
    'email',
    'display_name',
    'role',
    'password_hash',
    'person_id',
    'disabled',
    'created_at',
    'updated_at',
  ],
  pmo: ['id', 'name', 'scope', 'department_id', 'program_name', 'created_at', 'updated_at'],
  pmo_director: ['pmo_id', 'user_id'],
  seat: ['id', 'pmo_id', 'role', 'title', 'opens_on', 'closes_on', 'created_at', 'updated_at'],
  rotation_request: [
    'id',
    'person_id',
    'status',
    'goals',
    'preferred_scope',
    'preferred_pmo_id',
    'earliest_start',
    'duration_months',
    'motivation',
    'submitted_at',
    'decided_at',
    'decided_by',
    'decision_note',
    'created_at',
    'updated_at',
  ],
  rotation: [
    'id',
    'person_id',
    'seat_id',
    'request_id',
    'starts_on',
    'ends_on',
    'goals',
    'cancelled_at',
    'cancel_reason',
    'goals_achieved',
    'outcome_note',
    'away_cap_override_reason',
    'created_by',
    'created_at',
    'updated_at',
  ],
};

const ROWS_PER_CHUNK = 2_000;

/** Every row field is a CopyValue by construction (see types.ts); COLUMNS names only real keys. */
function field(row: object, column: string): CopyValue {
  return (row as Record<string, CopyValue>)[column];
}

function isPool(db: PgConnectable): db is Pool {
  return 'totalCount' in db;
}

/** Parents before children, so the self-reference never points forward within one COPY. */
function parentsFirst(org: Organisation): OrganisationTables {
  const departments = [...org.tables.department].sort(
    (a, b) => Number(a.parent_id !== null) - Number(b.parent_id !== null),
  );
  return { ...org.tables, department: departments };
}

async function copyTable<T extends TableName>(
  client: Client | PoolClient,
  table: T,
  rows: readonly OrganisationTables[T][number][],
  report: (written: number) => void,
): Promise<void> {
  const columns = COLUMNS[table];
  const sql = `COPY ${table} (${columns.join(', ')}) FROM STDIN`;
  // Chunks of rows, not row by row: COPY streams, and the progress bar ticks per chunk.
  function* chunks(): Generator<string> {
    for (let i = 0; i < rows.length; i += ROWS_PER_CHUNK) {
      const slice = rows.slice(i, i + ROWS_PER_CHUNK);
      yield slice.map((row) => encodeCopyRow(columns.map((c) => field(row, c)))).join('');
      report(i + slice.length);
    }
  }
  await pipeline(Readable.from(chunks()), client.query(copyFrom(sql)));
}

function describe(error: unknown, table: TableName): Error {
  if (!(error instanceof Error)) return new Error(`loading ${table} failed: ${String(error)}`);
  const detail = (error as Error & { detail?: string }).detail;
  return new Error(`loading ${table} failed: ${error.message}${detail ? ` (${detail})` : ''}`, {
    cause: error,
  });
}

/**
 * Writes a generated organisation with COPY, in foreign-key order, in one transaction: the
 * database ends up with all of it or none of it. Every constraint and trigger stays on, so the
 * database itself vouches for the data. Refuses to load over existing data.
 */
export async function loadOrganisation(
  db: PgConnectable,
  org: Organisation,
  options: LoadOptions = {},
): Promise<LoadSummary> {
  const started = Date.now();
  const client = isPool(db) ? await db.connect() : db;
  const tables = parentsFirst(org);
  const total = TABLE_ORDER.reduce((sum, t) => sum + tables[t].length, 0);
  const counts = Object.fromEntries(TABLE_ORDER.map((t) => [t, tables[t].length])) as Record<
    TableName,
    number
  >;
  let done = 0;
  try {
    await client.query('BEGIN');
    try {
      // Two loaders starting at once (two API instances on first start): the lock makes the
      // second wait, then see the first one's departments and refuse.
      await client.query('LOCK TABLE department IN EXCLUSIVE MODE');
      const existing = await client.query<{ found: boolean }>(
        'SELECT EXISTS (SELECT 1 FROM department) AS found',
      );
      if (existing.rows[0]?.found) throw new DatabaseNotEmptyError();
      // The generator writes person_history itself: the person triggers stand aside.
      await client.query(`SELECT set_config('stint.person_history', 'manual', true)`);
      // The analytics rollups' triggers stand aside too (they would recompute every person and
      // seat once per table); every rollup is rebuilt once, set-based, before the commit.
      await client.query(`SELECT set_config('stint.rollups', 'deferred', true)`);
      for (const table of TABLE_ORDER) {
        const rows = tables[table];
        const before = done;
        try {
          await copyTable(client, table, rows, (written) => {
            done = before + written;
            options.onProgress?.({
              table,
              tableDone: written,
              tableTotal: rows.length,
              done,
              total,
            });
          });
        } catch (error) {
          throw describe(error, table);
        }
        options.onProgress?.({
          table,
          tableDone: rows.length,
          tableTotal: rows.length,
          done,
          total,
        });
      }
      // In the registry's order: a rollup derived from another is rebuilt after it.
      for (const { rebuild } of ANALYTICS_ROLLUPS) await client.query(`SELECT ${rebuild}()`);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
    // Fresh statistics, so the first queries after a large load get sensible plans.
    await client.query(`ANALYZE ${TABLE_ORDER.join(', ')}`);
    // The rollups were written whole: vacuumed too (as `npm run analytics:rebuild` does), so
    // the visibility map lets the reads that need it (outcomes' spans) scan their index alone.
    await client.query(`VACUUM (ANALYZE) ${ANALYTICS_ROLLUPS.flatMap((r) => r.tables).join(', ')}`);
  } finally {
    if (isPool(db)) (client as PoolClient).release();
  }
  return { counts, elapsedMs: Date.now() - started };
}
