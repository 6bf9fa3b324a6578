import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuditPage } from '@simpul/contracts';
import { auditPolicy } from '../access/access-policy';
import { forbidden } from '../access/access-errors';
import type { Actor } from '../access/actor';
import { CurrentActor } from '../auth/auth.decorators';
import { bilingual } from '../common/bilingual';
import { AuditService } from './audit.service';
import { AuditQueryDto } from './dto/audit-query.dto';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  async page(@CurrentActor() actor: Actor, @Query() query: AuditQueryDto): Promise<AuditPage> {
    if (!auditPolicy.read(actor)) {
      await this.audit.record({
        action: 'access.denied',
        actorUserId: actor.userId,
        agencyId: actor.agencyId,
        targetType: 'audit_log',
        ip: actor.ip,
      });
      throw forbidden(
        bilingual(
          'Log audit hanya untuk admin instansi.',
          'The audit log is for agency admins only.',
        ),
      );
    }
    return this.audit.page(actor, query.before ?? null, query.limit ?? 50);
  }
}
