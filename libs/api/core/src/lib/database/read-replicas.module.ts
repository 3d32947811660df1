import { Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { STINT_CONFIG } from '../config/config.module';
import type { StintConfig } from '../config/config';
import { ReplicaRouter } from './read-routing';

/** Injection token: the ReplicaRouter, or null when DATABASE_REPLICA_URLS is empty. */
export const REPLICA_ROUTER = Symbol('REPLICA_ROUTER');

const logger = new Logger('Replicas');

/** Installs read-replica routing on the app's DataSource when replicas are configured. */
@Global()
@Module({
  providers: [
    {
      provide: REPLICA_ROUTER,
      inject: [DataSource, STINT_CONFIG],
      useFactory: async (
        dataSource: DataSource,
        config: StintConfig,
      ): Promise<ReplicaRouter | null> => {
        if (!config.DATABASE_REPLICA_URLS.length) return null;
        return ReplicaRouter.install(dataSource, {
          urls: config.DATABASE_REPLICA_URLS,
          poolSize: config.DB_POOL_SIZE,
          // A replica that does not answer quickly is skipped rather than waited for.
          connectTimeoutMs: Math.min(config.DB_CONNECT_TIMEOUT_MS, 1000),
          statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS,
          maxLagMs: config.DB_REPLICA_MAX_LAG_MS,
          checkEveryMs: config.DB_REPLICA_CHECK_MS,
          log: (line) => logger.warn(line),
        });
      },
    },
  ],
  exports: [REPLICA_ROUTER],
})
export class ReadReplicasModule implements OnApplicationShutdown {
  constructor(@Inject(REPLICA_ROUTER) private readonly router: ReplicaRouter | null) {}

  async onApplicationShutdown(): Promise<void> {
    await this.router?.close();
  }
}
