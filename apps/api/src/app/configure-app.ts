import type { INestApplication, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppModule } from './app.module';
import { createValidationPipe } from './common/validation';
import { LOG_LEVELS, type AppConfig } from './config/app-config';

export const API_PREFIX = 'api';

export function enabledLogLevels(level: AppConfig['logLevel']): LogLevel[] {
  return LOG_LEVELS.slice(0, LOG_LEVELS.indexOf(level) + 1) as LogLevel[];
}

/** Global wiring shared by the real server and the integration tests. */
export function configureApp(app: INestApplication, config: AppConfig): void {
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(createValidationPipe());
  const openApi = new DocumentBuilder()
    .setTitle('Simpul API')
    .setDescription(
      'Ruang kerja kasus bersama lintas instansi / Real-time shared case workspace for Indonesian government agencies',
    )
    .setVersion(config.version)
    .build();
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, () => SwaggerModule.createDocument(app, openApi), {
    jsonDocumentUrl: `${API_PREFIX}/docs-json`,
  });
}

export async function createApp(config: AppConfig): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule, { logger: enabledLogLevels(config.logLevel) });
  configureApp(app, config);
  app.enableShutdownHooks();
  return app;
}
