import { Body, Controller, Delete, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CommentRevision, CommentView, CreateCommentResponse } from '@simpul/contracts';
import type { Actor } from '../access/actor';
import { CurrentActor } from '../auth/auth.decorators';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import { Idempotent } from '../idempotency/idempotent.decorator';
import { CommentsService } from './comments.service';
import { CreateCommentDto, EditCommentDto } from './dto/comment.dto';

@ApiTags('comments')
@ApiBearerAuth()
@Controller('cases/:caseId/comments')
export class CommentsController {
  constructor(private readonly comments: CommentsService) {}

  /** The whole thread, oldest first; deleted comments stay as placeholders without text. */
  @Get()
  list(
    @CurrentActor() actor: Actor,
    @Param('caseId', UuidParamPipe) caseId: string,
  ): Promise<CommentView[]> {
    return this.comments.list(actor, caseId);
  }

  /** An internal note or a public reply; safe to retry with an `Idempotency-Key`. */
  @Post()
  @Idempotent()
  create(
    @CurrentActor() actor: Actor,
    @Param('caseId', UuidParamPipe) caseId: string,
    @Body() body: CreateCommentDto,
  ): Promise<CreateCommentResponse> {
    return this.comments.create(actor, caseId, body);
  }

  /** The author's edit, with the version they saw (409 with the current comment when stale). */
  @Patch(':commentId')
  edit(
    @CurrentActor() actor: Actor,
    @Param('caseId', UuidParamPipe) caseId: string,
    @Param('commentId', UuidParamPipe) commentId: string,
    @Body() body: EditCommentDto,
  ): Promise<CreateCommentResponse> {
    return this.comments.edit(actor, caseId, commentId, body);
  }

  @Delete(':commentId')
  remove(
    @CurrentActor() actor: Actor,
    @Param('caseId', UuidParamPipe) caseId: string,
    @Param('commentId', UuidParamPipe) commentId: string,
  ): Promise<CommentView> {
    return this.comments.remove(actor, caseId, commentId);
  }

  @Get(':commentId/revisions')
  revisions(
    @CurrentActor() actor: Actor,
    @Param('caseId', UuidParamPipe) caseId: string,
    @Param('commentId', UuidParamPipe) commentId: string,
  ): Promise<CommentRevision[]> {
    return this.comments.revisions(actor, caseId, commentId);
  }
}
