import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  MEMBERSHIP_ROLES,
  type AcceptInvitationResponse,
  type MembershipInvitation,
  type MembershipRole,
} from '@simpul/contracts';
import { notFound } from '../access/access-errors';
import { ActorDatabase } from '../access/actor-database';
import type { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { PrincipalService } from '../auth/principal.service';
import { bilingual } from '../common/bilingual';
import { checkedText } from '../database/checked-text';
import { runQuery } from '../database/typed-query';
import { acceptMembership, answerInvitation, myPendingInvitations } from './invitations.queries';

const INVITATION = bilingual('Undangan', 'Invitation');

/**
 * The signed-in person's pending invitations to agencies. Only the invitee answers (row-level
 * security says so too); accepting adds the membership, in the same transaction.
 */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly db: ActorDatabase,
    private readonly audit: AuditService,
    private readonly principals: PrincipalService,
  ) {}

  mine(actor: Actor): Promise<MembershipInvitation[]> {
    return this.db.run(actor, async (manager) => {
      const rows = await runQuery(manager, myPendingInvitations, { userId: actor.userId });
      return rows.map((row) => ({
        id: row.id,
        agencyId: row.agency_id,
        agencyName: row.agency_name,
        agencyShortName: row.agency_short_name,
        role: membershipRole(row.role),
        invitedByName: row.invited_by_name,
        createdAt: row.created_at.toISOString(),
        expiresAt: row.expires_at.toISOString(),
      }));
    });
  }

  async accept(actor: Actor, invitationId: string): Promise<AcceptInvitationResponse> {
    const accepted = await this.db.run(actor, async (manager) => {
      const invitation = await this.answer(manager, actor, invitationId, 'accepted');
      await runQuery(manager, acceptMembership, {
        userId: actor.userId,
        agencyId: invitation.agency_id,
        role: invitation.role,
      });
      await this.audit.record(
        {
          action: 'membership.invitation_accepted',
          actorUserId: actor.userId,
          agencyId: invitation.agency_id,
          targetType: 'user',
          targetId: actor.userId,
          ip: actor.ip,
          details: {
            role: invitation.role,
            invitationId,
            invitedBy: invitation.invited_by,
          },
        },
        manager,
      );
      return invitation;
    });
    this.principals.forget(actor.userId);
    return {
      agencyId: accepted.agency_id,
      agencyShortName: accepted.agency_short_name,
      role: accepted.role,
    };
  }

  async decline(actor: Actor, invitationId: string): Promise<void> {
    await this.db.run(actor, async (manager) => {
      const invitation = await this.answer(manager, actor, invitationId, 'declined');
      await this.audit.record(
        {
          action: 'membership.invitation_declined',
          actorUserId: actor.userId,
          agencyId: invitation.agency_id,
          targetType: 'user',
          targetId: actor.userId,
          ip: actor.ip,
          details: { role: invitation.role, invitationId },
        },
        manager,
      );
    });
  }

  /** Closes one of the actor's own pending invitations; anyone else's is not found. */
  private async answer(
    manager: EntityManager,
    actor: Actor,
    invitationId: string,
    status: 'accepted' | 'declined',
  ) {
    const [row] = await runQuery(manager, answerInvitation, {
      invitationId,
      userId: actor.userId,
      status,
    });
    if (!row) throw notFound(INVITATION);
    return { ...row, role: membershipRole(row.role) };
  }
}

/** A membership role read from the database (text under a CHECK), as the contract's union. */
function membershipRole(value: string): MembershipRole {
  return checkedText(MEMBERSHIP_ROLES, value, 'membership_invitation.role');
}
