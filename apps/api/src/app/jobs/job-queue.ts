import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import { APP_DB_ROLE } from '../database/app-role';
import { queryRows } from '../database/query-rows';
import { appConfig, type AppConfigNamespace } from '../config/app-config';

/** Every queue the application uses; created by the database owner before the app starts. */
export const QUEUES = {
  caseClockDue: 'case-clock-due',
  caseClockRemind: 'case-clock-remind',
  calendarChanged: 'calendar-changed',
  roadRegistryImport: 'road-registry-import',
  handoffExpiry: 'handoff-expiry',
  notificationMail: 'notification-mail',
  clarificationApprovalNotice: 'clarification-approval-notice',
  clarificationRemind: 'clarification-remind',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

const SCHEMA = 'pgboss';

/**
 * Installs pg-boss's schema and our queues as the database owner (queues are tables, so DDL) and
 * lets the application role use them. Runs in `prepareDatabase`, under its migration lock.
 */
export async function installJobQueue(ownerUrl: string): Promise<void> {
  const boss = new PgBoss({
    connectionString: ownerUrl,
    schema: SCHEMA,
    max: 2,
    supervise: false,
    schedule: false,
    migrate: true,
  });
  boss.on('error', () => undefined);
  await boss.start();
  try {
    for (const name of Object.values(QUEUES)) {
      if (!(await boss.getQueue(name)))
        await boss.createQueue(name, { name, retryLimit: 5, retryDelay: 30, retryBackoff: true });
    }
    const db = boss.getDb() as { executeSql(sql: string, values?: unknown[]): Promise<unknown> };
    await db.executeSql(`GRANT USAGE ON SCHEMA ${SCHEMA} TO ${APP_DB_ROLE}`);
    await db.executeSql(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${SCHEMA} TO ${APP_DB_ROLE}`,
    );
    await db.executeSql(
      `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${SCHEMA} TO ${APP_DB_ROLE}`,
    );
    await db.executeSql(`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ${SCHEMA} TO ${APP_DB_ROLE}`);
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}

/** The connection string of the application role for a separate pool (pg-boss's). */
export function appRoleConnectionString(
  config: Pick<AppConfigNamespace, 'databaseUrl' | 'databaseAppUrl'>,
): string {
  if (config.databaseAppUrl) return config.databaseAppUrl;
  const url = new URL(config.databaseUrl);
  url.searchParams.set('options', `-c role=${APP_DB_ROLE}`);
  return url.toString();
}

/**
 * The durable PostgreSQL-backed job queue (pg-boss): jobs survive restarts, and a job is handed to
 * exactly one worker however many API processes run.
 */
@Injectable()
export class JobQueue implements OnApplicationShutdown {
  private readonly logger = new Logger(JobQueue.name);
  private boss: PgBoss | null = null;
  private starting: Promise<PgBoss> | null = null;

  constructor(@Inject(appConfig.KEY) private readonly config: AppConfigNamespace) {}

  private start(): Promise<PgBoss> {
    this.starting ??= (async () => {
      const boss = new PgBoss({
        connectionString: appRoleConnectionString(this.config),
        schema: SCHEMA,
        max: 3,
        application_name: 'simpul-jobs',
        migrate: false,
        supervise: true,
        schedule: false,
      });
      boss.on('error', (error: Error) => this.logger.warn(`job queue: ${error.message}`));
      await boss.start();
      this.boss = boss;
      return boss;
    })();
    return this.starting;
  }

  async send<T extends object>(
    queue: QueueName,
    data: T,
    options: PgBoss.SendOptions = {},
  ): Promise<void> {
    await (await this.start()).send(queue, data, options);
  }

  /**
   * Queues a job in the caller's transaction: it exists exactly when that transaction commits, and
   * no worker sees it before (the job is the durable record of work to do after the commit).
   */
  async sendInTransaction<T extends object>(
    manager: Pick<EntityManager, 'query'>,
    queue: QueueName,
    data: T,
    options: PgBoss.SendOptions = {},
  ): Promise<void> {
    const db = {
      executeSql: async (text: string, values: unknown[]) => ({
        rows: await queryRows(manager, text, values),
      }),
    };
    await (await this.start()).send(queue, data, { ...options, db });
  }

  async work<T extends object>(
    queue: QueueName,
    handler: (data: T) => Promise<void>,
  ): Promise<void> {
    const boss = await this.start();
    await boss.work<T>(
      queue,
      { pollingIntervalSeconds: this.config.jobPollingSeconds, batchSize: 5 },
      async (jobs) => {
        for (const job of jobs) await handler(job.data);
      },
    );
  }

  async onApplicationShutdown(): Promise<void> {
    const boss = this.boss ?? (this.starting ? await this.starting.catch(() => null) : null);
    if (boss) await boss.stop({ graceful: true, wait: true, timeout: 5000 });
  }
}
