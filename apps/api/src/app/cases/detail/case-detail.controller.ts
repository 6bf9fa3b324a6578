import { Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CaseDetail, CaseEvent, RevealedIdentity } from '@simpul/contracts';
import type { Actor } from '../../access/actor';
import { CurrentActor } from '../../auth/auth.decorators';
import { UuidParamPipe } from '../../common/uuid-param.pipe';
import { EventsQueryDto } from '../dto/case.dto';
import { CaseDetailService } from './case-detail.service';

/** The case page, its timeline, and revealing an anonymous reporter. */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class CaseDetailController {
  constructor(private readonly cases: CaseDetailService) {}

  @Get(':id')
  detail(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<CaseDetail> {
    return this.cases.detail(actor, id);
  }

  /** Shows an anonymous reporter's identity to the intake agency's admin; written to the audit log. */
  @Post(':id/reports/:reportId/reveal-identity')
  @HttpCode(HttpStatus.OK)
  revealIdentity(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Param('reportId', UuidParamPipe) reportId: string,
  ): Promise<RevealedIdentity> {
    return this.cases.revealIdentity(actor, id, reportId);
  }

  /** The timeline after `afterSeq` (default 0: all), in order. */
  @Get(':id/events')
  events(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Query() query: EventsQueryDto,
  ): Promise<CaseEvent[]> {
    return this.cases.events(actor, id, query.afterSeq ?? 0);
  }
}
