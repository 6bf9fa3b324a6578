import type { INestApplication, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import type { RequestHandler } from 'express';
import helmet from 'helmet';
import type { ApiErrorBody } from '@simpul/contracts';
import { AppModule } from './app.module';
import { NulCharacterGuard, NulCharacterPipe } from './common/nul-character.guard';
import { bodyParserErrors, bodyParsers, refuseMalformedPaths } from './common/request-parsing';
import { precompressedWebAppFiles, resolveWebRoot } from './common/web-app-files';
import { createValidationPipe } from './common/validation';
import { LOG_LEVELS, type AppConfig } from './config/app-config';
import { setupOpenApi } from './openapi/openapi-document';
import { open311ErrorBody } from './open311/open311-format';
import { SimpulIoAdapter } from './realtime/socket-io-adapter';

export const API_PREFIX = 'api';
const DOCS_PATH = `/${API_PREFIX}/docs`;

export function enabledLogLevels(level: AppConfig['logLevel']): LogLevel[] {
  return LOG_LEVELS.slice(0, LOG_LEVELS.indexOf(level) + 1) as LogLevel[];
}

/**
 * Security headers with one strict content policy for the app and the OpenAPI UI alike (Swagger
 * UI loads its scripts and styles from this origin; only its inline styles need allowing).
 */
function securityHeaders(config: AppConfig): RequestHandler {
  return helmet({
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
        // Only when served over HTTPS: on a plain-HTTP office network it would break every request.
        upgradeInsecureRequests: config.publicUrl.startsWith('https:') ? [] : null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
}

/** Refusals raised before routing keep Open311's own error shape under `/open311`. */
function renderEarlyError(path: string, body: ApiErrorBody): unknown {
  return path.startsWith('/open311/') ? open311ErrorBody(body.statusCode, body.message) : body;
}

/** Global wiring shared by the real server and the integration tests. */
export function configureApp(app: NestExpressApplication, config: AppConfig): void {
  app.set('trust proxy', config.trustProxyHops);
  app.disable('x-powered-by');
  app.use(securityHeaders(config));
  app.use(refuseMalformedPaths(renderEarlyError));
  const webRoot = resolveWebRoot(config.webDistPath);
  // The built web app's brotli/gzip copies; the files themselves come from ServeStaticModule.
  if (webRoot) app.use(precompressedWebAppFiles(webRoot));
  app.use(...bodyParsers(), bodyParserErrors(renderEarlyError));
  app.use(cookieParser());
  // Same origin only unless origins are listed: the refresh cookie is SameSite=Strict anyway.
  app.enableCors({
    origin: config.corsOrigins.length > 0 ? config.corsOrigins : false,
    credentials: true,
  });
  // GeoReport v2 at /open311/v2 and its discovery document at /open311/discovery.xml|.json,
  // outside the prefix; its key admin stays at /api/open311/keys.
  // Published clarifications at /klarifikasi (server-rendered HTML and share cards), outside it too.
  app.setGlobalPrefix(API_PREFIX, {
    exclude: [
      '/open311/v2/{*path}',
      '/open311/discovery.:format',
      '/klarifikasi',
      '/klarifikasi/{*path}',
    ],
  });
  // Before every other guard (they may read the body), so a NUL never reaches a query.
  app.useGlobalGuards(new NulCharacterGuard());
  app.useGlobalPipes(new NulCharacterPipe(), createValidationPipe());
  setupOpenApi(app, { ui: DOCS_PATH.slice(1), json: `${API_PREFIX}/docs-json` }, config.version);
}

export async function createApp(config: AppConfig): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    logger: enabledLogLevels(config.logLevel),
    // configureApp installs the parsers, with the depth bound and errors in the API's shape.
    bodyParser: false,
  });
  configureApp(app, config);
  app.useWebSocketAdapter(new SimpulIoAdapter(app, config.redisUrl));
  app.enableShutdownHooks();
  return app;
}
