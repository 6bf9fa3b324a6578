import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { appConfig, type AppConfigNamespace } from '../config/app-config';
import { runQuery } from '../database/typed-query';
import { purgeReporterData } from './retention.queries';

const PURGE_INTERVAL_MS = 60 * 60 * 1000;

/**
 * UU PDP: erases reporters' personal data once a case has been closed longer than the retention
 * period. Idempotent, so several API processes running it is harmless.
 */
@Injectable()
export class RetentionService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RetentionService.name);
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(appConfig.KEY) private readonly config: AppConfigNamespace,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(
      () => void this.purgeExpired().catch((e: Error) => this.logger.warn(e.message)),
      PURGE_INTERVAL_MS,
    );
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Returns how many reports were purged. */
  async purgeExpired(): Promise<number> {
    const [{ purged }] = await runQuery(this.dataSource, purgeReporterData, {
      retentionDays: this.config.reporterDataRetentionDays,
    });
    if (purged > 0)
      this.logger.log(`Data pribadi pelapor dihapus / reporter personal data purged: ${purged}`);
    return purged;
  }
}
