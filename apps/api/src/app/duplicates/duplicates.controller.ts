import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type {
  CaseDetail,
  DuplicateCandidatesResponse,
  MergeRequestList,
  MergeRequestView,
} from '@simpul/contracts';
import type { Actor } from '../access/actor';
import { CurrentActor } from '../auth/auth.decorators';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import { CaseMergeService } from './case-merge.service';
import { DuplicatesService } from './duplicates.service';
import {
  DuplicateCandidatesDto,
  MergeCaseDto,
  MergeRequestCreateDto,
  MergeRequestDeclineDto,
} from './dto/duplicates.dto';
import { Idempotent } from '../idempotency/idempotent.decorator';
import { MergeRequestsService } from './merge-requests.service';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class DuplicatesController {
  constructor(
    private readonly duplicates: DuplicatesService,
    private readonly merges: CaseMergeService,
    private readonly requests: MergeRequestsService,
  ) {}

  /** Possible duplicates of a complaint being typed in, before it is saved. */
  @Post('duplicate-candidates')
  @HttpCode(HttpStatus.OK)
  candidates(
    @CurrentActor() actor: Actor,
    @Body() body: DuplicateCandidatesDto,
  ): Promise<DuplicateCandidatesResponse> {
    return this.duplicates.candidatesFor(actor, body);
  }

  /** Possible duplicates of a stored case, with whether the actor may merge each into it. */
  @Get(':id/duplicates')
  forCase(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<DuplicateCandidatesResponse> {
    return this.duplicates.forCase(actor, id);
  }

  /**
   * Merges `duplicateCaseId` into this case (reports, reporters and agencies move over), when the
   * acting agency leads both; when another agency leads the duplicate, 403 MERGE_NEEDS_REQUEST.
   */
  @Post(':id/merge')
  @Idempotent()
  @HttpCode(HttpStatus.OK)
  merge(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: MergeCaseDto,
  ): Promise<CaseDetail> {
    return this.merges.merge(actor, id, body);
  }

  /** Merge requests on this case, either side (pending first). */
  @Get(':id/merge-requests')
  mergeRequests(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<MergeRequestList> {
    return this.requests.list(actor, id);
  }

  /**
   * Asks the lead agency of `duplicateCaseId` to merge it into this case: 201 with the new
   * request, or 200 with the pending one already sent.
   */
  @Post(':id/merge-requests')
  async requestMerge(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: MergeRequestCreateDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<MergeRequestView> {
    const { created, request } = await this.requests.request(actor, id, body);
    response.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return request;
  }

  /** The duplicate's (this case's) lead accepts: the merge is carried out. Safe to retry. */
  @Post(':id/merge-requests/:requestId/accept')
  @HttpCode(HttpStatus.OK)
  acceptMergeRequest(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Param('requestId', UuidParamPipe) requestId: string,
  ): Promise<MergeRequestView> {
    return this.requests.accept(actor, id, requestId);
  }

  /** The duplicate's (this case's) lead declines: nothing moves. */
  @Post(':id/merge-requests/:requestId/decline')
  @HttpCode(HttpStatus.OK)
  declineMergeRequest(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Param('requestId', UuidParamPipe) requestId: string,
    @Body() body: MergeRequestDeclineDto,
  ): Promise<MergeRequestView> {
    return this.requests.decline(actor, id, requestId, body);
  }
}
