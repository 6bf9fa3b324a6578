/** Types generated for queries found in "apps/api/src/app/notifications/notifications.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type stringArray = (string)[];

/** 'MarkRead' parameters type */
export interface IMarkReadParams {
  all: boolean;
  ids: stringArray;
  userId: string;
}

/** 'MarkRead' return type */
export interface IMarkReadResult {
  id: string;
}

/** 'MarkRead' query type */
export interface IMarkReadQuery {
  params: IMarkReadParams;
  result: IMarkReadResult;
}

const markReadIR: any = {"usedParamSet":{"userId":true,"all":true,"ids":true},"params":[{"name":"userId","required":true,"transform":{"type":"scalar"},"locs":[{"a":56,"b":63}]},{"name":"all","required":true,"transform":{"type":"scalar"},"locs":[{"a":90,"b":94}]},{"name":"ids","required":true,"transform":{"type":"scalar"},"locs":[{"a":117,"b":121}]}],"statement":"UPDATE notification SET read_at = now()\nWHERE user_id = :userId! AND read_at IS NULL AND (:all!::boolean OR id = ANY(:ids!::uuid[]))\nRETURNING id"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE notification SET read_at = now()
 * WHERE user_id = :userId! AND read_at IS NULL AND (:all!::boolean OR id = ANY(:ids!::uuid[]))
 * RETURNING id
 * ```
 */
export const markRead = new PreparedQuery<IMarkReadParams,IMarkReadResult>(markReadIR);


/** 'UnreadCount' parameters type */
export interface IUnreadCountParams {
  userId: string;
}

/** 'UnreadCount' return type */
export interface IUnreadCountResult {
  n: number;
}

/** 'UnreadCount' query type */
export interface IUnreadCountQuery {
  params: IUnreadCountParams;
  result: IUnreadCountResult;
}

const unreadCountIR: any = {"usedParamSet":{"userId":true},"params":[{"name":"userId","required":true,"transform":{"type":"scalar"},"locs":[{"a":63,"b":70}]}],"statement":"SELECT count(*)::int AS \"n!\" FROM notification WHERE user_id = :userId! AND read_at IS NULL"};

/**
 * Query generated from SQL:
 * ```
 * SELECT count(*)::int AS "n!" FROM notification WHERE user_id = :userId! AND read_at IS NULL
 * ```
 */
export const unreadCount = new PreparedQuery<IUnreadCountParams,IUnreadCountResult>(unreadCountIR);


