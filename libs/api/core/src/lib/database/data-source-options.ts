import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations';

export interface DatabaseSettings {
  url: string;
  poolSize?: number;
  connectTimeoutMs?: number;
  /**
   * PostgreSQL's statement_timeout for every connection of the pool (0 = none): a statement
   * running longer is cancelled (57014) and the request answered SERVICE_UNAVAILABLE.
   */
  statementTimeoutMs?: number;
  /** Shown in pg_stat_activity (default "stint"). */
  applicationName?: string;
  /** Called when an idle pooled connection fails (e.g. PostgreSQL restarted). */
  onPoolError?: (error: Error) => void;
}

/**
 * The one description of Stint's database connection, shared by the Nest app, the migration
 * CLI and the tools, so they can never disagree about migrations or pool behaviour.
 */
export function dataSourceOptions(settings: DatabaseSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // Expected constraint violations become typed CONFLICT errors; unexpected failures are
    // logged once, by the GraphQL error formatter, with their stack.
    logging: false,
    poolSize: settings.poolSize ?? 10,
    // pg emits 'error' on idle clients whose server went away; handling it keeps the process
    // up, and the pool replaces the connection on next use.
    poolErrorHandler: settings.onPoolError ?? (() => undefined),
    extra: {
      connectionTimeoutMillis: settings.connectTimeoutMs ?? 5000,
      idleTimeoutMillis: 30_000,
      application_name: settings.applicationName ?? 'stint',
      ...(settings.statementTimeoutMs ? { statement_timeout: settings.statementTimeoutMs } : {}),
    },
  };
}
