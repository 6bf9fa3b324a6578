import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type {
  ArbitrationQueue,
  DispositionResult,
  HandoffList,
  HandoffQueue,
  HandoffView,
} from '@simpul/contracts';
import type { Actor } from '../../access/actor';
import { CurrentActor } from '../../auth/auth.decorators';
import { UuidParamPipe } from '../../common/uuid-param.pipe';
import { Idempotent } from '../../idempotency/idempotent.decorator';
import { ArbitrationService } from './arbitration.service';
import {
  ArbitrationDecisionDto,
  DispositionDto,
  HandoffDeclineDto,
  HandoffProposeDto,
  HandoffWithdrawDto,
} from './handoffs.dto';
import { HandoffsService } from './handoffs.service';

/** Handoffs (pelimpahan) and disposition of one case. */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class CaseHandoffsController {
  constructor(private readonly handoffs: HandoffsService) {}

  /** The case's handoffs, open or frozen first. */
  @Get(':id/handoffs')
  list(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string): Promise<HandoffList> {
    return this.handoffs.list(actor, id);
  }

  /** The lead proposes a handoff to another agency (201); one open proposal per case. */
  @Post(':id/handoffs')
  @Idempotent()
  propose(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: HandoffProposeDto,
  ): Promise<HandoffView> {
    return this.handoffs.propose(actor, id, body);
  }

  /** The proposer withdraws an open proposal. */
  @Post(':id/handoffs/:handoffId/withdraw')
  @Idempotent()
  @HttpCode(HttpStatus.OK)
  withdraw(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Param('handoffId', UuidParamPipe) handoffId: string,
    @Body() body: HandoffWithdrawDto,
  ): Promise<HandoffView> {
    return this.handoffs.withdraw(actor, id, handoffId, body);
  }

  /** The receiver accepts: it becomes the lead. */
  @Post(':id/handoffs/:handoffId/accept')
  @Idempotent()
  @HttpCode(HttpStatus.OK)
  accept(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Param('handoffId', UuidParamPipe) handoffId: string,
  ): Promise<HandoffView> {
    return this.handoffs.accept(actor, id, handoffId);
  }

  /** The receiver declines with a reason. */
  @Post(':id/handoffs/:handoffId/decline')
  @Idempotent()
  @HttpCode(HttpStatus.OK)
  decline(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Param('handoffId', UuidParamPipe) handoffId: string,
    @Body() body: HandoffDeclineDto,
  ): Promise<HandoffView> {
    return this.handoffs.decline(actor, id, handoffId, body);
  }

  /** Disposition: to a unit (child agency), to officers, or to another agency (a proposal). */
  @Post(':id/disposition')
  @Idempotent()
  @HttpCode(HttpStatus.OK)
  dispose(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: DispositionDto,
  ): Promise<DispositionResult> {
    return this.handoffs.dispose(actor, id, body);
  }
}

/** The acting agency's handoff queues and the arbitration queue. */
@ApiTags('handoffs')
@ApiBearerAuth()
@Controller()
export class HandoffQueuesController {
  constructor(
    private readonly handoffs: HandoffsService,
    private readonly arbitration: ArbitrationService,
  ) {}

  /** Proposals to my agency: open ones first, with their deadline. */
  @Get('handoffs/incoming')
  incoming(@CurrentActor() actor: Actor): Promise<HandoffQueue> {
    return this.handoffs.queue(actor, 'incoming');
  }

  /** Proposals from my agency. */
  @Get('handoffs/outgoing')
  outgoing(@CurrentActor() actor: Actor): Promise<HandoffQueue> {
    return this.handoffs.queue(actor, 'outgoing');
  }

  /** Frozen cases waiting for my agency's pimpinan (all of them for the superadmin). */
  @Get('arbitrations')
  arbitrations(@CurrentActor() actor: Actor): Promise<ArbitrationQueue> {
    return this.arbitration.queue(actor);
  }

  /** The arbiter decides the owner (it becomes lead), optionally making a routing rule. */
  @Post('arbitrations/:handoffId/decide')
  @Idempotent()
  @HttpCode(HttpStatus.OK)
  decide(
    @CurrentActor() actor: Actor,
    @Param('handoffId', UuidParamPipe) handoffId: string,
    @Body() body: ArbitrationDecisionDto,
  ): Promise<HandoffView> {
    return this.arbitration.decide(actor, handoffId, body);
  }
}
