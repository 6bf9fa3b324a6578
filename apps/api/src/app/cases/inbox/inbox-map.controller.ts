import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { InboxAgencyOption, InboxMapPage } from '@simpul/contracts';
import type { Actor } from '../../access/actor';
import { CurrentActor } from '../../auth/auth.decorators';
import { InboxMapQueryDto } from '../dto/inbox-map-query.dto';
import { InboxMapService } from './inbox-map.service';

/** The inbox on a map, and the agencies its agency filter offers. */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class InboxMapController {
  constructor(private readonly maps: InboxMapService) {}

  /**
   * The inbox's matches with a point, counted per grid cell of the window (sized from the zoom);
   * at most 500 cells, the densest first; a cell of one case names it.
   */
  @Get('map')
  map(@CurrentActor() actor: Actor, @Query() query: InboxMapQueryDto): Promise<InboxMapPage> {
    return this.maps.map(actor, query);
  }

  /** The agencies that take part in at least one case the reader can see. */
  @Get('inbox/agencies')
  agencies(@CurrentActor() actor: Actor): Promise<InboxAgencyOption[]> {
    return this.maps.agencies(actor);
  }
}
