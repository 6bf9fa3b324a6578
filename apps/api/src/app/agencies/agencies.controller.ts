import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiTags } from '@nestjs/swagger';
import type { AgencyDetail, AgencySummary } from '@simpul/contracts';
import type { Actor } from '../access/actor';
import { CurrentActor } from '../auth/auth.decorators';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import { AgenciesService } from './agencies.service';
import { CreateAgencyDto, UpdateAgencyDto } from './dto/agency.dto';

@ApiTags('agencies')
@ApiBearerAuth()
@Controller('agencies')
export class AgenciesController {
  constructor(private readonly agencies: AgenciesService) {}

  @Get()
  list(): Promise<AgencySummary[]> {
    return this.agencies.list();
  }

  @Get(':id')
  get(@Param('id', UuidParamPipe) id: string): Promise<AgencyDetail> {
    return this.agencies.get(id);
  }

  @Post()
  @ApiConflictResponse({ description: 'The code is taken / Kode sudah dipakai' })
  create(@CurrentActor() actor: Actor, @Body() body: CreateAgencyDto): Promise<AgencyDetail> {
    return this.agencies.create(actor, body);
  }

  @Patch(':id')
  update(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: UpdateAgencyDto,
  ): Promise<AgencyDetail> {
    return this.agencies.update(actor, id, body);
  }
}
