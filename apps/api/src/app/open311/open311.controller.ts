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
  UseInterceptors,
} from '@nestjs/common';
import { ApiExcludeEndpoint, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Request } from 'express';
import { clientIp, Public } from '../auth/auth.decorators';
import { bilingual } from '../common/bilingual';
import { Idempotent } from '../idempotency/idempotent.decorator';
import { PostServiceRequestDto, ServiceRequestsQueryDto } from './dto/open311.dto';
import { Open311ExceptionFilter } from './open311-exception.filter';
import { open311Format, open311NotFound } from './open311-format';
import { PublicLimitOnly } from '../auth/throttles';
import { CurrentOpen311Client, Open311KeyGuard } from './open311-key.guard';
import type { Open311Client } from './open311-keys.service';
import { Open311RequestsService } from './open311-requests.service';
import { Open311Document, Open311ResponseInterceptor } from './open311-response.interceptor';
import { isServiceCode, open311Services } from './open311-services';
import type {
  Open311CreatedRequest,
  Open311Service,
  Open311ServiceDefinition,
  Open311ServiceRequest,
  Open311Token,
} from './open311.types';

/**
 * Open311 GeoReport v2 at `/open311/v2` (outside `/api`): the service list and public reads need
 * no sign-in, as the standard intends; posting a request needs an agency's API key. Every route
 * answers in XML (`.xml`, the standard's default) or JSON (`.json`); errors come in the standard's
 * shape in both. Every route counts against the public per-IP limit (the public list
 * can be walked by number); posting also against the stricter one, since it takes key guesses.
 */
@ApiTags('open311')
@Public()
@UseFilters(Open311ExceptionFilter)
@UseGuards(ThrottlerGuard)
@UseInterceptors(Open311ResponseInterceptor)
@Controller('open311/v2')
export class Open311Controller {
  constructor(private readonly requests: Open311RequestsService) {}

  @Get('services.:format')
  @PublicLimitOnly()
  @Open311Document({ root: 'services', item: 'service' })
  services(@Param('format') format: string): readonly Open311Service[] {
    open311Format(format);
    return open311Services();
  }

  @Get('services/:code.:format')
  @PublicLimitOnly()
  @Open311Document({ root: 'service_definition' })
  service(@Param('code') code: string, @Param('format') format: string): Open311ServiceDefinition {
    open311Format(format);
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
  @Open311Document({ root: 'service_requests', item: 'request' })
  submit(
    @Param('format') format: string,
    @CurrentOpen311Client() client: Open311Client,
    @Body() body: PostServiceRequestDto,
    @Req() request: Request,
  ): Promise<Open311CreatedRequest[]> {
    open311Format(format);
    return this.requests.submit(client, body, clientIp(request));
  }

  @Get('requests.:format')
  @PublicLimitOnly()
  @Open311Document({ root: 'service_requests', item: 'request' })
  search(
    @Param('format') format: string,
    @Query() query: ServiceRequestsQueryDto,
  ): Promise<Open311ServiceRequest[]> {
    open311Format(format);
    return this.requests.search(query);
  }

  @Get('requests/:id.:format')
  @PublicLimitOnly()
  @Open311Document({ root: 'service_requests', item: 'request' })
  one(@Param('id') id: string, @Param('format') format: string): Promise<Open311ServiceRequest[]> {
    open311Format(format);
    return this.requests.one(id);
  }

  /** Requests are created at once: a token is the request's own id (see {@link Open311Token}). */
  @Get('tokens/:token.:format')
  @PublicLimitOnly()
  @Open311Document({ root: 'service_requests', item: 'request' })
  token(@Param('token') token: string, @Param('format') format: string): Promise<Open311Token[]> {
    open311Format(format);
    return this.requests.token(token);
  }

  /** Anything else under `/open311/v2` answers in the standard's shape too. */
  @All('*path')
  @PublicLimitOnly()
  @ApiExcludeEndpoint()
  unknown(): never {
    throw open311NotFound(bilingual('Alamat Open311 tidak dikenal', 'Unknown Open311 endpoint'));
  }
}
