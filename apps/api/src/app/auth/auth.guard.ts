import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ACTING_AGENCY_HEADER } from '@simpul/contracts';
import { ActorResolver, bearerToken } from './actor-resolver';
import { authErrors } from './auth-errors';
import {
  clientIp,
  PENDING_PASSWORD_ALLOWED,
  PUBLIC_ROUTE,
  type AuthenticatedRequest,
} from './auth.decorators';

/** Every HTTP route requires a valid session unless marked {@link Public}. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly actors: ActorResolver,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const agencyHeader = request.headers[ACTING_AGENCY_HEADER];
    const actor = await this.actors.resolve(
      bearerToken(request.headers.authorization),
      typeof agencyHeader === 'string' && agencyHeader !== '' ? agencyHeader : null,
      clientIp(request),
    );
    if (
      actor.mustChangePassword &&
      !this.reflector.getAllAndOverride<boolean>(PENDING_PASSWORD_ALLOWED, targets)
    ) {
      throw authErrors.passwordChangeRequired();
    }
    request.actor = actor;
    return true;
  }
}
