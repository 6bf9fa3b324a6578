import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { OwnerSuggestion, PlaceBoundsResponse } from '@simpul/contracts';
import type { Actor } from '../access/actor';
import { CurrentActor } from '../auth/auth.decorators';
import { CaseUnitOfWork } from '../case-kernel/case-unit-of-work';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import { OwnerSuggestionQueryDto, PlaceBoundsQueryDto } from './dto/suggestion.dto';
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

  /**
   * Where a place lies on the map (the place finder's suggestion chosen at intake moves the map
   * there): the box around the registry's segments of its district, else its regency; none when no
   * segment is registered there (`bounds: null`: no boundary data offline). Any signed-in officer.
   */
  @Get('jurisdiction/place-bounds')
  async placeBounds(@Query() query: PlaceBoundsQueryDto): Promise<PlaceBoundsResponse> {
    return { bounds: await this.suggestions.placeBounds(query.code) };
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
