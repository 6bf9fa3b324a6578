import { Body, Controller, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CaseDetail } from '@simpul/contracts';
import type { Actor } from '../../access/actor';
import { CurrentActor } from '../../auth/auth.decorators';
import { Idempotent } from '../../idempotency/idempotent.decorator';
import { CreateCaseDto } from '../dto/case.dto';
import { IntakeService } from './intake.service';

/** Manual intake. */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class IntakeController {
  constructor(private readonly intake: IntakeService) {}

  /** Manual intake of a complaint that came by WhatsApp, Instagram, phone, letter or walk-in. */
  @Post()
  @Idempotent()
  create(@CurrentActor() actor: Actor, @Body() body: CreateCaseDto): Promise<CaseDetail> {
    return this.intake.create(actor, body);
  }
}
