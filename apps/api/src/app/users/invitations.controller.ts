import { Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AcceptInvitationResponse, MembershipInvitation } from '@simpul/contracts';
import type { Actor } from '../access/actor';
import { CurrentActor } from '../auth/auth.decorators';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import { InvitationsService } from './invitations.service';

/** The signed-in person's own invitations to agencies: nothing is granted until they accept. */
@ApiTags('invitations')
@ApiBearerAuth()
@Controller('invitations')
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Get()
  mine(@CurrentActor() actor: Actor): Promise<MembershipInvitation[]> {
    return this.invitations.mine(actor);
  }

  @Post(':id/accept')
  @HttpCode(HttpStatus.OK)
  accept(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<AcceptInvitationResponse> {
    return this.invitations.accept(actor, id);
  }

  @Post(':id/decline')
  @HttpCode(HttpStatus.NO_CONTENT)
  decline(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string): Promise<void> {
    return this.invitations.decline(actor, id);
  }
}
