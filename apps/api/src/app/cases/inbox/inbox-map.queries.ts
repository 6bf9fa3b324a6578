/** Types generated for queries found in "apps/api/src/app/cases/inbox/inbox-map.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'InboxAgencies' parameters type */
export type IInboxAgenciesParams = void;

/** 'InboxAgencies' return type */
export interface IInboxAgenciesResult {
  id: string;
  name: string;
  short_name: string;
}

/** 'InboxAgencies' query type */
export interface IInboxAgenciesQuery {
  params: IInboxAgenciesParams;
  result: IInboxAgenciesResult;
}

const inboxAgenciesIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT a.id, a.short_name, a.name FROM agency a\nWHERE EXISTS (SELECT 1 FROM \"case\" c WHERE c.participant_agency_ids @> ARRAY[a.id])\nORDER BY a.short_name"};

/**
 * Query generated from SQL:
 * ```
 * SELECT a.id, a.short_name, a.name FROM agency a
 * WHERE EXISTS (SELECT 1 FROM "case" c WHERE c.participant_agency_ids @> ARRAY[a.id])
 * ORDER BY a.short_name
 * ```
 */
export const inboxAgencies = new PreparedQuery<IInboxAgenciesParams,IInboxAgenciesResult>(inboxAgenciesIR);


