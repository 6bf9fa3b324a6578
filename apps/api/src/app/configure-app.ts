import type { INestApplication, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { AppModule } from './app.module';
import { createValidationPipe } from './common/validation';
import { LOG_LEVELS, type AppConfig } from './config/app-config';
import { SimpulIoAdapter } from './realtime/socket-io-adapter';

export const API_PREFIX = 'api';
const DOCS_PATH = `/${API_PREFIX}/docs`;

export function enabledLogLevels(level: AppConfig['logLevel']): LogLevel[] {
  return LOG_LEVELS.slice(0, LOG_LEVELS.indexOf(level) + 1) as LogLevel[];
}

/** Security headers: a strict content policy for the app, a looser one for the OpenAPI UI. */
function securityHeaders(
  config: AppConfig,
): (request: Request, response: Response, next: NextFunction) => void {
  const strict = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:', 'https:'],
        connectSrc: ["'self'", 'ws:', 'wss:'],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        // Only behind HTTPS: on a plain-HTTP office network it would break every request.
        upgradeInsecureRequests: config.cookieSecure ? [] : null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  const docs = helmet({ contentSecurityPolicy: false });
  return (request, response, next) =>
    (request.path.startsWith(DOCS_PATH) ? docs : strict)(request, response, next);
}

/** Global wiring shared by the real server and the integration tests. */
export function configureApp(app: NestExpressApplication, config: AppConfig): void {
  app.set('trust proxy', config.trustProxyHops);
  app.disable('x-powered-by');
  app.use(securityHeaders(config));
  app.use(cookieParser());
  // Same origin only unless origins are listed: the refresh cookie is SameSite=Strict anyway.
  app.enableCors({
    origin: config.corsOrigins.length > 0 ? config.corsOrigins : false,
    credentials: true,
  });
  // GeoReport v2 at /open311/v2, outside the prefix; its key admin stays at /api/open311/keys.
  app.setGlobalPrefix(API_PREFIX, { exclude: ['/open311/v2/{*path}'] });
  app.useGlobalPipes(createValidationPipe());
  const openApi = new DocumentBuilder()
    .setTitle('Simpul API')
    .setDescription(
      'Ruang kerja kasus bersama lintas instansi / Real-time shared case workspace for Indonesian government agencies',
    )
    .setVersion(config.version)
    .addBearerAuth()
    .build();
  SwaggerModule.setup(DOCS_PATH.slice(1), app, () => SwaggerModule.createDocument(app, openApi), {
    jsonDocumentUrl: `${API_PREFIX}/docs-json`,
  });
}

export async function createApp(config: AppConfig): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    logger: enabledLogLevels(config.logLevel),
  });
  configureApp(app, config);
  app.useWebSocketAdapter(new SimpulIoAdapter(app, config.redisUrl));
  app.enableShutdownHooks();
  return app;
}
