import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { Actor } from '../access/actor';

export const PUBLIC_ROUTE = 'simpul:public';
export const PENDING_PASSWORD_ALLOWED = 'simpul:pending-password-allowed';

/** The route needs no sign-in (sign-in itself, health, public pages). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** The route stays usable while the user must still replace a temporary password. */
export const AllowPendingPasswordChange = () => SetMetadata(PENDING_PASSWORD_ALLOWED, true);

export type AuthenticatedRequest = Request & { actor?: Actor };

/** The acting user of an authenticated route. */
export const CurrentActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Actor => {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (!request.actor) throw new Error('CurrentActor used on a public route');
    return request.actor;
  },
);

export function clientIp(request: Request): string | null {
  return request.ip ?? request.socket?.remoteAddress ?? null;
}
