import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { OwnerSuggestion } from '@simpul/contracts';
import type { Actor } from '../access/actor';
import { CurrentActor } from '../auth/auth.decorators';
import { CaseUnitOfWork } from '../case-kernel/case-unit-of-work';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import { OwnerSuggestionQueryDto } from './dto/suggestion.dto';
import { OwnerSuggestionService } from './owner-suggestion.service';

@ApiTags('jurisdiction')
@ApiBearerAuth()
@Controller()
export class OwnerSuggestionController {
  constructor(
    private readonly suggestions: OwnerSuggestionService,
    private readonly unitOfWork: CaseUnitOfWork,
  ) {}

  /**
   * Who owns a point (a dragged pin), a text naming a road, or a category in an area: the road
   * registry and routing rules valid at `asOf` (default today). Any signed-in officer.
   */
  @Get('jurisdiction/suggest')
  suggest(@Query() query: OwnerSuggestionQueryDto): Promise<OwnerSuggestion> {
    return this.suggestions.suggest(query);
  }

  /** The suggestion for a case, for whoever may read the case (else 404). */
  @Get('cases/:id/owner-suggestion')
  forCase(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<OwnerSuggestion> {
    return this.unitOfWork.run(actor, id, 'read', (manager, _access, caseId) =>
      this.suggestions.suggestForCase(manager, caseId),
    );
  }
}
