import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { APP_FILTER } from '@nestjs/core';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { ServeStaticModule, type ServeStaticModuleOptions } from '@nestjs/serve-static';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from './access/access.module';
import { AuditModule } from './audit/audit.module';
import { AuditLogModule } from './audit-log/audit-log.module';
import { AgenciesModule } from './agencies/agencies.module';
import { AreasModule } from './areas/areas.module';
import { AuthModule } from './auth/auth.module';
import { AttachmentsModule } from './attachments/attachments.module';
import { CasesModule } from './cases/cases.module';
import { ClarificationsModule } from './clarifications/clarifications.module';
import { ClarificationPublicationModule } from './clarifications/publication/publication.module';
import { DuplicatesModule } from './duplicates/duplicates.module';
import { CommentsModule } from './comments/comments.module';
import { IdempotencyModule } from './idempotency/idempotency.module';
import { NotificationsModule } from './notifications/notifications.module';
import { AllExceptionsFilter } from './common/all-exceptions.filter';
import { appConfig, type AppConfigNamespace } from './config/app-config';
import {
  resolveWebRoot,
  setWebAppCacheHeaders,
  WEB_APP_EXCLUDED_PATHS,
} from './common/web-app-files';
import { appDataSourceOptions } from './database/data-source-options';
import { HealthModule } from './health/health.module';
import { JobsModule } from './jobs/jobs.module';
import { JurisdictionModule } from './jurisdiction/jurisdiction.module';
import { LocationModule } from './location/location.module';
import { LaporModule } from './lapor/lapor.module';
import { LeadersModule } from './leaders/leaders.module';
import { Open311Module } from './open311/open311.module';
import { ReporterModule } from './reporter/reporter.module';
import { RealtimeModule } from './realtime/realtime.module';
import { UsersModule } from './users/users.module';

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, load: [appConfig] }),
    TypeOrmModule.forRootAsync({
      inject: [appConfig.KEY],
      useFactory: (config: AppConfigNamespace) => appDataSourceOptions(config),
    }),
    ServeStaticModule.forRootAsync({
      inject: [appConfig.KEY],
      useFactory: (config: AppConfigNamespace): ServeStaticModuleOptions[] => {
        const rootPath = resolveWebRoot(config.webDistPath);
        if (!rootPath) return [];
        return [
          {
            rootPath,
            // Deep links such as /kasus/123 get index.html; the API and socket.io keep their 404s.
            // Brotli and gzip copies are served before this (configureApp).
            exclude: WEB_APP_EXCLUDED_PATHS,
            serveStaticOptions: {
              index: 'index.html',
              cacheControl: false,
              setHeaders: setWebAppCacheHeaders,
            },
          },
        ];
      },
    }),
    EventEmitterModule.forRoot(),
    AccessModule,
    AuditModule,
    AuditLogModule,
    IdempotencyModule,
    JobsModule,
    LocationModule,
    AreasModule,
    AuthModule,
    AgenciesModule,
    UsersModule,
    JurisdictionModule,
    CasesModule,
    ClarificationsModule,
    ClarificationPublicationModule,
    DuplicatesModule,
    AttachmentsModule,
    CommentsModule,
    NotificationsModule,
    LaporModule,
    LeadersModule,
    Open311Module,
    ReporterModule,
    HealthModule,
    RealtimeModule,
  ],
  providers: [{ provide: APP_FILTER, useClass: AllExceptionsFilter }],
})
export class AppModule {}
