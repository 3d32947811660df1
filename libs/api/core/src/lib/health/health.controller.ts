import { Controller, Get, Inject, Optional } from '@nestjs/common';
import {
  HealthCheck,
  HealthCheckService,
  TypeOrmHealthIndicator,
  type HealthIndicatorFunction,
  type HealthIndicatorResult,
} from '@nestjs/terminus';
import { Public } from '../auth/actor';
import { REPLICA_ROUTER } from '../database/read-replicas.module';
import type { ReplicaRouter } from '../database/read-routing';

/**
 * Liveness says the process serves HTTP; readiness says it can also reach PostgreSQL, so a
 * load balancer stops sending traffic during a database outage and resumes after. Read replicas
 * are reported (in use, lagging, down) but never make the instance unready: reads fall back to
 * the primary.
 */
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    @Optional() @Inject(REPLICA_ROUTER) private readonly replicas?: ReplicaRouter | null,
  ) {}

  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @HealthCheck()
  ready() {
    const checks: HealthIndicatorFunction[] = [
      () => this.db.pingCheck('database', { timeout: 1500 }),
    ];
    const replicas = this.replicas;
    if (replicas) {
      checks.push(async (): Promise<HealthIndicatorResult> => ({
        replicas: {
          status: 'up',
          inUse: replicas.status().filter((r) => r.state === 'in-use').length,
          replicas: replicas.status(),
        },
      }));
    }
    return this.health.check(checks);
  }
}
