import {
  All,
  Body,
  Controller,
  Get,
  Param,
  Post,
  Query,
  Req,
  UseFilters,
  UseGuards,
} from '@nestjs/common';
import { ApiExcludeEndpoint, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Request } from 'express';
import { clientIp, Public } from '../auth/auth.decorators';
import { bilingual } from '../common/bilingual';
import { Idempotent } from '../idempotency/idempotent.decorator';
import { PostServiceRequestDto, ServiceRequestsQueryDto } from './dto/open311.dto';
import { Open311ExceptionFilter } from './open311-exception.filter';
import { assertJson, open311NotFound } from './open311-format';
import { PublicLimitOnly } from '../auth/throttles';
import { CurrentOpen311Client, Open311KeyGuard } from './open311-key.guard';
import type { Open311Client } from './open311-keys.service';
import { Open311RequestsService } from './open311-requests.service';
import { isServiceCode, OPEN311_SERVICES } from './open311-services';
import type {
  Open311CreatedRequest,
  Open311Service,
  Open311ServiceDefinition,
  Open311ServiceRequest,
} from './open311.types';

/**
 * Open311 GeoReport v2 at `/open311/v2` (outside `/api`): the service list and public reads need
 * no sign-in, as the standard intends; posting a request needs an agency's API key. Errors come
 * in the standard's shape. Every route counts against the public per-IP limit (the public list
 * can be walked by number); posting also against the stricter one, since it takes key guesses.
 */
@ApiTags('open311')
@Public()
@UseFilters(Open311ExceptionFilter)
@UseGuards(ThrottlerGuard)
@Controller('open311/v2')
export class Open311Controller {
  constructor(private readonly requests: Open311RequestsService) {}

  @Get('services.:format')
  @PublicLimitOnly()
  services(@Param('format') format: string): readonly Open311Service[] {
    assertJson(format);
    return OPEN311_SERVICES;
  }

  @Get('services/:code.:format')
  @PublicLimitOnly()
  service(@Param('code') code: string, @Param('format') format: string): Open311ServiceDefinition {
    assertJson(format);
    if (!isServiceCode(code)) {
      throw open311NotFound(
        bilingual(`Layanan tidak dikenal: ${code}`, `Unknown service: ${code}`),
      );
    }
    return { service_code: code, attributes: [] };
  }

  /** Per-IP limits first (the controller's guard), then the key: key guesses count like sign-ins. */
  @Post('requests.:format')
  @UseGuards(Open311KeyGuard)
  @Idempotent()
  submit(
    @Param('format') format: string,
    @CurrentOpen311Client() client: Open311Client,
    @Body() body: PostServiceRequestDto,
    @Req() request: Request,
  ): Promise<Open311CreatedRequest[]> {
    assertJson(format);
    return this.requests.submit(client, body, clientIp(request));
  }

  @Get('requests.:format')
  @PublicLimitOnly()
  search(
    @Param('format') format: string,
    @Query() query: ServiceRequestsQueryDto,
  ): Promise<Open311ServiceRequest[]> {
    assertJson(format);
    return this.requests.search(query);
  }

  @Get('requests/:id.:format')
  @PublicLimitOnly()
  one(@Param('id') id: string, @Param('format') format: string): Promise<Open311ServiceRequest[]> {
    assertJson(format);
    return this.requests.one(id);
  }

  /** Anything else under `/open311/v2` answers in the standard's shape too. */
  @All('*path')
  @PublicLimitOnly()
  @ApiExcludeEndpoint()
  unknown(): never {
    throw open311NotFound(bilingual('Alamat Open311 tidak dikenal', 'Unknown Open311 endpoint'));
  }
}
