import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Patch,
  Post,
} from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiTags } from '@nestjs/swagger';
import type { CreateUserResponse, PasswordResetLinkResponse, UserSummary } from '@simpul/contracts';
import type { Actor } from '../access/actor';
import { CurrentActor } from '../auth/auth.decorators';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import { CreateUserDto, SetUserActiveDto, UpdateMembershipDto } from './dto/user.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  list(@CurrentActor() actor: Actor): Promise<UserSummary[]> {
    return this.users.list(actor);
  }

  @Post()
  @ApiConflictResponse({
    description:
      'Already a member, or an invitation is pending / Sudah anggota atau undangan menunggu',
  })
  create(@CurrentActor() actor: Actor, @Body() body: CreateUserDto): Promise<CreateUserResponse> {
    return this.users.create(actor, body);
  }

  @Patch(':id/membership')
  changeRole(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: UpdateMembershipDto,
  ): Promise<UserSummary> {
    return this.users.changeRole(actor, id, body.role);
  }

  @Delete(':id/membership')
  @HttpCode(HttpStatus.NO_CONTENT)
  removeMembership(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<void> {
    return this.users.removeMembership(actor, id);
  }

  @Patch(':id/active')
  setActive(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: SetUserActiveDto,
  ): Promise<UserSummary> {
    return this.users.setActive(actor, id, body.active);
  }

  @Post(':id/password-reset')
  @HttpCode(HttpStatus.OK)
  passwordReset(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<PasswordResetLinkResponse> {
    return this.users.passwordResetLink(actor, id);
  }
}
