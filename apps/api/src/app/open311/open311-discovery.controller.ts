import {
  Controller,
  Get,
  Inject,
  Param,
  UseFilters,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { Public } from '../auth/auth.decorators';
import { PublicLimitOnly } from '../auth/throttles';
import { appConfig, type AppConfigNamespace } from '../config/app-config';
import { Open311ExceptionFilter } from './open311-exception.filter';
import { open311Format } from './open311-format';
import { Open311Document, Open311ResponseInterceptor } from './open311-response.interceptor';
import type { Open311Discovery } from './open311.types';

/** When the endpoint last changed in a way a client would notice (XML added, tokens, media_url). */
export const OPEN311_CHANGESET = '2026-12-07T00:00:00Z';

/**
 * GeoReport v2 "Service Discovery" at `/open311/discovery.xml|.json`: where the endpoint is, which
 * specification and formats it speaks, and where an agency's admin issues API keys. URLs are built
 * from PUBLIC_URL.
 */
@ApiTags('open311')
@Public()
@UseFilters(Open311ExceptionFilter)
@UseGuards(ThrottlerGuard)
@UseInterceptors(Open311ResponseInterceptor)
@Controller('open311')
export class Open311DiscoveryController {
  constructor(@Inject(appConfig.KEY) private readonly config: AppConfigNamespace) {}

  @Get('discovery.:format')
  @PublicLimitOnly()
  @Open311Document({ root: 'discovery' })
  discovery(@Param('format') format: string): Open311Discovery {
    open311Format(format);
    const base = this.config.publicUrl.replace(/\/+$/, '');
    return {
      changeset: OPEN311_CHANGESET,
      contact:
        'Hubungi admin instansi Anda untuk kunci API Open311 / Ask your agency admin for an Open311 API key',
      key_service: `${base}/admin/open311`,
      endpoints: [
        {
          specification: 'http://wiki.open311.org/GeoReport_v2',
          url: `${base}/open311/v2`,
          changeset: OPEN311_CHANGESET,
          type: 'production',
          formats: ['text/xml', 'application/json'],
        },
      ],
    };
  }
}
