import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import type {
  ApprovalChainView,
  ClarificationAck,
  ClarificationCreated,
  ClarificationDraftView,
  ClarificationListItem,
  ClarificationSimilar,
} from '@simpul/contracts';
import type { Actor } from '../access/actor';
import { CurrentActor } from '../auth/auth.decorators';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import { ApprovalService } from './approval.service';
import { ClarificationsService } from './clarifications.service';
import {
  AnswerClarificationInvitationDto,
  CreateClarificationDto,
  DecideClarificationDto,
  InviteClarificationAgencyDto,
} from './dto/clarification.dto';

@Controller('clarifications')
export class ClarificationsController {
  constructor(
    private readonly drafts: ClarificationsService,
    private readonly approvals: ApprovalService,
  ) {}

  @Get()
  list(@CurrentActor() actor: Actor): Promise<ClarificationListItem[]> {
    return this.drafts.list(actor);
  }

  @Get('similar')
  similar(@CurrentActor() actor: Actor, @Query('q') q: string): Promise<ClarificationSimilar[]> {
    return this.drafts.similar(actor, q);
  }

  @Post()
  create(
    @CurrentActor() actor: Actor,
    @Body() body: CreateClarificationDto,
  ): Promise<ClarificationCreated> {
    return this.drafts.create(actor, body);
  }

  @Get(':id')
  view(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<ClarificationDraftView> {
    return this.drafts.view(actor, id);
  }

  @Post(':id/agencies')
  async invite(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: InviteClarificationAgencyDto,
  ): Promise<ClarificationAck> {
    await this.drafts.invite(actor, id, body.agencyId);
    return { ok: true };
  }

  @Put(':id/invitation')
  async answer(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: AnswerClarificationInvitationDto,
  ): Promise<ClarificationAck> {
    await this.drafts.answer(actor, id, body.accept === true);
    return { ok: true };
  }

  @Get(':id/approval')
  approval(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<ApprovalChainView> {
    return this.approvals.view(actor, id);
  }

  @Post(':id/approval')
  decide(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: DecideClarificationDto,
  ): Promise<ApprovalChainView> {
    return this.approvals.decide(actor, id, body);
  }
}
