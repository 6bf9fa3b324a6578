import { createHmac, createSecretKey, type KeyObject } from 'node:crypto';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { appConfig, type AppConfigNamespace } from '../config/app-config';
import { runQuery } from '../database/typed-query';
import { jwtSecret } from './auth.queries';

export const JWT_SECRET_META_KEY = 'jwt_secret';

export interface AccessTokenClaims {
  sub: string;
  sid: string;
}

/**
 * Short-lived HS256 access tokens. The secret is configured or kept in the database. It is held as
 * a KeyObject: given a string, jsonwebtoken first tries (and fails) to parse it as a PEM public
 * key on every call, which cost about 3 ms of CPU per request and per socket handshake.
 */
@Injectable()
export class TokenService implements OnModuleInit {
  private secret: KeyObject | null = null;

  constructor(
    private readonly jwt: JwtService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(appConfig.KEY) private readonly config: AppConfigNamespace,
  ) {}

  async onModuleInit(): Promise<void> {
    if (this.config.jwtSecret) {
      this.secret = createSecretKey(Buffer.from(this.config.jwtSecret));
      return;
    }
    const [row] = await runQuery(this.dataSource, jwtSecret, { key: JWT_SECRET_META_KEY });
    if (!row?.value) throw new Error('JWT secret missing: the database was not prepared');
    this.secret = createSecretKey(Buffer.from(row.value));
  }

  /** @nestjs/jwt declares `string | Buffer`, but hands the secret to jsonwebtoken, which takes a KeyObject. */
  private get key(): string {
    if (!this.secret) throw new Error('JWT secret not loaded yet');
    return this.secret as unknown as string;
  }

  /**
   * The refresh token that follows `refreshToken`: derived with the server's secret, so a replay
   * within the grace window gets the same successor (one chain, not a fork), and knowing one
   * token without the secret does not reveal the next.
   */
  successorOf(refreshToken: string): string {
    if (!this.secret) throw new Error('JWT secret not loaded yet');
    return createHmac('sha256', this.secret)
      .update(`refresh-successor:${refreshToken}`)
      .digest('base64url');
  }

  get ttlSeconds(): number {
    return this.config.accessTokenTtlSeconds;
  }

  sign(claims: AccessTokenClaims): Promise<string> {
    return this.jwt.signAsync(claims, {
      secret: this.key,
      algorithm: 'HS256',
      expiresIn: this.config.accessTokenTtlSeconds,
    });
  }

  /** The claims of a valid, unexpired token; null for anything else. */
  async verify(token: string): Promise<AccessTokenClaims | null> {
    try {
      const claims = await this.jwt.verifyAsync<AccessTokenClaims>(token, {
        secret: this.key,
        algorithms: ['HS256'],
      });
      return typeof claims.sub === 'string' && typeof claims.sid === 'string' ? claims : null;
    } catch {
      return null;
    }
  }
}
