import { HttpStatus, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  PARTICIPANT_ROLES,
  type AuditAction,
  PARTICIPATION_STATUSES,
  TASK_STATUSES,
  type CaseCollaborationView,
  type CaseSplitLink,
  type ParticipantView,
  type TaskStatus,
} from '@simpul/contracts';
import { forbidden, notFound } from '../../access/access-errors';
import { casePolicy, type CaseAccessContext } from '../../access/access-policy';
import type { Actor } from '../../access/actor';
import { AuditService } from '../../audit/audit.service';
import { staleVersion } from '../../case-kernel/case-errors';
import { CaseEventLog } from '../../case-kernel/case-event-log';
import { caseRepository } from '../../case-kernel/case-repository';
import { CASE, CaseRefusal, CaseUnitOfWork } from '../../case-kernel/case-unit-of-work';
import { refuseIfMerged } from '../../case-kernel/merge-links';
import { bilingual } from '../../common/bilingual';
import { runQuery } from '../../database/typed-query';
import { NotificationWriter } from '../../notifications/notification-writer';
import { notACollaborator, notInvited, refusal } from './collaboration-errors';
import type {
  DeclineCollaborationDto,
  EndParticipantDto,
  InviteCollaboratorDto,
  UpdateTaskStatusDto,
} from './collaboration.dto';
import {
  acceptCollaboration,
  agencyName,
  caseCollaborations,
  caseParticipants,
  declineCollaboration,
  endOpenCollaboration,
  insertCollaboration,
  lockOpenCollaboration,
  makeCollaborator,
  openRequiredTasks,
  participantOf,
  removeAgencyAssignees,
  removeParticipant,
  splitLinks,
  updateTaskStatus,
  type ICaseCollaborationsResult,
  type ILockOpenCollaborationResult,
} from './participants.queries';

const WORKING_ROLES = ['admin', 'petugas', 'pimpinan'];

function oneOf<T extends string>(values: readonly T[], value: string): T {
  const known = values.find((candidate) => candidate === value);
  if (known === undefined) throw new Error(`unexpected value from the database: ${value}`);
  return known;
}

const iso = (value: Date | null): string | null => value?.toISOString() ?? null;

function collaborationView(row: ICaseCollaborationsResult): Omit<ParticipantView, 'role'> {
  return {
    agencyId: row.agency_id,
    agencyShortName: row.short_name,
    status: oneOf(PARTICIPATION_STATUSES, row.status),
    task: {
      collaborationId: row.id,
      text: row.task,
      required: row.required,
      status: oneOf(TASK_STATUSES, row.task_status),
      version: row.version,
      updatedAt: row.task_updated_at.toISOString(),
      updatedByName: row.task_updated_by_name,
    },
    invitedByName: row.invited_by_name,
    invitedAt: row.invited_at.toISOString(),
    decidedByName: row.decided_by_name,
    decidedAt: iso(row.decided_at),
    declineReason: row.decline_reason,
    endedByName: row.ended_by_name,
    endedAt: iso(row.ended_at),
    endReason: row.end_reason,
  };
}

/**
 * Co-ownership of a case: the lead invites collaborators with a task, the invited agency answers,
 * the collaborator moves its task, and any participant but the lead can be ended (or leave). The
 * participant rows stay what access is derived from; an invited agency is no participant until it
 * accepts (it reads the case through its open invitation, without the reporter's identity); the
 * collaboration rows keep the task and the history.
 */
@Injectable()
export class CollaborationsService {
  constructor(
    private readonly unitOfWork: CaseUnitOfWork,
    private readonly eventLog: CaseEventLog,
    private readonly audit: AuditService,
    private readonly notifications: NotificationWriter,
  ) {}

  view(actor: Actor, caseId: string): Promise<CaseCollaborationView> {
    return this.unitOfWork.run(actor, caseId, 'read', (manager, access) =>
      this.load(manager, caseId, access),
    );
  }

  invite(
    actor: Actor,
    caseId: string,
    body: InviteCollaboratorDto,
  ): Promise<CaseCollaborationView> {
    return this.unitOfWork.run(actor, caseId, 'read', async (manager, access) => {
      if (!casePolicy.manageParticipants(access)) throw onlyTheLead(caseId);
      await refuseIfMerged(manager, caseId);
      await this.inviteWithin(manager, actor, caseId, body);
      return this.load(manager, caseId, access);
    });
  }

  /** The invitation, in the caller's transaction, once the policy allowed it. */
  private async inviteWithin(
    manager: EntityManager,
    actor: Actor,
    caseId: string,
    body: InviteCollaboratorDto,
  ): Promise<void> {
    {
      const kase = await caseRepository.lock(manager, caseId);
      if (!kase) throw notFound(CASE);
      if (body.agencyId === kase.lead_agency_id) {
        throw refusal(
          HttpStatus.BAD_REQUEST,
          'CANNOT_INVITE_SELF',
          bilingual(
            'Instansi pemimpin kasus tidak mengundang dirinya sendiri.',
            'The lead agency cannot invite itself.',
          ),
          'agencyId',
          bilingual(
            'agencyId adalah instansi pemimpin kasus ini',
            'agencyId is the lead agency of this case',
          ),
        );
      }
      const [agency] = await runQuery(manager, agencyName, { agencyId: body.agencyId });
      if (!agency) {
        throw refusal(
          HttpStatus.BAD_REQUEST,
          'UNKNOWN_AGENCY',
          bilingual('Instansi tidak dikenal', 'Unknown agency'),
          'agencyId',
          bilingual('agencyId bukan instansi aktif', 'agencyId is not an active agency'),
        );
      }
      const [open] = await runQuery(manager, lockOpenCollaboration, {
        caseId,
        agencyId: body.agencyId,
      });
      if (open) {
        throw refusal(
          HttpStatus.CONFLICT,
          open.status === 'invited' ? 'COLLABORATION_PENDING' : 'ALREADY_PARTICIPANT',
          open.status === 'invited'
            ? bilingual(
                `${agency.short_name} sudah diundang dan belum menjawab.`,
                `${agency.short_name} is already invited and has not answered.`,
              )
            : bilingual(
                `${agency.short_name} sudah menjadi kolaborator kasus ini.`,
                `${agency.short_name} already collaborates on this case.`,
              ),
          'agencyId',
          bilingual(
            'instansi ini sudah punya kolaborasi terbuka',
            'this agency already has an open collaboration',
          ),
        );
      }
      const [participant] = await runQuery(manager, participantOf, {
        caseId,
        agencyId: body.agencyId,
      });
      if (participant && participant.role !== 'observer') {
        throw refusal(
          HttpStatus.CONFLICT,
          'ALREADY_PARTICIPANT',
          bilingual(
            `${agency.short_name} sudah bekerja di kasus ini.`,
            `${agency.short_name} already works on this case.`,
          ),
          'agencyId',
          bilingual(
            'instansi ini sudah menjadi kolaborator',
            'this agency is already a collaborator',
          ),
        );
      }
      // Until it accepts, the invited agency reads the case through its invitation (relation
      // collaboration_invitee: it decides from the file, without the reporter's identity) and
      // acts on nothing else.
      const task = body.task.trim();
      const required = body.required ?? true;
      const [row] = await runQuery(manager, insertCollaboration, {
        caseId,
        agencyId: body.agencyId,
        task,
        required,
        invitedBy: actor.userId,
      });
      await this.eventLog.append(manager, caseId, actor, 'case.collaborator_invited', null, {
        collaborationId: row.id,
        agencyId: body.agencyId,
        task,
        required,
      });
      await this.record(manager, actor, caseId, 'case.collaborator_invited', {
        invitedAgencyId: body.agencyId,
        collaborationId: row.id,
        required,
      });
      await this.notifications.notify(
        manager,
        await this.notifications.membersOf(manager, [body.agencyId], WORKING_ROLES),
        {
          kind: 'collaboration_request',
          caseId,
          title: `${kase.lead_agency_short_name} mengundang instansi Anda sebagai kolaborator di ${kase.number}`,
          body: task,
          actor: { userId: actor.userId, name: actor.name },
        },
      );
    }
  }

  accept(actor: Actor, caseId: string): Promise<CaseCollaborationView> {
    return this.unitOfWork.run(actor, caseId, 'read', async (manager, access) => {
      if (!casePolicy.actForOwnParticipation(access)) throw new CaseRefusal(forbidden(), caseId);
      const kase = await caseRepository.lock(manager, caseId);
      if (!kase) throw notFound(CASE);
      const open = await this.openCollaboration(manager, caseId, actor);
      if (open?.status !== 'invited') throw notInvited();
      // The participant row first: once the invitation is no longer open, only it lets the
      // agency see the case.
      await runQuery(manager, makeCollaborator, { collaborationId: open.id });
      await runQuery(manager, acceptCollaboration, { id: open.id, decidedBy: actor.userId });
      await this.eventLog.append(manager, caseId, actor, 'case.collaboration_accepted', null, {
        collaborationId: open.id,
        agencyId: actor.agencyId ?? '',
      });
      await this.record(manager, actor, caseId, 'case.collaboration_accepted', {
        collaborationId: open.id,
      });
      await this.tellLead(
        manager,
        actor,
        kase,
        `menerima undangan kolaborasi di ${kase.number}`,
        null,
      );
      return this.load(manager, caseId, this.refreshedAccess(access));
    });
  }

  /**
   * Declines: the invitation closes, and with it the agency's reading of the case (an agency that
   * was an observer before the invitation stays one).
   */
  decline(actor: Actor, caseId: string, body: DeclineCollaborationDto): Promise<void> {
    return this.unitOfWork.run(actor, caseId, 'read', async (manager, access) => {
      if (!casePolicy.actForOwnParticipation(access)) throw new CaseRefusal(forbidden(), caseId);
      const kase = await caseRepository.lock(manager, caseId);
      if (!kase) throw notFound(CASE);
      const open = await this.openCollaboration(manager, caseId, actor);
      if (open?.status !== 'invited') throw notInvited();
      const agencyId = actor.agencyId ?? '';
      const reason = body.reason.trim();
      await this.eventLog.append(manager, caseId, actor, 'case.collaboration_declined', null, {
        collaborationId: open.id,
        agencyId,
        reason,
      });
      await this.record(manager, actor, caseId, 'case.collaboration_declined', {
        collaborationId: open.id,
        reason,
      });
      await this.tellLead(
        manager,
        actor,
        kase,
        `menolak undangan kolaborasi di ${kase.number}`,
        reason,
      );
      // Last: once the invitation is closed, the agency no longer sees the case (unless it was
      // an observer before it).
      await runQuery(manager, declineCollaboration, {
        id: open.id,
        decidedBy: actor.userId,
        reason,
      });
    });
  }

  updateTask(
    actor: Actor,
    caseId: string,
    body: UpdateTaskStatusDto,
  ): Promise<CaseCollaborationView> {
    return this.unitOfWork.run(actor, caseId, 'read', async (manager, access) => {
      if (!casePolicy.actForOwnParticipation(access)) throw notACollaborator();
      const kase = await caseRepository.lock(manager, caseId);
      if (!kase) throw notFound(CASE);
      const open = await this.openCollaboration(manager, caseId, actor);
      if (open?.status !== 'active') throw notACollaborator();
      if (open.version !== body.version) throw staleVersion({ version: open.version });
      const before = oneOf(TASK_STATUSES, open.task_status);
      if (before === body.status) return this.load(manager, caseId, access);
      await runQuery(manager, updateTaskStatus, {
        id: open.id,
        status: body.status,
        version: body.version,
        updatedBy: actor.userId,
      });
      const note = body.note?.trim();
      await this.eventLog.append(
        manager,
        caseId,
        actor,
        'case.task_status_changed',
        { status: before },
        {
          collaborationId: open.id,
          agencyId: actor.agencyId ?? '',
          status: body.status,
          ...(note ? { note } : {}),
        },
      );
      await this.tellLead(
        manager,
        actor,
        kase,
        `tugas di ${kase.number}: ${TASK_WORDS[body.status]}`,
        note ?? null,
      );
      return this.load(manager, caseId, access);
    });
  }

  /**
   * Ends a participant: the lead ends another agency, a participant ends itself (leaves). Its
   * events and comments stay; its officers' assignments end, and so does its access.
   */
  end(actor: Actor, caseId: string, agencyId: string, body: EndParticipantDto): Promise<void> {
    return this.unitOfWork.run(actor, caseId, 'read', async (manager, access) => {
      // The lead ending itself is not leaving: it meets the refusal below (hand the case over).
      const leaving = agencyId === actor.agencyId && !access.relations.includes('participant:lead');
      const allowed = leaving
        ? casePolicy.actForOwnParticipation(access)
        : casePolicy.manageParticipants(access);
      if (!allowed) throw leaving ? new CaseRefusal(forbidden(), caseId) : onlyTheLead(caseId);
      const kase = await caseRepository.lock(manager, caseId);
      if (!kase) throw notFound(CASE);
      const [participant] = await runQuery(manager, participantOf, { caseId, agencyId });
      // A pending invitee is no participant: ending it closes its invitation.
      const [invitation] = participant
        ? []
        : await runQuery(manager, lockOpenCollaboration, { caseId, agencyId });
      if (!participant && invitation?.status !== 'invited') {
        throw refusal(
          HttpStatus.NOT_FOUND,
          'NOT_FOUND',
          bilingual(
            'Instansi ini tidak ikut dalam kasus ini.',
            'This agency does not take part in this case.',
          ),
          'agencyId',
          bilingual(
            'agencyId bukan peserta kasus ini',
            'agencyId is not a participant of this case',
          ),
        );
      }
      if (participant?.role === 'lead') {
        throw refusal(
          HttpStatus.CONFLICT,
          'CANNOT_END_LEAD',
          bilingual(
            'Instansi pemimpin tidak dapat diakhiri; limpahkan kasusnya bila perlu.',
            'The lead agency cannot be ended; hand the case over if needed.',
          ),
          'agencyId',
          bilingual('agencyId adalah instansi pemimpin', 'agencyId is the lead agency'),
        );
      }
      const reason = body.reason.trim();
      const role = participant ? oneOf(PARTICIPANT_ROLES, participant.role) : 'collaborator';
      await this.eventLog.append(
        manager,
        caseId,
        actor,
        'case.participant_ended',
        { agencyId, role },
        { agencyId, reason, left: leaving },
      );
      await this.record(manager, actor, caseId, 'case.participant_ended', {
        endedAgencyId: agencyId,
        role,
        left: leaving,
        reason,
      });
      if (leaving) {
        await this.tellLead(manager, actor, kase, `keluar dari kasus ${kase.number}`, reason);
      } else {
        await this.notifications.notify(
          manager,
          await this.notifications.membersOf(manager, [agencyId], WORKING_ROLES),
          {
            kind: 'task_update',
            caseId,
            title: `${kase.lead_agency_short_name} mengakhiri keikutsertaan instansi Anda di ${kase.number}`,
            body: reason,
            actor: { userId: actor.userId, name: actor.name },
          },
        );
      }
      // Last: without its participant row and open invitation the agency no longer sees the case.
      await runQuery(manager, endOpenCollaboration, {
        caseId,
        agencyId,
        endedBy: actor.userId,
        reason,
      });
      await this.leave(manager, caseId, agencyId);
    });
  }

  /** The panel: participants with their tasks, the invitations and stints that ended, the links. */
  async load(
    manager: EntityManager,
    caseId: string,
    access: CaseAccessContext,
  ): Promise<CaseCollaborationView> {
    const participants = await runQuery(manager, caseParticipants, { caseId });
    const collaborations = await runQuery(manager, caseCollaborations, { caseId });
    const [{ open }] = await runQuery(manager, openRequiredTasks, { caseId });
    const links = await runQuery(manager, splitLinks, { caseId });
    const isOpen = (row: ICaseCollaborationsResult) =>
      row.status === 'invited' || row.status === 'active';
    const current = participants.map((p): ParticipantView => {
      const collaboration = collaborations.find((k) => k.agency_id === p.agency_id && isOpen(k));
      if (collaboration) return { ...collaborationView(collaboration), role: 'collaborator' };
      return {
        agencyId: p.agency_id,
        agencyShortName: p.short_name,
        role: oneOf(PARTICIPANT_ROLES, p.role),
        status: 'active',
        task: null,
        invitedByName: p.added_by_name,
        invitedAt: p.added_at.toISOString(),
        decidedByName: null,
        decidedAt: null,
        declineReason: null,
        endedByName: null,
        endedAt: null,
        endReason: null,
      };
    });
    // A pending invitee is no participant (it reads the case through its invitation).
    const invitees = collaborations
      .filter(
        (k) => k.status === 'invited' && !participants.some((p) => p.agency_id === k.agency_id),
      )
      .map((k): ParticipantView => ({ ...collaborationView(k), role: 'collaborator' }));
    const past = collaborations
      .filter((k) => !isOpen(k))
      .map((k): ParticipantView => ({ ...collaborationView(k), role: 'collaborator' }));
    const own = collaborations.find((k) => k.agency_id === access.agencyId && isOpen(k));
    const acting = casePolicy.actForOwnParticipation(access);
    return {
      caseId,
      participants: [...current, ...invitees, ...past],
      openRequiredTasks: open,
      splitLinks: links.map((l): CaseSplitLink => ({
        direction: l.direction === 'split_from' ? 'split_from' : 'split_into',
        caseId: l.id,
        number: l.number,
        title: l.title,
        at: l.at.toISOString(),
      })),
      permissions: {
        manage: casePolicy.manageParticipants(access),
        decide: acting && own?.status === 'invited',
        updateTask: acting && own?.status === 'active',
        leave: acting,
        split: casePolicy.manageParticipants(access),
      },
    };
  }

  private async openCollaboration(
    manager: EntityManager,
    caseId: string,
    actor: Actor,
  ): Promise<ILockOpenCollaborationResult | undefined> {
    if (!actor.agencyId) return undefined;
    const [row] = await runQuery(manager, lockOpenCollaboration, {
      caseId,
      agencyId: actor.agencyId,
    });
    return row;
  }

  /** The agency's participant row and its officers' assignments go; access follows. */
  private async leave(manager: EntityManager, caseId: string, agencyId: string): Promise<void> {
    await runQuery(manager, removeAgencyAssignees, { caseId, agencyId });
    await runQuery(manager, removeParticipant, { caseId, agencyId });
  }

  /** After accepting, the agency is a collaborator: the answer shows what it may do now. */
  private refreshedAccess(access: CaseAccessContext): CaseAccessContext {
    const others = access.relations.filter(
      (r) => r !== 'collaboration_invitee' && r !== 'participant:observer',
    );
    return { ...access, relations: [...others, 'participant:collaborator'] };
  }

  private async tellLead(
    manager: EntityManager,
    actor: Actor,
    kase: { id: string; lead_agency_id: string },
    what: string,
    body: string | null,
  ): Promise<void> {
    const [me] = actor.agencyId
      ? await runQuery(manager, agencyName, { agencyId: actor.agencyId })
      : [];
    await this.notifications.notify(
      manager,
      await this.notifications.membersOf(manager, [kase.lead_agency_id], WORKING_ROLES),
      {
        kind: 'task_update',
        caseId: kase.id,
        title: `${me?.short_name ?? 'Kolaborator'} ${what}`,
        body,
        actor: { userId: actor.userId, name: actor.name },
      },
    );
  }

  private record(
    manager: EntityManager,
    actor: Actor,
    caseId: string,
    action: AuditAction,
    details: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record(
      {
        action,
        actorUserId: actor.userId,
        agencyId: actor.agencyId,
        targetType: 'case',
        targetId: caseId,
        ip: actor.ip,
        details,
      },
      manager,
    );
  }
}

const TASK_WORDS: Record<TaskStatus, string> = {
  open: 'dibuka kembali',
  in_progress: 'sedang dikerjakan',
  done: 'selesai',
};

function onlyTheLead(caseId: string): CaseRefusal {
  return new CaseRefusal(
    forbidden(
      bilingual(
        'Hanya petugas instansi pemimpin kasus yang mengundang kolaborator atau mengakhiri peserta.',
        "Only the lead agency's staff invite collaborators or end participants.",
      ),
    ),
    caseId,
  );
}
