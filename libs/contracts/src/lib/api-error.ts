/**
 * Every `code` the API sends in an error body or a socket error, so a client (or a test) can only
 * compare with a code that exists. Messages say the rest in both languages.
 */
export const API_ERROR_CODES = [
  // Any request: input, bodies, the database, rate limits, the unexpected.
  'VALIDATION_FAILED',
  'MALFORMED_BODY',
  'MALFORMED_PATH',
  'BODY_TOO_DEEP',
  'BODY_TOO_LARGE',
  'UNSUPPORTED_CHARSET',
  'UNSUPPORTED_ENCODING',
  'NOT_FOUND',
  'FORBIDDEN',
  'RATE_LIMITED',
  'IDEMPOTENCY_IN_FLIGHT',
  'IDEMPOTENCY_KEY_REUSED',
  'DATABASE_UNAVAILABLE',
  'INTERNAL_ERROR',
  // Signing in, sessions, accounts and agencies.
  'AUTH_REQUIRED',
  'INVALID_CREDENTIALS',
  'ACCOUNT_LOCKED',
  'SIGN_IN_BACKOFF',
  'SESSION_ENDED',
  'INVALID_TOKEN',
  'PASSWORD_CHANGE_REQUIRED',
  'WRONG_CURRENT_PASSWORD',
  'AGENCY_REQUIRED',
  'NOT_A_MEMBER',
  'NOT_AN_OFFICER',
  'ALREADY_MEMBER',
  'INVITATION_PENDING',
  'CANNOT_INVITE_SELF',
  'UNKNOWN_AGENCY',
  'DUPLICATE_CODE',
  'INVALID_API_KEY',
  // Hoax clarifications (#15).
  'CLARIFICATION_UPDATE_MALFORMED',
  'CLARIFICATION_UPDATE_TOO_LARGE',
  'CLARIFICATION_NOT_JOINED',
  'CLARIFICATION_LOCKED',
  'CLARIFICATION_APPROVAL_REFUSED',
  'CLARIFICATION_NOT_APPROVED',
  'CLARIFICATION_NOT_PUBLISHED',
  'CLARIFICATION_ALREADY_PUBLISHED',
  // Cases, comments and locations.
  'STALE_VERSION',
  'FIELD_CONFLICT',
  'INVALID_TRANSITION',
  'CASE_MERGED',
  'COMMENT_DELETED',
  'INVALID_PARENT',
  'OUTSIDE_INDONESIA',
  'NO_GPS',
  'INVALID_LINK',
  'ALREADY_ANSWERED',
  // Attachments and uploads.
  'FILE_REQUIRED',
  'FILE_TOO_LARGE',
  'IMAGE_TOO_LARGE',
  'TOO_MANY_PHOTOS',
  'UNSUPPORTED_FILE_TYPE',
  'UNREADABLE_FILE',
  'INVALID_FILE',
  'MALFORMED_UPLOAD',
  'FORMAT_NOT_SUPPORTED',
  /** Only a photo of a case that never held a rahasia report may be marked public. */
  'ATTACHMENT_NOT_PUBLISHABLE',
  // Duplicates and merges.
  'INVALID_MERGE',
  'ALREADY_MERGED',
  'MERGE_DIRECTLY',
  'MERGE_NEEDS_REQUEST',
  'MERGE_REQUEST_DECIDED',
  'MERGE_REQUEST_VOID',
  // Reporters, tracking links and LAPOR!.
  'DUPLICATE_TRACKING_ID',
  'TRACKING_ID_ALREADY_LINKED',
  'INVALID_TRACKING_LINK',
  'NOT_POSSIBLE_NOW',
  'CONTACT_UNSUITABLE',
  'NO_PUBLIC_REPLY',
  'PERSONAL_DATA_PURGED',
  'NO_FOLLOW_UP',
  'CONFLICT_ALREADY_RESOLVED',
  // Co-ownership, tasks and splits.
  'ALREADY_PARTICIPANT',
  'COLLABORATION_PENDING',
  'NOT_INVITED',
  'NOT_A_COLLABORATOR',
  'CANNOT_END_LEAD',
  'OPEN_TASKS',
  'INVALID_SPLIT',
  // Handoffs (pelimpahan), disposition and arbitration.
  'HANDOFF_TO_LEAD',
  'HANDOFF_OPEN',
  'HANDOFF_CLOSED',
  'HANDOFF_FROZEN',
  'NOT_ARBITER',
  'NOT_A_UNIT',
  // Road registry and routing rules.
  'REGISTRY_INVALID',
  'REGISTRY_IMPORT_FINISHED',
  'RULE_OVERLAP',
  // Live collaboration (socket acknowledgements).
  'NOT_IN_CASE_ROOM',
  'TOO_MANY_CASE_ROOMS',
  'PRESENCE_UNAVAILABLE',
  'FIELD_LOCKED',
  'PAYLOAD_TOO_DEEP',
  'PAYLOAD_TOO_LARGE',
  'INTERNAL',
] as const;

/**
 * The code of an HTTP error the API did not raise itself (an unknown route, a framework guard):
 * the status's name, or `ERROR` for a status without one.
 */
export const HTTP_STATUS_ERROR_CODES = [
  'BAD_REQUEST',
  'UNAUTHORIZED',
  'PAYMENT_REQUIRED',
  'FORBIDDEN',
  'NOT_FOUND',
  'METHOD_NOT_ALLOWED',
  'NOT_ACCEPTABLE',
  'PROXY_AUTHENTICATION_REQUIRED',
  'REQUEST_TIMEOUT',
  'CONFLICT',
  'GONE',
  'LENGTH_REQUIRED',
  'PRECONDITION_FAILED',
  'PAYLOAD_TOO_LARGE',
  'URI_TOO_LONG',
  'UNSUPPORTED_MEDIA_TYPE',
  'REQUESTED_RANGE_NOT_SATISFIABLE',
  'EXPECTATION_FAILED',
  'I_AM_A_TEAPOT',
  'MISDIRECTED',
  'UNPROCESSABLE_ENTITY',
  'LOCKED',
  'FAILED_DEPENDENCY',
  'PRECONDITION_REQUIRED',
  'TOO_MANY_REQUESTS',
  'UNRECOVERABLE_ERROR',
  'INTERNAL_SERVER_ERROR',
  'NOT_IMPLEMENTED',
  'BAD_GATEWAY',
  'SERVICE_UNAVAILABLE',
  'GATEWAY_TIMEOUT',
  'HTTP_VERSION_NOT_SUPPORTED',
  'INSUFFICIENT_STORAGE',
  'LOOP_DETECTED',
  'ERROR',
] as const;

export type ApiErrorCode =
  (typeof API_ERROR_CODES)[number] | (typeof HTTP_STATUS_ERROR_CODES)[number];

export function isApiErrorCode(value: unknown): value is ApiErrorCode {
  return (
    (API_ERROR_CODES as readonly unknown[]).includes(value) ||
    (HTTP_STATUS_ERROR_CODES as readonly unknown[]).includes(value)
  );
}

/**
 * Every 4xx/5xx body the API returns. Messages come in Indonesian (`id`) and English (`en`);
 * `field` names the offending input when there is one.
 */
export interface ApiErrorBody {
  statusCode: number;
  code: ApiErrorCode;
  message: { id: string; en: string };
  fields?: ApiFieldError[];
  /** Extra data, e.g. `current` (the current state) with a 409 for a stale edit. */
  details?: Record<string, unknown>;
}

export interface ApiFieldError {
  field: string;
  message: { id: string; en: string };
}
