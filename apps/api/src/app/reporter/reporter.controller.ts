import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  HttpStatus,
  Param,
  Post,
  Put,
  UseGuards,
} from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import {
  TRACKING_TOKEN_HEADER,
  type PublicTrackingView,
  type ReporterMessageLog,
  type ReporterMessagePreview,
  type ReporterMessageResult,
  type ReporterMessageView,
  type TrackingLinkResponse,
} from '@simpul/contracts';
import type { Actor } from '../access/actor';
import { CurrentActor, Public } from '../auth/auth.decorators';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import {
  ReporterMessageDto,
  TrackingDisputeDto,
  TrackingRatingDto,
  TrackingReplyDto,
} from './dto/reporter.dto';
import { ReporterMessagesService } from './reporter-messages.service';
import { ReporterTrackingService } from './reporter-tracking.service';
import { Idempotent } from '../idempotency/idempotent.decorator';

const TOKEN = TRACKING_TOKEN_HEADER.toLowerCase();

/** The officers' side: tracking links and messages to one report's reporter. */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases/:id/reports/:reportId')
export class ReporterMessagesController {
  constructor(
    private readonly messages: ReporterMessagesService,
    private readonly tracking: ReporterTrackingService,
  ) {}

  /** A new tracking link (the old one stops working); the token is shown this once. */
  @Post('tracking-link')
  issueTrackingLink(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Param('reportId', UuidParamPipe) reportId: string,
  ): Promise<TrackingLinkResponse> {
    return this.tracking.issueLink(actor, id, reportId);
  }

  @Get('messages')
  log(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Param('reportId', UuidParamPipe) reportId: string,
  ): Promise<ReporterMessageLog> {
    return this.messages.log(actor, id, reportId);
  }

  @Post('messages/preview')
  @HttpCode(HttpStatus.OK)
  preview(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Param('reportId', UuidParamPipe) reportId: string,
    @Body() body: ReporterMessageDto,
  ): Promise<ReporterMessagePreview> {
    return this.messages.preview(actor, id, reportId, body);
  }

  /** Prepares (and for email with SMTP, sends) the message and logs it. */
  // Not @Idempotent: the answer carries a tracking link's secret token, which the idempotency
  // store would keep at rest (the message log keeps "[token]" in its place).
  @Post('messages')
  send(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Param('reportId', UuidParamPipe) reportId: string,
    @Body() body: ReporterMessageDto,
  ): Promise<ReporterMessageResult> {
    return this.messages.send(actor, id, reportId, body);
  }

  /** The officer confirms a prepared WhatsApp or SMS message went out. */
  @Post('messages/:messageId/sent')
  @Idempotent()
  @HttpCode(HttpStatus.OK)
  markSent(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Param('reportId', UuidParamPipe) reportId: string,
    @Param('messageId', UuidParamPipe) messageId: string,
  ): Promise<ReporterMessageView> {
    return this.messages.markSent(actor, id, reportId, messageId);
  }
}

/**
 * The reporter's tracking page: no sign-in; the token travels in the `X-Tracking-Token` header
 * (never in the URL, so it stays out of access logs). Unknown case and wrong token are the same 404.
 */
@ApiTags('public')
@ApiHeader({ name: TRACKING_TOKEN_HEADER, required: true })
@Public()
@UseGuards(ThrottlerGuard)
@Controller('public/tracking/:caseNumber')
export class PublicTrackingController {
  constructor(private readonly tracking: ReporterTrackingService) {}

  @Get()
  view(
    @Param('caseNumber') caseNumber: string,
    @Headers(TOKEN) token: string | undefined,
  ): Promise<PublicTrackingView> {
    return this.tracking.view(caseNumber, token);
  }

  @Post('replies')
  reply(
    @Param('caseNumber') caseNumber: string,
    @Headers(TOKEN) token: string | undefined,
    @Body() body: TrackingReplyDto,
  ): Promise<PublicTrackingView> {
    return this.tracking.reply(caseNumber, token, body.body);
  }

  @Post('confirm')
  @HttpCode(HttpStatus.OK)
  confirm(
    @Param('caseNumber') caseNumber: string,
    @Headers(TOKEN) token: string | undefined,
  ): Promise<PublicTrackingView> {
    return this.tracking.confirm(caseNumber, token);
  }

  @Post('dispute')
  @HttpCode(HttpStatus.OK)
  dispute(
    @Param('caseNumber') caseNumber: string,
    @Headers(TOKEN) token: string | undefined,
    @Body() body: TrackingDisputeDto,
  ): Promise<PublicTrackingView> {
    return this.tracking.dispute(caseNumber, token, body.reason);
  }

  @Put('rating')
  rate(
    @Param('caseNumber') caseNumber: string,
    @Headers(TOKEN) token: string | undefined,
    @Body() body: TrackingRatingDto,
  ): Promise<PublicTrackingView> {
    return this.tracking.rate(caseNumber, token, body.stars, body.comment);
  }
}
