import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { appConfig, type AppConfigNamespace } from '../config/app-config';

export const REFRESH_COOKIE = 'simpul_refresh';
const COOKIE_PATH = '/api/auth';

/** The browser's refresh token: httpOnly, SameSite=Strict, sent only to the auth endpoints. */
@Injectable()
export class RefreshCookie {
  constructor(@Inject(appConfig.KEY) private readonly config: AppConfigNamespace) {}

  read(request: Request): string | null {
    const value = (request.cookies as Record<string, unknown> | undefined)?.[REFRESH_COOKIE];
    return typeof value === 'string' && value !== '' ? value : null;
  }

  set(response: Response, token: string): void {
    response.cookie(REFRESH_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.cookieSecure,
      path: COOKIE_PATH,
      maxAge: this.config.refreshTokenTtlDays * 86_400_000,
    });
  }

  clear(response: Response): void {
    response.clearCookie(REFRESH_COOKIE, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.cookieSecure,
      path: COOKIE_PATH,
    });
  }
}
