import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { LeadersDashboard, LeadersThresholdsView } from '@simpul/contracts';
import type { Actor } from '../access/actor';
import { CurrentActor } from '../auth/auth.decorators';
import { LeadersDashboardQueryDto, LeadersThresholdsDto } from './dto/leaders-query.dto';
import { LeadersService } from './leaders.service';

/** The leaders' view (docs/indicators.md): pimpinan, admin and the superadmin. */
@ApiTags('leaders')
@ApiBearerAuth()
@Controller('leaders')
export class LeadersController {
  constructor(private readonly leaders: LeadersService) {}

  /** Every figure over the leader's scope, each period figure beside the previous period. */
  @Get('dashboard')
  dashboard(
    @CurrentActor() actor: Actor,
    @Query() query: LeadersDashboardQueryDto,
  ): Promise<LeadersDashboard> {
    return this.leaders.dashboard(actor, query);
  }

  /** The acting agency's due-soon and stalled thresholds (the defaults until it sets its own). */
  @Get('thresholds')
  thresholds(@CurrentActor() actor: Actor): Promise<LeadersThresholdsView> {
    return this.leaders.thresholds(actor);
  }

  @Put('thresholds')
  setThresholds(
    @CurrentActor() actor: Actor,
    @Body() body: LeadersThresholdsDto,
  ): Promise<LeadersThresholdsView> {
    return this.leaders.setThresholds(actor, body);
  }
}
