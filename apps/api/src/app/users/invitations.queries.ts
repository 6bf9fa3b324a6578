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


/** 'MyPendingInvitations' parameters type */
export interface IMyPendingInvitationsParams {
  userId: string;
}

/** 'MyPendingInvitations' return type */
export interface IMyPendingInvitationsResult {
  agency_id: string;
  agency_name: string;
  agency_short_name: string;
  created_at: Date;
  expires_at: Date;
  id: string;
  invited_by_name: string | null;
  role: string;
}

/** 'MyPendingInvitations' query type */
export interface IMyPendingInvitationsQuery {
  params: IMyPendingInvitationsParams;
  result: IMyPendingInvitationsResult;
}

const myPendingInvitationsIR: any = {"usedParamSet":{"userId":true},"params":[{"name":"userId","required":true,"transform":{"type":"scalar"},"locs":[{"a":283,"b":290}]}],"statement":"SELECT i.id, i.agency_id, a.name AS agency_name, a.short_name AS agency_short_name, i.role,\n       u.name AS \"invited_by_name?\", i.created_at, i.expires_at\nFROM membership_invitation i\nJOIN agency a ON a.id = i.agency_id\nLEFT JOIN app_user u ON u.id = i.invited_by\nWHERE i.user_id = :userId! AND i.status = 'pending' AND i.expires_at > now()\nORDER BY i.created_at DESC"};

/**
 * Query generated from SQL:
 * ```
 * SELECT i.id, i.agency_id, a.name AS agency_name, a.short_name AS agency_short_name, i.role,
 *        u.name AS "invited_by_name?", i.created_at, i.expires_at
 * FROM membership_invitation i
 * JOIN agency a ON a.id = i.agency_id
 * LEFT JOIN app_user u ON u.id = i.invited_by
 * WHERE i.user_id = :userId! AND i.status = 'pending' AND i.expires_at > now()
 * ORDER BY i.created_at DESC
 * ```
 */
export const myPendingInvitations = new PreparedQuery<IMyPendingInvitationsParams,IMyPendingInvitationsResult>(myPendingInvitationsIR);


