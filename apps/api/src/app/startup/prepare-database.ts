import { randomBytes } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { JWT_SECRET_META_KEY } from '../auth/token.service';
import { installJobQueue } from '../jobs/job-queue';
import { seedDemoData } from '../seed/demo-seed';
import { seedReferenceData } from '../seed/reference-seed';
import { seedSampleRoadNetwork } from '../seed/road-sample';
import { ownerDataSourceOptions } from '../database/data-source-options';

/** Arbitrary constant: serialises migrations when several API processes start at once. */
const MIGRATION_LOCK_KEY = 7_301_946_512;

/**
 * Brings the database to the current schema and reference data, as the database owner.
 * Safe to call from several processes at once and on every start.
 */
export async function prepareDatabase(
  config: Pick<AppConfig, 'databaseUrl' | 'databaseAppUrl' | 'databasePoolSize' | 'demoMode'>,
  logger = new Logger('Database'),
): Promise<void> {
  const dataSource = new DataSource(ownerDataSourceOptions(config));
  await dataSource.initialize();
  const lock = dataSource.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      if (applied.length > 0) {
        logger.log(
          `Migrasi diterapkan / migrations applied: ${applied.map((m) => m.name).join(', ')}`,
        );
      }
      await installJobQueue(config.databaseUrl);
      await ensureSecrets(dataSource);
      await seedReferenceData(dataSource, logger);
      if (config.demoMode) await seedDemoData(dataSource, logger);
      if (config.demoMode) await seedSampleRoadNetwork(dataSource, logger);
    } finally {
      await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await lock.release();
    await dataSource.destroy();
  }
}

/** A random access-token secret shared by every API process, unless JWT_SECRET is configured. */
async function ensureSecrets(dataSource: DataSource): Promise<void> {
  await dataSource.query(
    `INSERT INTO "app_meta" ("key", "value") VALUES ($1, to_jsonb($2::text)) ON CONFLICT ("key") DO NOTHING`,
    [JWT_SECRET_META_KEY, randomBytes(48).toString('base64url')],
  );
}
