import { Body, Controller, Delete, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CaseDetail } from '@simpul/contracts';
import type { Actor } from '../../access/actor';
import { CurrentActor } from '../../auth/auth.decorators';
import { UuidParamPipe } from '../../common/uuid-param.pipe';
import { Idempotent } from '../../idempotency/idempotent.decorator';
import { AssignOfficerDto, InviteObserverDto } from '../dto/case.dto';
import { ParticipantsService } from './participants.service';

/** Observer agencies and assigned officers. */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class ParticipantsController {
  constructor(private readonly participants: ParticipantsService) {}

  /** Invites another agency as observer: explicit and audited; a mention never grants access. */
  @Post(':id/observers')
  @HttpCode(HttpStatus.OK)
  @Idempotent()
  inviteObserver(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: InviteObserverDto,
  ): Promise<CaseDetail> {
    return this.participants.inviteObserver(actor, id, body);
  }

  /** Assigns an officer of the acting agency to the case. */
  @Post(':id/assignees')
  @Idempotent()
  @HttpCode(HttpStatus.OK)
  assign(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: AssignOfficerDto,
  ): Promise<CaseDetail> {
    return this.participants.assign(actor, id, body.userId);
  }

  @Delete(':id/assignees/:userId')
  unassign(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Param('userId', UuidParamPipe) userId: string,
  ): Promise<CaseDetail> {
    return this.participants.unassign(actor, id, userId);
  }
}
