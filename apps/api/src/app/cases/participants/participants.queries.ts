/** Types generated for queries found in "apps/api/src/app/cases/participants/participants.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'ActiveOfficer' parameters type */
export interface IActiveOfficerParams {
  agencyId: string;
  userId: string;
}

/** 'ActiveOfficer' return type */
export interface IActiveOfficerResult {
  agency_id: string;
  name: string;
}

/** 'ActiveOfficer' query type */
export interface IActiveOfficerQuery {
  params: IActiveOfficerParams;
  result: IActiveOfficerResult;
}

const activeOfficerIR: any = {"usedParamSet":{"userId":true,"agencyId":true},"params":[{"name":"userId","required":true,"transform":{"type":"scalar"},"locs":[{"a":99,"b":106}]},{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":126,"b":135}]}],"statement":"SELECT u.name, m.agency_id FROM membership m JOIN app_user u ON u.id = m.user_id\nWHERE m.user_id = :userId! AND m.agency_id = :agencyId! AND u.active"};

/**
 * Query generated from SQL:
 * ```
 * SELECT u.name, m.agency_id FROM membership m JOIN app_user u ON u.id = m.user_id
 * WHERE m.user_id = :userId! AND m.agency_id = :agencyId! AND u.active
 * ```
 */
export const activeOfficer = new PreparedQuery<IActiveOfficerParams,IActiveOfficerResult>(activeOfficerIR);


/** 'AssignOfficer' parameters type */
export interface IAssignOfficerParams {
  agencyId: string;
  assignedBy: string;
  caseId: string;
  userId: string;
}

/** 'AssignOfficer' return type */
export interface IAssignOfficerResult {
  user_id: string;
}

/** 'AssignOfficer' query type */
export interface IAssignOfficerQuery {
  params: IAssignOfficerParams;
  result: IAssignOfficerResult;
}

const assignOfficerIR: any = {"usedParamSet":{"caseId":true,"agencyId":true,"userId":true,"assignedBy":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":77,"b":84}]},{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":87,"b":96}]},{"name":"userId","required":true,"transform":{"type":"scalar"},"locs":[{"a":99,"b":106}]},{"name":"assignedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":109,"b":120}]}],"statement":"INSERT INTO case_assignee (case_id, agency_id, user_id, assigned_by) VALUES (:caseId!, :agencyId!, :userId!, :assignedBy!)\nON CONFLICT (case_id, user_id) DO NOTHING RETURNING user_id"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO case_assignee (case_id, agency_id, user_id, assigned_by) VALUES (:caseId!, :agencyId!, :userId!, :assignedBy!)
 * ON CONFLICT (case_id, user_id) DO NOTHING RETURNING user_id
 * ```
 */
export const assignOfficer = new PreparedQuery<IAssignOfficerParams,IAssignOfficerResult>(assignOfficerIR);


/** 'UnassignOfficer' parameters type */
export interface IUnassignOfficerParams {
  agencyId: string;
  caseId: string;
  userId: string;
}

/** 'UnassignOfficer' return type */
export interface IUnassignOfficerResult {
  user_id: string;
}

/** 'UnassignOfficer' query type */
export interface IUnassignOfficerQuery {
  params: IUnassignOfficerParams;
  result: IUnassignOfficerResult;
}

const unassignOfficerIR: any = {"usedParamSet":{"caseId":true,"userId":true,"agencyId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":42,"b":49}]},{"name":"userId","required":true,"transform":{"type":"scalar"},"locs":[{"a":65,"b":72}]},{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":90,"b":99}]}],"statement":"DELETE FROM case_assignee WHERE case_id = :caseId! AND user_id = :userId! AND agency_id = :agencyId! RETURNING user_id"};

/**
 * Query generated from SQL:
 * ```
 * DELETE FROM case_assignee WHERE case_id = :caseId! AND user_id = :userId! AND agency_id = :agencyId! RETURNING user_id
 * ```
 */
export const unassignOfficer = new PreparedQuery<IUnassignOfficerParams,IUnassignOfficerResult>(unassignOfficerIR);


/** 'ActiveAgency' parameters type */
export interface IActiveAgencyParams {
  agencyId: string;
}

/** 'ActiveAgency' return type */
export interface IActiveAgencyResult {
  id: string;
}

/** 'ActiveAgency' query type */
export interface IActiveAgencyQuery {
  params: IActiveAgencyParams;
  result: IActiveAgencyResult;
}

const activeAgencyIR: any = {"usedParamSet":{"agencyId":true},"params":[{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":33,"b":42}]}],"statement":"SELECT id FROM agency WHERE id = :agencyId! AND active"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id FROM agency WHERE id = :agencyId! AND active
 * ```
 */
export const activeAgency = new PreparedQuery<IActiveAgencyParams,IActiveAgencyResult>(activeAgencyIR);


/** 'AddObserver' parameters type */
export interface IAddObserverParams {
  addedBy: string;
  agencyId: string;
  caseId: string;
}

/** 'AddObserver' return type */
export interface IAddObserverResult {
  agency_id: string;
}

/** 'AddObserver' query type */
export interface IAddObserverQuery {
  params: IAddObserverParams;
  result: IAddObserverResult;
}

const addObserverIR: any = {"usedParamSet":{"caseId":true,"agencyId":true,"addedBy":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":74,"b":81}]},{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":84,"b":93}]},{"name":"addedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":108,"b":116}]}],"statement":"INSERT INTO case_participant (case_id, agency_id, role, added_by) VALUES (:caseId!, :agencyId!, 'observer', :addedBy!)\nON CONFLICT (case_id, agency_id) DO NOTHING RETURNING agency_id"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO case_participant (case_id, agency_id, role, added_by) VALUES (:caseId!, :agencyId!, 'observer', :addedBy!)
 * ON CONFLICT (case_id, agency_id) DO NOTHING RETURNING agency_id
 * ```
 */
export const addObserver = new PreparedQuery<IAddObserverParams,IAddObserverResult>(addObserverIR);


/** 'ParticipantOf' parameters type */
export interface IParticipantOfParams {
  agencyId: string;
  caseId: string;
}

/** 'ParticipantOf' return type */
export interface IParticipantOfResult {
  role: string;
  short_name: string;
}

/** 'ParticipantOf' query type */
export interface IParticipantOfQuery {
  params: IParticipantOfParams;
  result: IParticipantOfResult;
}

const participantOfIR: any = {"usedParamSet":{"caseId":true,"agencyId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":106,"b":113}]},{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":133,"b":142}]}],"statement":"SELECT p.role, a.short_name FROM case_participant p JOIN agency a ON a.id = p.agency_id\nWHERE p.case_id = :caseId! AND p.agency_id = :agencyId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT p.role, a.short_name FROM case_participant p JOIN agency a ON a.id = p.agency_id
 * WHERE p.case_id = :caseId! AND p.agency_id = :agencyId!
 * ```
 */
export const participantOf = new PreparedQuery<IParticipantOfParams,IParticipantOfResult>(participantOfIR);


/** 'AgencyName' parameters type */
export interface IAgencyNameParams {
  agencyId: string;
}

/** 'AgencyName' return type */
export interface IAgencyNameResult {
  short_name: string;
}

/** 'AgencyName' query type */
export interface IAgencyNameQuery {
  params: IAgencyNameParams;
  result: IAgencyNameResult;
}

const agencyNameIR: any = {"usedParamSet":{"agencyId":true},"params":[{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":41,"b":50}]}],"statement":"SELECT short_name FROM agency WHERE id = :agencyId! AND active"};

/**
 * Query generated from SQL:
 * ```
 * SELECT short_name FROM agency WHERE id = :agencyId! AND active
 * ```
 */
export const agencyName = new PreparedQuery<IAgencyNameParams,IAgencyNameResult>(agencyNameIR);


/** 'LockOpenCollaboration' parameters type */
export interface ILockOpenCollaborationParams {
  agencyId: string;
  caseId: string;
}

/** 'LockOpenCollaboration' return type */
export interface ILockOpenCollaborationResult {
  id: string;
  required: boolean;
  status: string;
  task_status: string;
  version: number;
}

/** 'LockOpenCollaboration' query type */
export interface ILockOpenCollaborationQuery {
  params: ILockOpenCollaborationParams;
  result: ILockOpenCollaborationResult;
}

const lockOpenCollaborationIR: any = {"usedParamSet":{"caseId":true,"agencyId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":90,"b":97}]},{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":115,"b":124}]}],"statement":"SELECT id, status, task_status, version, required FROM case_collaboration\nWHERE case_id = :caseId! AND agency_id = :agencyId! AND status IN ('invited', 'active') FOR UPDATE"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, status, task_status, version, required FROM case_collaboration
 * WHERE case_id = :caseId! AND agency_id = :agencyId! AND status IN ('invited', 'active') FOR UPDATE
 * ```
 */
export const lockOpenCollaboration = new PreparedQuery<ILockOpenCollaborationParams,ILockOpenCollaborationResult>(lockOpenCollaborationIR);


/** 'InsertCollaboration' parameters type */
export interface IInsertCollaborationParams {
  agencyId: string;
  caseId: string;
  invitedBy: string;
  required: boolean;
  task: string;
}

/** 'InsertCollaboration' return type */
export interface IInsertCollaborationResult {
  id: string;
}

/** 'InsertCollaboration' query type */
export interface IInsertCollaborationQuery {
  params: IInsertCollaborationParams;
  result: IInsertCollaborationResult;
}

const insertCollaborationIR: any = {"usedParamSet":{"caseId":true,"agencyId":true,"task":true,"required":true,"invitedBy":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":88,"b":95}]},{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":98,"b":107}]},{"name":"task","required":true,"transform":{"type":"scalar"},"locs":[{"a":110,"b":115}]},{"name":"required","required":true,"transform":{"type":"scalar"},"locs":[{"a":118,"b":127}]},{"name":"invitedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":130,"b":140}]}],"statement":"INSERT INTO case_collaboration (case_id, agency_id, task, required, invited_by)\nVALUES (:caseId!, :agencyId!, :task!, :required!, :invitedBy!) RETURNING id"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO case_collaboration (case_id, agency_id, task, required, invited_by)
 * VALUES (:caseId!, :agencyId!, :task!, :required!, :invitedBy!) RETURNING id
 * ```
 */
export const insertCollaboration = new PreparedQuery<IInsertCollaborationParams,IInsertCollaborationResult>(insertCollaborationIR);


/** 'MakeCollaborator' parameters type */
export interface IMakeCollaboratorParams {
  collaborationId: string;
}

/** 'MakeCollaborator' return type */
export interface IMakeCollaboratorResult {
  agency_id: string;
}

/** 'MakeCollaborator' query type */
export interface IMakeCollaboratorQuery {
  params: IMakeCollaboratorParams;
  result: IMakeCollaboratorResult;
}

const makeCollaboratorIR: any = {"usedParamSet":{"collaborationId":true},"params":[{"name":"collaborationId","required":true,"transform":{"type":"scalar"},"locs":[{"a":165,"b":181}]}],"statement":"INSERT INTO case_participant (case_id, agency_id, role, added_by)\nSELECT k.case_id, k.agency_id, 'collaborator', k.invited_by FROM case_collaboration k WHERE k.id = :collaborationId!\nON CONFLICT (case_id, agency_id) DO UPDATE SET role = 'collaborator' WHERE case_participant.role = 'observer'\nRETURNING agency_id"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO case_participant (case_id, agency_id, role, added_by)
 * SELECT k.case_id, k.agency_id, 'collaborator', k.invited_by FROM case_collaboration k WHERE k.id = :collaborationId!
 * ON CONFLICT (case_id, agency_id) DO UPDATE SET role = 'collaborator' WHERE case_participant.role = 'observer'
 * RETURNING agency_id
 * ```
 */
export const makeCollaborator = new PreparedQuery<IMakeCollaboratorParams,IMakeCollaboratorResult>(makeCollaboratorIR);


/** 'AcceptCollaboration' parameters type */
export interface IAcceptCollaborationParams {
  decidedBy: string;
  id: string;
}

/** 'AcceptCollaboration' return type */
export interface IAcceptCollaborationResult {
  id: string;
}

/** 'AcceptCollaboration' query type */
export interface IAcceptCollaborationQuery {
  params: IAcceptCollaborationParams;
  result: IAcceptCollaborationResult;
}

const acceptCollaborationIR: any = {"usedParamSet":{"decidedBy":true,"id":true},"params":[{"name":"decidedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":62,"b":72}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":128,"b":131}]}],"statement":"UPDATE case_collaboration SET status = 'active', decided_by = :decidedBy!, decided_at = now(), version = 1 + version\nWHERE id = :id! AND status = 'invited' RETURNING id"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE case_collaboration SET status = 'active', decided_by = :decidedBy!, decided_at = now(), version = 1 + version
 * WHERE id = :id! AND status = 'invited' RETURNING id
 * ```
 */
export const acceptCollaboration = new PreparedQuery<IAcceptCollaborationParams,IAcceptCollaborationResult>(acceptCollaborationIR);


/** 'DeclineCollaboration' parameters type */
export interface IDeclineCollaborationParams {
  decidedBy: string;
  id: string;
  reason: string;
}

/** 'DeclineCollaboration' return type */
export interface IDeclineCollaborationResult {
  id: string;
}

/** 'DeclineCollaboration' query type */
export interface IDeclineCollaborationQuery {
  params: IDeclineCollaborationParams;
  result: IDeclineCollaborationResult;
}

const declineCollaborationIR: any = {"usedParamSet":{"decidedBy":true,"reason":true,"id":true},"params":[{"name":"decidedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":64,"b":74}]},{"name":"reason","required":true,"transform":{"type":"scalar"},"locs":[{"a":114,"b":121}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":159,"b":162}]}],"statement":"UPDATE case_collaboration SET status = 'declined', decided_by = :decidedBy!, decided_at = now(), decline_reason = :reason!,\n  version = 1 + version\nWHERE id = :id! AND status = 'invited' RETURNING id"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE case_collaboration SET status = 'declined', decided_by = :decidedBy!, decided_at = now(), decline_reason = :reason!,
 *   version = 1 + version
 * WHERE id = :id! AND status = 'invited' RETURNING id
 * ```
 */
export const declineCollaboration = new PreparedQuery<IDeclineCollaborationParams,IDeclineCollaborationResult>(declineCollaborationIR);


/** 'EndOpenCollaboration' parameters type */
export interface IEndOpenCollaborationParams {
  agencyId: string;
  caseId: string;
  endedBy: string;
  reason: string;
}

/** 'EndOpenCollaboration' return type */
export interface IEndOpenCollaborationResult {
  id: string;
}

/** 'EndOpenCollaboration' query type */
export interface IEndOpenCollaborationQuery {
  params: IEndOpenCollaborationParams;
  result: IEndOpenCollaborationResult;
}

const endOpenCollaborationIR: any = {"usedParamSet":{"endedBy":true,"reason":true,"caseId":true,"agencyId":true},"params":[{"name":"endedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":59,"b":67}]},{"name":"reason","required":true,"transform":{"type":"scalar"},"locs":[{"a":101,"b":108}]},{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":151,"b":158}]},{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":176,"b":185}]}],"statement":"UPDATE case_collaboration SET status = 'ended', ended_by = :endedBy!, ended_at = now(), end_reason = :reason!,\n  version = 1 + version\nWHERE case_id = :caseId! AND agency_id = :agencyId! AND status IN ('invited', 'active') RETURNING id"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE case_collaboration SET status = 'ended', ended_by = :endedBy!, ended_at = now(), end_reason = :reason!,
 *   version = 1 + version
 * WHERE case_id = :caseId! AND agency_id = :agencyId! AND status IN ('invited', 'active') RETURNING id
 * ```
 */
export const endOpenCollaboration = new PreparedQuery<IEndOpenCollaborationParams,IEndOpenCollaborationResult>(endOpenCollaborationIR);


/** 'RemoveParticipant' parameters type */
export interface IRemoveParticipantParams {
  agencyId: string;
  caseId: string;
}

/** 'RemoveParticipant' return type */
export interface IRemoveParticipantResult {
  role: string;
}

/** 'RemoveParticipant' query type */
export interface IRemoveParticipantQuery {
  params: IRemoveParticipantParams;
  result: IRemoveParticipantResult;
}

const removeParticipantIR: any = {"usedParamSet":{"caseId":true,"agencyId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":45,"b":52}]},{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":70,"b":79}]}],"statement":"DELETE FROM case_participant WHERE case_id = :caseId! AND agency_id = :agencyId! AND role <> 'lead' RETURNING role"};

/**
 * Query generated from SQL:
 * ```
 * DELETE FROM case_participant WHERE case_id = :caseId! AND agency_id = :agencyId! AND role <> 'lead' RETURNING role
 * ```
 */
export const removeParticipant = new PreparedQuery<IRemoveParticipantParams,IRemoveParticipantResult>(removeParticipantIR);


/** 'RemoveAgencyAssignees' parameters type */
export interface IRemoveAgencyAssigneesParams {
  agencyId: string;
  caseId: string;
}

/** 'RemoveAgencyAssignees' return type */
export type IRemoveAgencyAssigneesResult = void;

/** 'RemoveAgencyAssignees' query type */
export interface IRemoveAgencyAssigneesQuery {
  params: IRemoveAgencyAssigneesParams;
  result: IRemoveAgencyAssigneesResult;
}

const removeAgencyAssigneesIR: any = {"usedParamSet":{"caseId":true,"agencyId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":42,"b":49}]},{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":67,"b":76}]}],"statement":"DELETE FROM case_assignee WHERE case_id = :caseId! AND agency_id = :agencyId!"};

/**
 * Query generated from SQL:
 * ```
 * DELETE FROM case_assignee WHERE case_id = :caseId! AND agency_id = :agencyId!
 * ```
 */
export const removeAgencyAssignees = new PreparedQuery<IRemoveAgencyAssigneesParams,IRemoveAgencyAssigneesResult>(removeAgencyAssigneesIR);


/** 'UpdateTaskStatus' parameters type */
export interface IUpdateTaskStatusParams {
  id: string;
  status: string;
  updatedBy: string;
  version: number;
}

/** 'UpdateTaskStatus' return type */
export interface IUpdateTaskStatusResult {
  version: number;
}

/** 'UpdateTaskStatus' query type */
export interface IUpdateTaskStatusQuery {
  params: IUpdateTaskStatusParams;
  result: IUpdateTaskStatusResult;
}

const updateTaskStatusIR: any = {"usedParamSet":{"status":true,"version":true,"updatedBy":true,"id":true},"params":[{"name":"status","required":true,"transform":{"type":"scalar"},"locs":[{"a":44,"b":51}]},{"name":"version","required":true,"transform":{"type":"scalar"},"locs":[{"a":64,"b":72},{"a":188,"b":196}]},{"name":"updatedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":97,"b":107}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":147,"b":150}]}],"statement":"UPDATE case_collaboration SET task_status = :status!, version = :version! + 1, task_updated_by = :updatedBy!,\n  task_updated_at = now()\nWHERE id = :id! AND status = 'active' AND version = :version! RETURNING version"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE case_collaboration SET task_status = :status!, version = :version! + 1, task_updated_by = :updatedBy!,
 *   task_updated_at = now()
 * WHERE id = :id! AND status = 'active' AND version = :version! RETURNING version
 * ```
 */
export const updateTaskStatus = new PreparedQuery<IUpdateTaskStatusParams,IUpdateTaskStatusResult>(updateTaskStatusIR);


/** 'OpenRequiredTasks' parameters type */
export interface IOpenRequiredTasksParams {
  caseId: string;
}

/** 'OpenRequiredTasks' return type */
export interface IOpenRequiredTasksResult {
  open: number;
}

/** 'OpenRequiredTasks' query type */
export interface IOpenRequiredTasksQuery {
  params: IOpenRequiredTasksParams;
  result: IOpenRequiredTasksResult;
}

const openRequiredTasksIR: any = {"usedParamSet":{"caseId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":72,"b":79}]}],"statement":"SELECT count(*)::int AS \"open!\" FROM case_collaboration\nWHERE case_id = :caseId! AND required AND status IN ('invited', 'active') AND task_status <> 'done'"};

/**
 * Query generated from SQL:
 * ```
 * SELECT count(*)::int AS "open!" FROM case_collaboration
 * WHERE case_id = :caseId! AND required AND status IN ('invited', 'active') AND task_status <> 'done'
 * ```
 */
export const openRequiredTasks = new PreparedQuery<IOpenRequiredTasksParams,IOpenRequiredTasksResult>(openRequiredTasksIR);


/** 'CaseCollaborations' parameters type */
export interface ICaseCollaborationsParams {
  caseId: string;
}

/** 'CaseCollaborations' return type */
export interface ICaseCollaborationsResult {
  agency_id: string;
  decided_at: Date | null;
  decided_by_name: string | null;
  decline_reason: string | null;
  end_reason: string | null;
  ended_at: Date | null;
  ended_by_name: string | null;
  id: string;
  invited_at: Date;
  invited_by_name: string | null;
  required: boolean;
  short_name: string;
  status: string;
  task: string;
  task_status: string;
  task_updated_at: Date;
  task_updated_by_name: string | null;
  version: number;
}

/** 'CaseCollaborations' query type */
export interface ICaseCollaborationsQuery {
  params: ICaseCollaborationsParams;
  result: ICaseCollaborationsResult;
}

const caseCollaborationsIR: any = {"usedParamSet":{"caseId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":592,"b":599}]}],"statement":"SELECT k.id, k.agency_id, a.short_name, k.task, k.required, k.status, k.task_status, k.version,\n  k.invited_at, iu.name AS \"invited_by_name?\", k.decided_at, du.name AS \"decided_by_name?\", k.decline_reason,\n  k.task_updated_at, tu.name AS \"task_updated_by_name?\", k.ended_at, eu.name AS \"ended_by_name?\", k.end_reason\nFROM case_collaboration k JOIN agency a ON a.id = k.agency_id\n  LEFT JOIN app_user iu ON iu.id = k.invited_by\n  LEFT JOIN app_user du ON du.id = k.decided_by\n  LEFT JOIN app_user tu ON tu.id = k.task_updated_by\n  LEFT JOIN app_user eu ON eu.id = k.ended_by\nWHERE k.case_id = :caseId!\nORDER BY k.invited_at DESC, k.id"};

/**
 * Query generated from SQL:
 * ```
 * SELECT k.id, k.agency_id, a.short_name, k.task, k.required, k.status, k.task_status, k.version,
 *   k.invited_at, iu.name AS "invited_by_name?", k.decided_at, du.name AS "decided_by_name?", k.decline_reason,
 *   k.task_updated_at, tu.name AS "task_updated_by_name?", k.ended_at, eu.name AS "ended_by_name?", k.end_reason
 * FROM case_collaboration k JOIN agency a ON a.id = k.agency_id
 *   LEFT JOIN app_user iu ON iu.id = k.invited_by
 *   LEFT JOIN app_user du ON du.id = k.decided_by
 *   LEFT JOIN app_user tu ON tu.id = k.task_updated_by
 *   LEFT JOIN app_user eu ON eu.id = k.ended_by
 * WHERE k.case_id = :caseId!
 * ORDER BY k.invited_at DESC, k.id
 * ```
 */
export const caseCollaborations = new PreparedQuery<ICaseCollaborationsParams,ICaseCollaborationsResult>(caseCollaborationsIR);


/** 'CaseParticipants' parameters type */
export interface ICaseParticipantsParams {
  caseId: string;
}

/** 'CaseParticipants' return type */
export interface ICaseParticipantsResult {
  added_at: Date;
  added_by_name: string | null;
  agency_id: string;
  role: string;
  short_name: string;
}

/** 'CaseParticipants' query type */
export interface ICaseParticipantsQuery {
  params: ICaseParticipantsParams;
  result: ICaseParticipantsResult;
}

const caseParticipantsIR: any = {"usedParamSet":{"caseId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":201,"b":208}]}],"statement":"SELECT p.agency_id, a.short_name, p.role, p.added_at, u.name AS \"added_by_name?\"\nFROM case_participant p JOIN agency a ON a.id = p.agency_id LEFT JOIN app_user u ON u.id = p.added_by\nWHERE p.case_id = :caseId!\nORDER BY CASE p.role WHEN 'lead' THEN 0 WHEN 'collaborator' THEN 1 ELSE 2 END, a.short_name"};

/**
 * Query generated from SQL:
 * ```
 * SELECT p.agency_id, a.short_name, p.role, p.added_at, u.name AS "added_by_name?"
 * FROM case_participant p JOIN agency a ON a.id = p.agency_id LEFT JOIN app_user u ON u.id = p.added_by
 * WHERE p.case_id = :caseId!
 * ORDER BY CASE p.role WHEN 'lead' THEN 0 WHEN 'collaborator' THEN 1 ELSE 2 END, a.short_name
 * ```
 */
export const caseParticipants = new PreparedQuery<ICaseParticipantsParams,ICaseParticipantsResult>(caseParticipantsIR);


/** 'SplitLinks' parameters type */
export interface ISplitLinksParams {
  caseId: string;
}

/** 'SplitLinks' return type */
export interface ISplitLinksResult {
  at: Date;
  direction: string;
  id: string;
  number: string;
  title: string;
}

/** 'SplitLinks' query type */
export interface ISplitLinksQuery {
  params: ISplitLinksParams;
  result: ISplitLinksResult;
}

const splitLinksIR: any = {"usedParamSet":{"caseId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":159,"b":166},{"a":307,"b":314}]}],"statement":"SELECT 'split_into' AS \"direction!\", d.id AS \"id!\", d.number AS \"number!\", d.title AS \"title!\", d.split_at AS \"at!\" FROM \"case\" d WHERE d.split_from_case_id = :caseId!\nUNION ALL\nSELECT 'split_from', s.id, s.number, s.title, c.split_at FROM \"case\" c JOIN \"case\" s ON s.id = c.split_from_case_id\nWHERE c.id = :caseId!\nORDER BY 5, 3"};

/**
 * Query generated from SQL:
 * ```
 * SELECT 'split_into' AS "direction!", d.id AS "id!", d.number AS "number!", d.title AS "title!", d.split_at AS "at!" FROM "case" d WHERE d.split_from_case_id = :caseId!
 * UNION ALL
 * SELECT 'split_from', s.id, s.number, s.title, c.split_at FROM "case" c JOIN "case" s ON s.id = c.split_from_case_id
 * WHERE c.id = :caseId!
 * ORDER BY 5, 3
 * ```
 */
export const splitLinks = new PreparedQuery<ISplitLinksParams,ISplitLinksResult>(splitLinksIR);


