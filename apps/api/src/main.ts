import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { Logger } from '@nestjs/common';
import { ConfigValidationError, loadAppConfig, type AppConfig } from './app/config/app-config';
import { createApp, enabledLogLevels } from './app/configure-app';
import { prepareDatabase } from './app/startup/prepare-database';
import { DEMO_PASSWORD, DEMO_USERS } from './app/seed/demo-seed';

function loadConfigOrExit(): AppConfig {
  if (existsSync('.env')) process.loadEnvFile('.env');
  try {
    return loadAppConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigValidationError) {
      // One line naming the variable, nothing else: the operator fixes it and starts again.
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

async function bootstrap(): Promise<void> {
  const config = loadConfigOrExit();
  Logger.overrideLogger(enabledLogLevels(config.logLevel));
  const logger = new Logger('Simpul');
  try {
    await prepareDatabase(config);
  } catch (error) {
    console.error(
      `Basis data tidak dapat disiapkan / database could not be prepared: ${(error as Error).message}`,
    );
    process.exit(1);
  }
  const app = await createApp(config);
  await app.listen(config.port, config.host);
  logger.log(`Simpul siap di / ready at http://localhost:${config.port}`);
  if (config.demoMode) printDemoLogins();
}

function printDemoLogins(): void {
  const lines = DEMO_USERS.map((user) => {
    const roles = user.superadmin
      ? 'superadmin'
      : user.memberships.map(([agency, role]) => `${role} @ ${agency}`).join(', ');
    return `  ${user.email.padEnd(36)} ${roles}`;
  });
  console.log(
    [
      `Akun demo / demo accounts (kata sandi / password: ${DEMO_PASSWORD}):`,
      ...lines,
      'DEMO_MODE=false mematikan data contoh / turns demo data off.',
    ].join('\n'),
  );
}

// bootstrap logs and exits on every failure it expects; anything else ends the process as an
// unhandled rejection, with its stack.
void bootstrap();
