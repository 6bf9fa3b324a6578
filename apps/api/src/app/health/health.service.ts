import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ComponentStatus, HealthResponse } from '@simpul/contracts';
import { appConfig, type AppConfigNamespace } from '../config/app-config';

const DATABASE_CHECK_TIMEOUT_MS = 2000;

@Injectable()
export class HealthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(appConfig.KEY) private readonly config: AppConfigNamespace,
  ) {}

  async check(): Promise<HealthResponse> {
    const database = await this.checkDatabase();
    return {
      status: database === 'up' ? 'ok' : 'degraded',
      database,
      version: this.config.version,
      uptimeSeconds: Math.round(process.uptime()),
      time: new Date().toISOString(),
    };
  }

  private async checkDatabase(): Promise<ComponentStatus> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<ComponentStatus>((resolve) => {
      timer = setTimeout(() => resolve('down'), DATABASE_CHECK_TIMEOUT_MS);
    });
    const probe = this.dataSource
      .query('SELECT 1')
      .then((): ComponentStatus => 'up')
      .catch((): ComponentStatus => 'down');
    try {
      return await Promise.race([probe, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
