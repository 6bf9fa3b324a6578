import { Controller, Get, HttpStatus, Inject, Res, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Response } from 'express';
import type { HealthResponse, PublicSettings } from '@simpul/contracts';
import { Public } from '../auth/auth.decorators';
import { PublicLimitOnly } from '../auth/throttles';
import { appConfig, type AppConfigNamespace } from '../config/app-config';
import { HealthService } from './health.service';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @ApiOkResponse({ description: 'Every component is up / Semua komponen berjalan' })
  @ApiServiceUnavailableResponse({
    description: 'The database is unreachable / Basis data tidak terjangkau',
    // The same report as with 200, its database component down.
    schema: { $ref: '#/components/schemas/HealthResponse' },
  })
  async check(@Res({ passthrough: true }) response: Response): Promise<HealthResponse> {
    const result = await this.health.check();
    response.status(result.status === 'ok' ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    response.setHeader('Cache-Control', 'no-store');
    return result;
  }
}

/** Settings the web app reads before anyone signs in (counted against the public per-IP limit). */
@ApiTags('public')
@Public()
@UseGuards(ThrottlerGuard)
@PublicLimitOnly()
@Controller('public/settings')
export class PublicSettingsController {
  constructor(@Inject(appConfig.KEY) private readonly config: AppConfigNamespace) {}

  @Get()
  settings(): PublicSettings {
    return { mapTileUrl: this.config.mapTileUrl, mapAttribution: this.config.mapAttribution };
  }
}
