import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import type { ClarificationChainView } from '@simpul/contracts';
import type { Actor } from '../access/actor';
import { CurrentActor } from '../auth/auth.decorators';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import { ClarificationChainService } from './clarification-chain.service';
import { PutClarificationChainDto } from './dto/clarification-chain.dto';

/** An agency's clarification approval chain (#15 item 3). */
@Controller('clarifications/chains')
export class ClarificationChainsController {
  constructor(private readonly chains: ClarificationChainService) {}

  @Get(':agencyId')
  view(
    @CurrentActor() actor: Actor,
    @Param('agencyId', UuidParamPipe) agencyId: string,
  ): Promise<ClarificationChainView> {
    return this.chains.view(actor, agencyId);
  }

  @Put(':agencyId')
  replace(
    @CurrentActor() actor: Actor,
    @Param('agencyId', UuidParamPipe) agencyId: string,
    @Body() body: PutClarificationChainDto,
  ): Promise<ClarificationChainView> {
    return this.chains.replace(actor, agencyId, body);
  }
}
