import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CaseCollaborationView } from '@simpul/contracts';
import type { Actor } from '../../access/actor';
import { CurrentActor } from '../../auth/auth.decorators';
import { UuidParamPipe } from '../../common/uuid-param.pipe';
import { Idempotent } from '../../idempotency/idempotent.decorator';
import {
  DeclineCollaborationDto,
  EndParticipantDto,
  InviteCollaboratorDto,
  UpdateTaskStatusDto,
} from './collaboration.dto';
import { CollaborationsService } from './collaborations.service';

/** Co-ownership: collaborators with tasks, their answers, their task status, ending participants. */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class CollaborationsController {
  constructor(private readonly collaborations: CollaborationsService) {}

  /** The participants & tasks panel of the case page. */
  @Get(':id/collaboration')
  view(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<CaseCollaborationView> {
    return this.collaborations.view(actor, id);
  }

  /** The lead invites another agency as collaborator with a task; it reads the case until it answers. */
  @Post(':id/collaborators')
  @HttpCode(HttpStatus.OK)
  @Idempotent()
  invite(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: InviteCollaboratorDto,
  ): Promise<CaseCollaborationView> {
    return this.collaborations.invite(actor, id, body);
  }

  /** The invited agency accepts: it becomes a collaborator. */
  @Post(':id/collaboration/accept')
  @HttpCode(HttpStatus.OK)
  @Idempotent()
  accept(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<CaseCollaborationView> {
    return this.collaborations.accept(actor, id);
  }

  /** The invited agency declines with a reason (it leaves unless it observed the case before). */
  @Post(':id/collaboration/decline')
  @HttpCode(HttpStatus.NO_CONTENT)
  @Idempotent()
  decline(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: DeclineCollaborationDto,
  ): Promise<void> {
    return this.collaborations.decline(actor, id, body);
  }

  /** The collaborator moves its own task (open, in progress, done); 409 on a stale version. */
  @Post(':id/collaboration/task')
  @HttpCode(HttpStatus.OK)
  @Idempotent()
  updateTask(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: UpdateTaskStatusDto,
  ): Promise<CaseCollaborationView> {
    return this.collaborations.updateTask(actor, id, body);
  }

  /** Ends a participant (the lead ends another agency; a participant leaves): history stays. */
  @Post(':id/participants/:agencyId/end')
  @HttpCode(HttpStatus.NO_CONTENT)
  @Idempotent()
  end(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Param('agencyId', UuidParamPipe) agencyId: string,
    @Body() body: EndParticipantDto,
  ): Promise<void> {
    return this.collaborations.end(actor, id, agencyId, body);
  }
}
