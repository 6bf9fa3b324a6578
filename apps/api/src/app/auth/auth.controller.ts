import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Post,
  Req,
  Res,
  UseGuards,
} from '@nestjs/common';
import { ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import type { CurrentUser, SessionResponse, SessionStateResponse } from '@simpul/contracts';
import { ApiException } from '../common/api-exception';
import type { Actor } from '../access/actor';
import { AuthService, type ClientInfo, type IssuedSession } from './auth.service';
import { authErrors } from './auth-errors';
import { AllowPendingPasswordChange, clientIp, CurrentActor, Public } from './auth.decorators';
import {
  ChangePasswordDto,
  CompleteTokenDto,
  PasswordResetRequestDto,
  RefreshDto,
  SignInDto,
} from './dto/auth.dto';
import { PrincipalService } from './principal.service';
import { RefreshCookie } from './refresh-cookie';
import { NoPublicLimit, PublicLimitOnly } from './throttles';

@ApiTags('auth')
@Controller('auth')
/**
 * Per-IP limits: the public one on every route without sign-in (refresh and sign-out included,
 * they cost a database round trip each), the stricter one on those that take guesses: sign-in and
 * the link endpoints.
 */
@UseGuards(ThrottlerGuard)
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly principals: PrincipalService,
    private readonly cookie: RefreshCookie,
  ) {}

  @Public()
  @Post('sign-in')
  @ApiUnauthorizedResponse({ description: 'Wrong email or password / Email atau kata sandi salah' })
  @HttpCode(HttpStatus.OK)
  async signIn(
    @Body() body: SignInDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionResponse> {
    const issued = await this.auth.signIn(body.email, body.password, this.client(request));
    return this.respond(issued, response, body.client === 'api');
  }

  @Public()
  @PublicLimitOnly()
  @Post('refresh')
  @ApiUnauthorizedResponse({ description: 'The session ended / Sesi berakhir' })
  @HttpCode(HttpStatus.OK)
  async refresh(
    @Body() body: RefreshDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionResponse> {
    const presented = body.refreshToken ?? this.cookie.read(request);
    if (!presented) throw authErrors.sessionEnded();
    try {
      return this.respond(
        await this.auth.refresh(presented, this.client(request)),
        response,
        body.refreshToken !== undefined,
      );
    } catch (error) {
      this.cookie.clear(response);
      throw error;
    }
  }

  /**
   * The web app's question on load: restores the session of the refresh cookie, if any. Signed
   * out (no cookie, or one whose session ended) is an answer, so a visit shows no 401 error.
   */
  @Public()
  @PublicLimitOnly()
  @Post('session')
  @HttpCode(HttpStatus.OK)
  async session(
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionStateResponse> {
    const presented = this.cookie.read(request);
    if (!presented) return { session: null };
    try {
      return {
        session: this.respond(
          await this.auth.refresh(presented, this.client(request)),
          response,
          false,
        ),
      };
    } catch (error) {
      if (!(error instanceof ApiException) || error.getStatus() !== HttpStatus.UNAUTHORIZED) {
        throw error;
      }
      this.cookie.clear(response);
      return { session: null };
    }
  }

  /** Ends the session. Works with the access token, or with the refresh cookie alone. */
  @Public()
  @PublicLimitOnly()
  @Post('sign-out')
  @HttpCode(HttpStatus.NO_CONTENT)
  async signOut(
    @Body() body: RefreshDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    const presented = body.refreshToken ?? this.cookie.read(request);
    if (presented) await this.auth.signOutByRefreshToken(presented);
    this.cookie.clear(response);
  }

  @AllowPendingPasswordChange()
  @NoPublicLimit()
  @Get('me')
  async me(@CurrentActor() actor: Actor): Promise<CurrentUser> {
    const principal = await this.principals.load(actor.userId, actor.sessionId);
    if (!principal) throw authErrors.sessionEnded();
    const { sessionId: _session, ...user } = principal;
    void _session;
    return user;
  }

  @AllowPendingPasswordChange()
  @NoPublicLimit()
  @Post('password')
  @HttpCode(HttpStatus.NO_CONTENT)
  async changePassword(
    @CurrentActor() actor: Actor,
    @Body() body: ChangePasswordDto,
  ): Promise<void> {
    await this.auth.changePassword(actor, body.currentPassword, body.newPassword);
  }

  @Public()
  @Post('password-reset/request')
  @HttpCode(HttpStatus.ACCEPTED)
  async requestPasswordReset(
    @Body() body: PasswordResetRequestDto,
    @Req() request: Request,
  ): Promise<void> {
    await this.auth.requestPasswordReset(body.email, clientIp(request));
  }

  @Public()
  @Post('password-reset/complete')
  @HttpCode(HttpStatus.NO_CONTENT)
  async completePasswordReset(
    @Body() body: CompleteTokenDto,
    @Req() request: Request,
  ): Promise<void> {
    await this.auth.completeToken(body.token, body.newPassword, 'reset', clientIp(request));
  }

  @Public()
  @Post('invitation/complete')
  @HttpCode(HttpStatus.NO_CONTENT)
  async completeInvitation(@Body() body: CompleteTokenDto, @Req() request: Request): Promise<void> {
    await this.auth.completeToken(body.token, body.newPassword, 'invite', clientIp(request));
  }

  private client(request: Request): ClientInfo {
    return { ip: clientIp(request), userAgent: request.headers['user-agent'] ?? null };
  }

  private respond(
    issued: IssuedSession,
    response: Response,
    includeRefreshToken: boolean,
  ): SessionResponse {
    this.cookie.set(response, issued.refreshToken);
    return includeRefreshToken
      ? { ...issued.response, refreshToken: issued.refreshToken }
      : issued.response;
  }
}
