import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CaseDetail, DuplicateCandidatesResponse } from '@simpul/contracts';
import type { Actor } from '../access/actor';
import { CurrentActor } from '../auth/auth.decorators';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import { CaseMergeService } from './case-merge.service';
import { DuplicatesService } from './duplicates.service';
import { DuplicateCandidatesDto, MergeCaseDto } from './dto/duplicates.dto';
import { Idempotent } from '../idempotency/idempotent.decorator';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class DuplicatesController {
  constructor(
    private readonly duplicates: DuplicatesService,
    private readonly merges: CaseMergeService,
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

  /** Merges `duplicateCaseId` into this case (reports, reporters and agencies move over). */
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
}
