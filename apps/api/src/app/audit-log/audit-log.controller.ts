import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuditPage, MembershipGrantPage } from '@simpul/contracts';
import { auditPolicy } from '../access/access-policy';
import { forbidden } from '../access/access-errors';
import type { Actor } from '../access/actor';
import { CurrentActor } from '../auth/auth.decorators';
import { bilingual } from '../common/bilingual';
import { AuditService } from '../audit/audit.service';
import { AuditQueryDto } from './dto/audit-query.dto';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  async page(@CurrentActor() actor: Actor, @Query() query: AuditQueryDto): Promise<AuditPage> {
    await this.assertReader(actor);
    return this.audit.page(actor, query.before ?? null, query.limit ?? 50);
  }

  /**
   * Memberships added to accounts that already existed (without consent, before invitations; and
   * accepted invitations) and password reset links issued by admins, newest first, each flagged
   * when it is worth checking for an account takeover. Admins see their agency's, the superadmin all.
   */
  @Get('membership-grants')
  async membershipGrants(
    @CurrentActor() actor: Actor,
    @Query() query: AuditQueryDto,
  ): Promise<MembershipGrantPage> {
    await this.assertReader(actor);
    return this.audit.membershipGrants(actor, query.before ?? null, query.limit ?? 50);
  }

  private async assertReader(actor: Actor): Promise<void> {
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
  }
}
