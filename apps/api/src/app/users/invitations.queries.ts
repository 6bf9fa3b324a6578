/** Types generated for queries found in "apps/api/src/app/users/invitations.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'AnswerInvitation' parameters type */
export interface IAnswerInvitationParams {
  invitationId: string;
  status: string;
  userId: string;
}

/** 'AnswerInvitation' return type */
export interface IAnswerInvitationResult {
  agency_id: string;
  agency_short_name: string;
  invited_by: string | null;
  role: string;
}

/** 'AnswerInvitation' query type */
export interface IAnswerInvitationQuery {
  params: IAnswerInvitationParams;
  result: IAnswerInvitationResult;
}

const answerInvitationIR: any = {"usedParamSet":{"status":true,"invitationId":true,"userId":true},"params":[{"name":"status","required":true,"transform":{"type":"scalar"},"locs":[{"a":44,"b":51}]},{"name":"invitationId","required":true,"transform":{"type":"scalar"},"locs":[{"a":101,"b":114}]},{"name":"userId","required":true,"transform":{"type":"scalar"},"locs":[{"a":132,"b":139}]}],"statement":"UPDATE membership_invitation i SET status = :status!, answered_at = now()\nFROM agency a\nWHERE i.id = :invitationId! AND i.user_id = :userId! AND i.status = 'pending' AND i.expires_at > now()\n  AND a.id = i.agency_id\nRETURNING i.agency_id, a.short_name AS agency_short_name, i.role, i.invited_by"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE membership_invitation i SET status = :status!, answered_at = now()
 * FROM agency a
 * WHERE i.id = :invitationId! AND i.user_id = :userId! AND i.status = 'pending' AND i.expires_at > now()
 *   AND a.id = i.agency_id
 * RETURNING i.agency_id, a.short_name AS agency_short_name, i.role, i.invited_by
 * ```
 */
export const answerInvitation = new PreparedQuery<IAnswerInvitationParams,IAnswerInvitationResult>(answerInvitationIR);


/** 'AcceptMembership' parameters type */
export interface IAcceptMembershipParams {
  agencyId: string;
  role: string;
  userId: string;
}

/** 'AcceptMembership' return type */
export type IAcceptMembershipResult = void;

/** 'AcceptMembership' query type */
export interface IAcceptMembershipQuery {
  params: IAcceptMembershipParams;
  result: IAcceptMembershipResult;
}

const acceptMembershipIR: any = {"usedParamSet":{"userId":true,"agencyId":true,"role":true},"params":[{"name":"userId","required":true,"transform":{"type":"scalar"},"locs":[{"a":58,"b":65}]},{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":68,"b":77}]},{"name":"role","required":true,"transform":{"type":"scalar"},"locs":[{"a":80,"b":85}]}],"statement":"INSERT INTO membership (user_id, agency_id, role) VALUES (:userId!, :agencyId!, :role!)\nON CONFLICT (user_id, agency_id) DO NOTHING"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO membership (user_id, agency_id, role) VALUES (:userId!, :agencyId!, :role!)
 * ON CONFLICT (user_id, agency_id) DO NOTHING
 * ```
 */
export const acceptMembership = new PreparedQuery<IAcceptMembershipParams,IAcceptMembershipResult>(acceptMembershipIR);


