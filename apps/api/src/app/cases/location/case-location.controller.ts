import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Post,
  UseGuards,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { LocationRequestResponse, PublicLocationRequest } from '@simpul/contracts';
import type { Actor } from '../../access/actor';
import { CurrentActor, Public } from '../../auth/auth.decorators';
import { UuidParamPipe } from '../../common/uuid-param.pipe';
import { Idempotent } from '../../idempotency/idempotent.decorator';
import { CaseLocationService } from './case-location.service';
import { LocationAnswerDto, LocationRequestDto } from '../dto/location.dto';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class CaseLocationController {
  constructor(private readonly locations: CaseLocationService) {}

  /** Asks the reporter for the location: the case goes on hold and a one-time link is issued. */
  @Post(':id/location-requests')
  @Idempotent()
  requestFromReporter(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: LocationRequestDto,
  ): Promise<LocationRequestResponse> {
    return this.locations.requestFromReporter(actor, id, body.note);
  }
}

/** The reporter's side of a location request: no sign-in, the link's token decides. */
@ApiTags('public')
@Public()
@UseGuards(ThrottlerGuard)
@Controller('public/location-requests')
export class PublicLocationController {
  constructor(private readonly locations: CaseLocationService) {}

  @Get(':token')
  view(@Param('token') token: string): Promise<PublicLocationRequest> {
    return this.locations.publicView(token);
  }

  @Post(':token')
  @HttpCode(HttpStatus.NO_CONTENT)
  answer(@Param('token') token: string, @Body() body: LocationAnswerDto): Promise<void> {
    return this.locations.answer(token, body);
  }
}
