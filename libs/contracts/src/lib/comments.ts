export const COMMENT_VISIBILITIES = ['internal', 'public'] as const;
/** `internal`: a note between agencies; `public`: a reply the reporter sees (copied to LAPOR). */
export type CommentVisibility = (typeof COMMENT_VISIBILITIES)[number];

export interface CommentMention {
  kind: 'user' | 'agency';
  id: string;
  /** The text as written after `@`, e.g. `UPT PJJ Malang`. */
  label: string;
}

export interface CommentView {
  id: string;
  caseId: string;
  visibility: CommentVisibility;
  /** Markdown-lite source (bold, italic, lists, links, mentions); null once deleted. */
  body: string | null;
  /** `officer` for staff, `reporter` for a reply from the public tracking page. */
  authorKind: 'officer' | 'reporter';
  authorUserId: string | null;
  authorName: string;
  authorAgencyId: string | null;
  authorAgencyName: string | null;
  mentions: CommentMention[];
  attachmentIds: string[];
  createdAt: string;
  editedAt: string | null;
  deletedAt: string | null;
  /** Optimistic-concurrency version; edits send the version they saw. */
  version: number;
  /** The case event sequence number that created this comment. */
  seq: number;
}

export interface CommentRevision {
  version: number;
  body: string;
  editedAt: string;
  editorName: string;
}

export interface CreateCommentRequest {
  visibility: CommentVisibility;
  body: string;
  attachmentIds?: string[];
}

export interface EditCommentRequest {
  body: string;
  /** The version the editor saw; a stale one gets 409 with the current comment. */
  version: number;
}

export interface CreateCommentResponse {
  comment: CommentView;
  /** Agencies mentioned that do not take part in the case: the UI offers to invite them as observers. */
  agenciesNotOnCase: { id: string; name: string }[];
}

/** Header name for idempotent POSTs: a retry returns the first result. */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
