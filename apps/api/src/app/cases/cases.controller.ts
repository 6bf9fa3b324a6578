import {
  Body,
  Controller,
  Delete,
  Get,
  Header,
  HttpCode,
  HttpStatus,
  Param,
  Patch,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type {
  InboxCount,
  CaseDetail,
  CaseEvent,
  CaseSummary,
  InboxPage,
  OfficerWorkload,
  RevealedIdentity,
} from '@simpul/contracts';
import type { Actor } from '../access/actor';
import { CurrentActor } from '../auth/auth.decorators';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import { Idempotent } from '../idempotency/idempotent.decorator';
import { CasesService } from './cases.service';
import { InboxQueryDto } from './dto/inbox-query.dto';
import {
  AssignOfficerDto,
  CaseTransitionDto,
  CreateCaseDto,
  EventsQueryDto,
  InviteObserverDto,
  LinkTrackingIdDto,
  UpdateCaseDto,
} from './dto/case.dto';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class CasesController {
  constructor(private readonly cases: CasesService) {}

  @Get()
  list(@CurrentActor() actor: Actor): Promise<CaseSummary[]> {
    return this.cases.list(actor);
  }

  /** Manual intake of a complaint that came by WhatsApp, Instagram, phone, letter or walk-in. */
  @Post()
  @Idempotent()
  create(@CurrentActor() actor: Actor, @Body() body: CreateCaseDto): Promise<CaseDetail> {
    return this.cases.create(actor, body);
  }

  /** Filtered, searchable, keyset-paginated list (see InboxQuery). */
  @Get('inbox')
  inbox(@CurrentActor() actor: Actor, @Query() query: InboxQueryDto): Promise<InboxPage> {
    return this.cases.inbox(actor, query);
  }

  /** The same filters' matches, exact up to 10,000 (a page counts only to 1,000). */
  @Get('inbox/count')
  inboxCount(@CurrentActor() actor: Actor, @Query() query: InboxQueryDto): Promise<InboxCount> {
    return this.cases.inboxCount(actor, query);
  }

  /** Open cases per officer of the acting agency. */
  @Get('workload')
  workload(@CurrentActor() actor: Actor): Promise<OfficerWorkload[]> {
    return this.cases.workload(actor);
  }

  /** CSV of the visible cases; reporter data the exporter may not see is redacted. */
  @Get('export.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="kasus-simpul.csv"')
  exportCsv(@CurrentActor() actor: Actor): Promise<string> {
    return this.cases.exportCsv(actor);
  }

  @Get(':id')
  detail(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<CaseDetail> {
    return this.cases.detail(actor, id);
  }

  @Patch(':id')
  update(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: UpdateCaseDto,
  ): Promise<CaseDetail> {
    return this.cases.update(actor, id, body);
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

  /** Links the report to its SP4N-LAPOR! Tracking ID (unique across agencies; 409 otherwise). */
  @Put(':id/reports/:reportId/tracking-id')
  @Idempotent()
  linkTrackingId(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Param('reportId', UuidParamPipe) reportId: string,
    @Body() body: LinkTrackingIdDto,
  ): Promise<CaseDetail> {
    return this.cases.linkTrackingId(actor, id, reportId, body);
  }

  /** Invites another agency as observer: explicit and audited; a mention never grants access. */
  @Post(':id/observers')
  @HttpCode(HttpStatus.OK)
  @Idempotent()
  inviteObserver(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: InviteObserverDto,
  ): Promise<CaseDetail> {
    return this.cases.inviteObserver(actor, id, body);
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
    return this.cases.transition(actor, id, body);
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

  /** Assigns an officer of the acting agency to the case. */
  @Post(':id/assignees')
  @Idempotent()
  @HttpCode(HttpStatus.OK)
  assign(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: AssignOfficerDto,
  ): Promise<CaseDetail> {
    return this.cases.assign(actor, id, body.userId);
  }

  @Delete(':id/assignees/:userId')
  unassign(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Param('userId', UuidParamPipe) userId: string,
  ): Promise<CaseDetail> {
    return this.cases.unassign(actor, id, userId);
  }
}
