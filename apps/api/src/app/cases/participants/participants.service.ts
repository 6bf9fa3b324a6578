import { HttpStatus, Injectable } from '@nestjs/common';
import type { CaseDetail } from '@simpul/contracts';
import type { Actor } from '../../access/actor';
import { AuditService } from '../../audit/audit.service';
import { CaseEventLog } from '../../case-kernel/case-event-log';
import { CaseUnitOfWork } from '../../case-kernel/case-unit-of-work';
import { ApiException } from '../../common/api-exception';
import { bilingual } from '../../common/bilingual';
import { runQuery } from '../../database/typed-query';
import { NotificationWriter } from '../../notifications/notification-writer';
import { CaseDetailService } from '../detail/case-detail.service';
import type { InviteObserverDto } from '../dto/case.dto';
import {
  activeAgency,
  activeOfficer,
  addObserver,
  assignOfficer,
  unassignOfficer,
} from './participants.queries';

/** Who works on a case: the acting agency's assigned officers, and observer agencies. */
@Injectable()
export class ParticipantsService {
  constructor(
    private readonly unitOfWork: CaseUnitOfWork,
    private readonly audit: AuditService,
    private readonly eventLog: CaseEventLog,
    private readonly detail: CaseDetailService,
    private readonly notifications: NotificationWriter,
  ) {}

  /**
   * Assigns an officer of the acting agency to the case ("my cases"). Only agencies that work the
   * case (lead, collaborator) assign, and only their own people.
   */
  assign(actor: Actor, caseId: string, userId: string): Promise<CaseDetail> {
    return this.unitOfWork.run(actor, caseId, 'update', async (manager, access) => {
      const [member] = actor.agencyId
        ? await runQuery(manager, activeOfficer, { userId, agencyId: actor.agencyId })
        : [];
      if (!member) {
        throw new ApiException(
          HttpStatus.BAD_REQUEST,
          'NOT_AN_OFFICER',
          bilingual(
            'Petugas bukan anggota aktif instansi Anda',
            'The officer is not an active member of your agency',
          ),
          [
            {
              field: 'userId',
              message: bilingual(
                'userId bukan anggota aktif instansi Anda',
                'userId is not an active member of your agency',
              ),
            },
          ],
        );
      }
      const added = await runQuery(manager, assignOfficer, {
        caseId,
        agencyId: member.agency_id,
        userId,
        assignedBy: actor.userId,
      });
      if (added.length > 0) {
        await this.eventLog.append(manager, caseId, actor, 'case.assigned', null, {
          userId,
          name: member.name,
          agencyId: actor.agencyId,
        });
      }
      return this.detail.load(manager, caseId, access);
    });
  }

  unassign(actor: Actor, caseId: string, userId: string): Promise<CaseDetail> {
    return this.unitOfWork.run(actor, caseId, 'update', async (manager, access) => {
      const removed = actor.agencyId
        ? await runQuery(manager, unassignOfficer, { caseId, userId, agencyId: actor.agencyId })
        : [];
      if (removed.length > 0)
        await this.eventLog.append(manager, caseId, actor, 'case.unassigned', { userId }, null);
      return this.detail.load(manager, caseId, access);
    });
  }

  inviteObserver(actor: Actor, caseId: string, body: InviteObserverDto): Promise<CaseDetail> {
    return this.unitOfWork.run(actor, caseId, 'inviteObserver', async (manager, access) => {
      const agencies = await runQuery(manager, activeAgency, { agencyId: body.agencyId });
      if (!agencies[0]) {
        throw new ApiException(
          HttpStatus.BAD_REQUEST,
          'UNKNOWN_AGENCY',
          bilingual('Instansi tidak dikenal', 'Unknown agency'),
          [
            {
              field: 'agencyId',
              message: bilingual(
                'agencyId bukan instansi aktif',
                'agencyId is not an active agency',
              ),
            },
          ],
        );
      }
      const added = await runQuery(manager, addObserver, {
        caseId,
        agencyId: body.agencyId,
        addedBy: actor.userId,
      });
      if (added.length === 0) return this.detail.load(manager, caseId, access);
      await this.eventLog.append(manager, caseId, actor, 'case.participant_added', null, {
        agencyId: body.agencyId,
        role: 'observer',
      });
      await this.audit.record(
        {
          action: 'case.observer_invited',
          actorUserId: actor.userId,
          agencyId: actor.agencyId,
          targetType: 'case',
          targetId: caseId,
          ip: actor.ip,
          details: { invitedAgencyId: body.agencyId, reason: body.reason },
        },
        manager,
      );
      await this.notifications.observerInvited(manager, caseId, body.agencyId, actor, body.reason);
      return this.detail.load(manager, caseId, access);
    });
  }
}
