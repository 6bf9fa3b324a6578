import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import type {
  ClarificationCommentsView,
  ClarificationCommentThread,
  ClarificationVersionDiff,
  ClarificationVersionsView,
  ClarificationVersionView,
} from '@simpul/contracts';
import type { Actor } from '../access/actor';
import { CurrentActor } from '../auth/auth.decorators';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import { Idempotent } from '../idempotency/idempotent.decorator';
import { ClarificationReviewService } from './clarification-review.service';
import {
  CreateClarificationCommentDto,
  SaveClarificationVersionDto,
} from './dto/clarification-review.dto';

/** Comments anchored to a draft's text, its named versions and their diff (#15 item 2). */
@Controller('clarifications/:id')
export class ClarificationReviewController {
  constructor(private readonly review: ClarificationReviewService) {}

  /** Every thread with its replies and where its anchor lies in the text now. */
  @Get('comments')
  comments(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<ClarificationCommentsView> {
    return this.review.comments(actor, id);
  }

  /** A new thread on a selection (`anchor`) or a reply (`parentId`); safe to retry with an `Idempotency-Key`. */
  @Post('comments')
  @Idempotent()
  comment(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: CreateClarificationCommentDto,
  ): Promise<ClarificationCommentThread> {
    return this.review.comment(actor, id, body);
  }

  /** Resolves a thread; resolving it again changes nothing. */
  @Put('comments/:commentId/resolved')
  resolve(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Param('commentId', UuidParamPipe) commentId: string,
  ): Promise<ClarificationCommentThread> {
    return this.review.resolve(actor, id, commentId);
  }

  @Get('versions')
  versions(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<ClarificationVersionsView> {
    return this.review.versions(actor, id);
  }

  /** A named version of the text as it is now; safe to retry with an `Idempotency-Key`. */
  @Post('versions')
  @Idempotent()
  saveVersion(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: SaveClarificationVersionDto,
  ): Promise<ClarificationVersionView> {
    return this.review.saveVersion(actor, id, body.name);
  }

  /** `from` a version `to` another (a version id) or to the text now (`to` left out or `now`). */
  @Get('versions/diff')
  diff(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Query('from', UuidParamPipe) from: string,
    @Query('to') to?: string,
  ): Promise<ClarificationVersionDiff> {
    const target =
      to === undefined || to === '' || to === 'now'
        ? null
        : new UuidParamPipe().transform(to, { type: 'query', data: 'to' });
    return this.review.diff(actor, id, from, target);
  }
}
