/** Types generated for queries found in "apps/api/src/app/cases/inbox/inbox-search.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type stringArray = (string)[];

/** 'InboxExactMatches' parameters type */
export interface IInboxExactMatchesParams {
  agencyId?: string | null | void;
  numbers: stringArray;
  phone?: string | null | void;
  role?: string | null | void;
  trackingId?: string | null | void;
}

/** 'InboxExactMatches' return type */
export interface IInboxExactMatchesResult {
  anonymous: boolean;
  caseId: string;
  relations: stringArray | null;
  via: string;
}

/** 'InboxExactMatches' query type */
export interface IInboxExactMatchesQuery {
  params: IInboxExactMatchesParams;
  result: IInboxExactMatchesResult;
}

const inboxExactMatchesIR: any = {"usedParamSet":{"numbers":true,"trackingId":true,"agencyId":true,"role":true,"phone":true},"params":[{"name":"numbers","required":true,"transform":{"type":"scalar"},"locs":[{"a":139,"b":147}]},{"name":"trackingId","required":false,"transform":{"type":"scalar"},"locs":[{"a":265,"b":275}]},{"name":"agencyId","required":false,"transform":{"type":"scalar"},"locs":[{"a":423,"b":431}]},{"name":"role","required":false,"transform":{"type":"scalar"},"locs":[{"a":434,"b":438}]},{"name":"phone","required":false,"transform":{"type":"scalar"},"locs":[{"a":509,"b":514}]}],"statement":"SELECT c.id AS \"caseId!\", 'number' AS \"via!\", false AS \"anonymous!\", NULL::text[] AS \"relations?\"\n  FROM case_inbox c WHERE c.number = ANY(:numbers!::text[])\nUNION ALL\nSELECT r.case_id, 'tracking_id', false, NULL::text[]\n  FROM case_report r\n WHERE r.tracking_id = :trackingId AND EXISTS (SELECT 1 FROM case_inbox c WHERE c.id = r.case_id)\nUNION ALL\nSELECT r.case_id, 'phone', r.anonymous, simpul_case_relations(r.case_id, :agencyId, :role)\n  FROM case_report r\n WHERE r.reporter_phone_key = simpul_phone_key(:phone)\n   AND EXISTS (SELECT 1 FROM case_inbox c WHERE c.id = r.case_id)"};

/**
 * Query generated from SQL:
 * ```
 * SELECT c.id AS "caseId!", 'number' AS "via!", false AS "anonymous!", NULL::text[] AS "relations?"
 *   FROM case_inbox c WHERE c.number = ANY(:numbers!::text[])
 * UNION ALL
 * SELECT r.case_id, 'tracking_id', false, NULL::text[]
 *   FROM case_report r
 *  WHERE r.tracking_id = :trackingId AND EXISTS (SELECT 1 FROM case_inbox c WHERE c.id = r.case_id)
 * UNION ALL
 * SELECT r.case_id, 'phone', r.anonymous, simpul_case_relations(r.case_id, :agencyId, :role)
 *   FROM case_report r
 *  WHERE r.reporter_phone_key = simpul_phone_key(:phone)
 *    AND EXISTS (SELECT 1 FROM case_inbox c WHERE c.id = r.case_id)
 * ```
 */
export const inboxExactMatches = new PreparedQuery<IInboxExactMatchesParams,IInboxExactMatchesResult>(inboxExactMatchesIR);


