import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { SplitCaseResponse } from '@simpul/contracts';
import type { Actor } from '../../access/actor';
import { CurrentActor } from '../../auth/auth.decorators';
import { UuidParamPipe } from '../../common/uuid-param.pipe';
import { Idempotent } from '../../idempotency/idempotent.decorator';
import { CaseSplitService } from './case-split.service';
import { SplitCaseDto } from './split.dto';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class CaseSplitController {
  constructor(private readonly splits: CaseSplitService) {}

  /** Splits the chosen reports off into a new linked case led by the acting (lead) agency. */
  @Post(':id/split')
  @HttpCode(HttpStatus.CREATED)
  @Idempotent()
  split(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: SplitCaseDto,
  ): Promise<SplitCaseResponse> {
    return this.splits.split(actor, id, body);
  }
}
