import type { INestApplication } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { loadAppConfig, type AppConfig } from '../../src/app/config/app-config';
import { createApp } from '../../src/app/configure-app';
import { prepareDatabase } from '../../src/app/startup/prepare-database';

export interface TestApp {
  app: INestApplication;
  config: AppConfig;
  /** Base URL of the listening server, e.g. `http://127.0.0.1:41234`. */
  url: string;
  dataSource: DataSource;
  close(): Promise<void>;
}

const silentLogger = { log: () => undefined, error: () => undefined, warn: () => undefined };

/**
 * Boots the real application (migrations applied by the owner, app role for queries) on a free
 * port against the test database that tools/test.mjs prepared in DATABASE_URL.
 */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const overrides: Record<string, string> = { LOG_LEVEL: 'error', WEB_DIST_PATH: '', ...env };
  // Configuration is read once at boot; the overrides must not leak into the next app.
  const saved = Object.fromEntries(Object.keys(overrides).map((key) => [key, process.env[key]]));
  Object.assign(process.env, overrides);
  let config: AppConfig;
  let app: INestApplication;
  try {
    config = loadAppConfig(process.env);
    await prepareDatabase(config, silentLogger as never);
    app = await createApp(config);
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  return {
    app,
    config,
    url: `http://127.0.0.1:${address.port}`,
    dataSource: app.get<DataSource>(getDataSourceToken()),
    close: () => app.close(),
  };
}

/**
 * A connection as the database owner, for test setup that the application role may not do.
 * `maintenance` connects to the server's `postgres` database instead of the test database.
 */
export async function ownerDataSource(
  options: { maintenance?: boolean } = {},
): Promise<DataSource> {
  const url = new URL(process.env['DATABASE_URL'] as string);
  if (options.maintenance) url.pathname = '/postgres';
  const dataSource = new DataSource({ type: 'postgres', url: url.toString() });
  return dataSource.initialize();
}
