import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { AccessModule } from '../access/access.module';
import { AuditModule } from '../audit/audit.module';
import { appConfig, type AppConfigNamespace } from '../config/app-config';
import { Mailer } from '../mail/mailer';
import { ActorResolver } from './actor-resolver';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { PasswordHasher } from './password-hasher';
import { PrincipalService } from './principal.service';
import { RefreshCookie } from './refresh-cookie';
import { SessionService } from './session.service';
import { SharedThrottlerStorage } from './shared-throttler-storage';
import { SignInThrottle } from './sign-in-throttle';
import { PUBLIC_THROTTLE, SIGN_IN_THROTTLE } from './throttles';
import { TokenService } from './token.service';
import { UserTokenService } from './user-token.service';

@Global()
@Module({
  imports: [
    AccessModule,
    AuditModule,
    JwtModule.register({}),
    // Every route under ThrottlerGuard counts against both limits unless it skips one: `public`
    // for any request without sign-in, the stricter `sign-in` for routes that take guesses.
    ThrottlerModule.forRootAsync({
      inject: [appConfig.KEY],
      useFactory: (config: AppConfigNamespace) => ({
        throttlers: [
          { name: PUBLIC_THROTTLE, ttl: 60_000, limit: config.publicRateLimitPerMinute },
          { name: SIGN_IN_THROTTLE, ttl: 60_000, limit: config.signInRateLimitPerMinute },
        ],
        skipIf: () => !config.rateLimitEnabled,
        ...(config.redisUrl
          ? { storage: new SharedThrottlerStorage(config.redisUrl, config.rateLimitKeyPrefix) }
          : {}),
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    ActorResolver,
    PasswordHasher,
    PrincipalService,
    RefreshCookie,
    SessionService,
    SignInThrottle,
    TokenService,
    UserTokenService,
    Mailer,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [
    ActorResolver,
    PasswordHasher,
    PrincipalService,
    SessionService,
    UserTokenService,
    Mailer,
  ],
})
export class AuthModule {}
