import { Body, Controller, HttpCode, HttpStatus, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CaseDetail } from '@simpul/contracts';
import type { Actor } from '../../access/actor';
import { CurrentActor } from '../../auth/auth.decorators';
import { UuidParamPipe } from '../../common/uuid-param.pipe';
import { Idempotent } from '../../idempotency/idempotent.decorator';
import { CaseTransitionDto, LinkTrackingIdDto, UpdateCaseDto } from '../dto/case.dto';
import { CaseUpdatesService } from './case-updates.service';

/** Changes to a case's facts and status. */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class CaseUpdatesController {
  constructor(private readonly updates: CaseUpdatesService) {}

  @Patch(':id')
  update(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: UpdateCaseDto,
  ): Promise<CaseDetail> {
    return this.updates.update(actor, id, body);
  }

  /** Links the report to its SP4N-LAPOR! Tracking ID (unique across agencies; 409 otherwise). */
  @Put(':id/reports/:reportId/tracking-id')
  @Idempotent()
  linkTrackingId(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Param('reportId', UuidParamPipe) reportId: string,
    @Body() body: LinkTrackingIdDto,
  ): Promise<CaseDetail> {
    return this.updates.linkTrackingId(actor, id, reportId, body);
  }

  /** Moves the case through the status machine (verify, route, start, follow_up, …). */
  @Post(':id/transitions')
  @HttpCode(HttpStatus.OK)
  @Idempotent()
  transition(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: CaseTransitionDto,
  ): Promise<CaseDetail> {
    return this.updates.transition(actor, id, body);
  }
}
