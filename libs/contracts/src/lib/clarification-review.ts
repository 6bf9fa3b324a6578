import type { ClarificationSection } from './clarifications';

/**
 * Reviewing a clarification draft while it is co-written (#15 item 2): comments anchored to the
 * text (Yjs relative positions, so an anchor follows its words through concurrent edits), named
 * versions of the whole text, and a word-level diff between any two of them (or a version and now).
 */

export const CLARIFICATION_COMMENT_MAX_LENGTH = 4000;
export const CLARIFICATION_QUOTE_MAX_LENGTH = 2000;
export const CLARIFICATION_VERSION_NAME_MAX_LENGTH = 120;

/** Where a comment thread sits: a selection in one section. */
export interface ClarificationCommentAnchor {
  section: ClarificationSection;
  /**
   * `Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(text, from, 0))` in base64:
   * sticks to the first selected character.
   */
  start: string;
  /** The same for `(text, to, -1)`: sticks to the last selected character. */
  end: string;
  /** The text selected when the comment was written. */
  quote: string;
}

export interface ClarificationCommentReply {
  id: string;
  body: string;
  authorName: string | null;
  agencyShortName: string | null;
  createdAt: string;
}

export interface ClarificationCommentThread {
  id: string;
  anchor: ClarificationCommentAnchor;
  /**
   * Where the anchor lies in the text as the server has it now (character offsets in the section),
   * or null when every anchored character was deleted ("teks sudah dihapus"). Clients resolve the
   * anchor against their own document as it changes.
   */
  range: { from: number; to: number } | null;
  body: string;
  authorName: string | null;
  agencyShortName: string | null;
  createdAt: string;
  resolvedAt: string | null;
  resolvedByName: string | null;
  replies: ClarificationCommentReply[];
}

/** A new thread (with `anchor`) or a reply (with `parentId`). */
export interface CreateClarificationCommentRequest {
  body: string;
  anchor?: ClarificationCommentAnchor;
  parentId?: string;
}

export interface ClarificationCommentsView {
  /** Whether the viewer may write, reply and resolve (the policy's `comment`). */
  canComment: boolean;
  threads: ClarificationCommentThread[];
}

export interface SaveClarificationVersionRequest {
  name: string;
}

export interface ClarificationVersionView {
  id: string;
  name: string;
  createdByName: string | null;
  createdAt: string;
}

export interface ClarificationVersionsView {
  /** Whether the viewer may save a version (the policy's `saveVersion`). */
  canSave: boolean;
  /** Newest first. */
  versions: ClarificationVersionView[];
}

/** A run of words in a diff: unchanged, only in the newer text, or only in the older one. */
export interface ClarificationDiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

export interface ClarificationSectionDiff {
  section: ClarificationSection;
  changed: boolean;
  parts: ClarificationDiffPart[];
}

/** `GET /api/clarifications/:id/versions/diff?from=&to=`: `to` omitted (or `now`) is the text now. */
export interface ClarificationVersionDiff {
  from: { id: string; name: string; createdAt: string };
  to: { id: string; name: string; createdAt: string } | null;
  sections: ClarificationSectionDiff[];
}

/** Server → client events in the draft's room (sent once stored). */
export const CLARIFICATION_REVIEW_EVENTS = {
  /** { draftId, thread }: a thread was opened, replied to or resolved. */
  comment: 'clarification:comment',
  /** { draftId, version }: a named version was saved. */
  version: 'clarification:version',
} as const;

export interface ClarificationCommentMessage {
  draftId: string;
  thread: ClarificationCommentThread;
}

export interface ClarificationVersionMessage {
  draftId: string;
  version: ClarificationVersionView;
}
