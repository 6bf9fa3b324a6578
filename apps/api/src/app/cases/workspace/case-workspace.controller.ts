import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CaseDetail } from '@simpul/contracts';
import type { Actor } from '../../access/actor';
import { CurrentActor } from '../../auth/auth.decorators';
import { UuidParamPipe } from '../../common/uuid-param.pipe';
import { CaseWorkspaceService } from './case-workspace.service';
import { SetCaseLocationDto, SetCaseTagsDto } from '../dto/workspace.dto';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class CaseWorkspaceController {
  constructor(private readonly workspace: CaseWorkspaceService) {}

  /** Staff pin the point (`pinned`) or choose the area (`area`); 409 when the version is stale. */
  @Put(':id/location')
  setLocation(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: SetCaseLocationDto,
  ): Promise<CaseDetail> {
    return this.workspace.setLocation(actor, id, body);
  }

  /** Replaces the case's tags (lowercase, trimmed, ≤ 32 characters, ≤ 20 tags). */
  @Put(':id/tags')
  setTags(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: SetCaseTagsDto,
  ): Promise<CaseDetail> {
    return this.workspace.setTags(actor, id, body);
  }
}
