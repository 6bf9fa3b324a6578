import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../access/actor';
import { CurrentActor } from '../auth/auth.decorators';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import { IssueOpen311KeyDto } from './dto/open311.dto';
import { Open311KeysService } from './open311-keys.service';
import type { IssuedOpen311Key, Open311KeyView } from '@simpul/contracts';

/** An agency admin's Open311 API keys: issued (shown once), listed, revoked. */
@ApiTags('open311')
@ApiBearerAuth()
@Controller('open311/keys')
export class Open311KeysController {
  constructor(private readonly keys: Open311KeysService) {}

  @Post()
  issue(@CurrentActor() actor: Actor, @Body() body: IssueOpen311KeyDto): Promise<IssuedOpen311Key> {
    return this.keys.issue(actor, body.label);
  }

  @Get()
  list(@CurrentActor() actor: Actor): Promise<Open311KeyView[]> {
    return this.keys.list(actor);
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  revoke(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string): Promise<void> {
    return this.keys.revoke(actor, id);
  }
}
