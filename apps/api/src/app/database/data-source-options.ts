import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { APP_DB_ROLE } from './app-role';
import { ENTITIES, MIGRATIONS } from './schema';
import { QueryTraceLogger } from './query-trace-logger';

export const MIGRATIONS_TABLE = 'typeorm_migrations';

type DatabaseSettings = Pick<AppConfig, 'databaseUrl' | 'databaseAppUrl' | 'databasePoolSize'> &
  Partial<Pick<AppConfig, 'databaseQueryTraceFile'>>;

/** The database owner's connection: runs migrations and seeds reference data. */
export function ownerDataSourceOptions(config: DatabaseSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.databaseUrl,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: MIGRATIONS_TABLE,
    synchronize: false,
    extra: { max: 3, application_name: 'simpul-migrate' },
  };
}

/**
 * The running application's connection. Unless a separate login for the application role is
 * configured, each pooled connection switches to that role in its startup packet, so no
 * statement ever runs with the owner's (often superuser) privileges.
 */
export function appDataSourceOptions(config: DatabaseSettings): DataSourceOptions {
  const switchRole = config.databaseAppUrl ? {} : { options: `-c role=${APP_DB_ROLE}` };
  return {
    type: 'postgres',
    url: config.databaseAppUrl ?? config.databaseUrl,
    entities: ENTITIES,
    synchronize: false,
    migrationsRun: false,
    ...(config.databaseQueryTraceFile
      ? { logging: ['query' as const], logger: new QueryTraceLogger(config.databaseQueryTraceFile) }
      : {}),
    extra: {
      max: config.databasePoolSize,
      application_name: 'simpul-api',
      connectionTimeoutMillis: 5000,
      ...switchRole,
    },
  };
}
