import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { runTransaction, STINT_CONFIG, type StintConfig } from '@stint/api-core';
import { todayIso, type NotificationEvent } from '@stint/domain';
import { insertFrom, SCANS } from './notification-scan.sql';

/** Any fixed 64-bit number: the advisory lock that keeps the scan to one instance at a time. */
const SCAN_LOCK = 1_376_113_013;

/**
 * The scheduled job behind the time-based notifications. Safe on several instances at once:
 * a transaction-scoped advisory lock lets one instance scan while the others skip that round,
 * and every insert is ON CONFLICT DO NOTHING on the notification's unique key, so even two
 * overlapping scans (or a re-run of a day) never notify anyone twice.
 */
@Injectable()
export class NotificationScanService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('NotificationScan');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(STINT_CONFIG) private readonly config: StintConfig,
  ) {}

  onApplicationBootstrap(): void {
    const every = this.config.NOTIFICATION_SCAN_INTERVAL_MS;
    if (every === 0) return;
    const tick = () => {
      this.running ??= this.scan()
        .catch((error: unknown) => this.logger.warn(`Notification scan failed: ${String(error)}`))
        .finally(() => (this.running = undefined));
    };
    // The first scan a little after start, so a restart does not wait a whole interval.
    this.timer = setInterval(tick, every);
    this.timer.unref();
    setTimeout(tick, Math.min(every, 5_000)).unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /**
   * Writes the notifications due on `today`; answers how many were new per event, or null
   * when another instance holds the lock.
   */
  async scan(
    today: string = todayIso(),
  ): Promise<Partial<Record<NotificationEvent, number>> | null> {
    return runTransaction(this.dataSource, async (manager) => {
      const [lock]: { locked: boolean }[] = await manager.query(
        `SELECT pg_try_advisory_xact_lock($1) AS locked`,
        [SCAN_LOCK],
      );
      if (!lock.locked) return null;
      const written: Partial<Record<NotificationEvent, number>> = {};
      for (const { event, select } of SCANS) {
        const rows: unknown[] = await manager.query(insertFrom(select), [today, event]);
        written[event] = rows.length;
      }
      return written;
    });
  }
}
