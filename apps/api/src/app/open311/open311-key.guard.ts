import {
  createParamDecorator,
  Injectable,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import type { Request } from 'express';
import { Open311KeysService, type Open311Client } from './open311-keys.service';

type Open311Request = Request & { open311Client?: Open311Client };

/**
 * The standard puts `api_key` in the posted fields. Checked before validation, so a caller
 * without a valid key learns nothing but 403.
 */
@Injectable()
export class Open311KeyGuard implements CanActivate {
  constructor(private readonly keys: Open311KeysService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Open311Request>();
    const body: unknown = request.body;
    const apiKey =
      typeof body === 'object' && body !== null && 'api_key' in body ? body.api_key : null;
    request.open311Client = await this.keys.authenticate(
      typeof apiKey === 'string' ? apiKey.trim() : null,
    );
    return true;
  }
}

/** The service account of the request's key (routes behind {@link Open311KeyGuard}). */
export const CurrentOpen311Client = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Open311Client => {
    const request = context.switchToHttp().getRequest<Open311Request>();
    if (!request.open311Client) throw new Error('CurrentOpen311Client used without the key guard');
    return request.open311Client;
  },
);
