import type { EntityManager } from 'typeorm';
import {
  COMMENT_VISIBILITIES,
  type CommentMention,
  type CommentView,
  type CommentVisibility,
} from '@simpul/contracts';
import { checkedText } from '../database/checked-text';
import { runQuery } from '../database/typed-query';
import {
  loadComments as loadCommentsQuery,
  lockComment,
  type ILoadCommentsResult,
  type Json,
} from './comments.queries';

/** How a reply from the public tracking page is signed when the reader may not see the name. */
export const REPORTER_LABEL = 'Pelapor';

/** A comment as read with its author's names (types from the schema, text columns narrowed). */
export interface CommentRow extends Omit<
  ILoadCommentsResult,
  'visibility' | 'author_kind' | 'mentions'
> {
  visibility: CommentVisibility;
  author_kind: 'officer' | 'reporter';
  mentions: CommentMention[];
}

const AUTHOR_KINDS = ['officer', 'reporter'] as const;

/** `case_comment.mentions` (jsonb, written only from `CommentMention[]`), checked as it is read. */
function commentMentions(value: Json): CommentMention[] {
  if (!Array.isArray(value)) throw new Error('case_comment.mentions is not an array');
  return value.map((m) => {
    if (
      m !== null &&
      typeof m === 'object' &&
      !Array.isArray(m) &&
      (m['kind'] === 'user' || m['kind'] === 'agency') &&
      typeof m['id'] === 'string' &&
      typeof m['label'] === 'string'
    ) {
      return { kind: m['kind'], id: m['id'], label: m['label'] };
    }
    throw new Error('case_comment.mentions holds an entry that is not a mention');
  });
}

/** A comment row as pgtyped types it (the reads of comments.sql and the insert's), narrowed. */
export function toCommentRow(row: ILoadCommentsResult): CommentRow {
  return {
    ...row,
    visibility: checkedText(COMMENT_VISIBILITIES, row.visibility, 'case_comment.visibility'),
    author_kind: checkedText(AUTHOR_KINDS, row.author_kind, 'case_comment.author_kind'),
    mentions: commentMentions(row.mentions),
  };
}

export async function loadComments(
  manager: EntityManager,
  caseId: string,
  limit = 2000,
): Promise<CommentRow[]> {
  const rows = await runQuery(manager, loadCommentsQuery, { caseId, commentId: null, limit });
  return rows.map(toCommentRow);
}

export async function loadComment(
  manager: EntityManager,
  caseId: string,
  commentId: string,
  options: { lock?: boolean } = {},
): Promise<CommentRow | null> {
  if (options.lock) await runQuery(manager, lockComment, { commentId, caseId });
  const [row] = await runQuery(manager, loadCommentsQuery, { caseId, commentId, limit: 1 });
  return row ? toCommentRow(row) : null;
}

/**
 * A comment as a reader sees it. A deleted comment keeps its place in the thread ("dihapus")
 * without its text, mentions or attachments. A reporter's reply is signed with the reporter's name
 * only for readers the policy lets see reporter contact (`showReporterName`); the event log, which
 * every reader of the case receives, always carries the neutral label.
 */
export function toCommentView(
  row: CommentRow,
  showReporterName: (report: { anonymous: boolean }) => boolean = () => false,
): CommentView {
  const deleted = row.deleted_at !== null;
  const reporterName =
    row.author_name && showReporterName({ anonymous: row.report_anonymous ?? true })
      ? row.author_name
      : REPORTER_LABEL;
  return {
    id: row.id,
    caseId: row.case_id,
    visibility: row.visibility,
    body: deleted ? null : row.body,
    authorKind: row.author_kind,
    authorUserId: row.author_user_id,
    authorName: row.author_kind === 'reporter' ? reporterName : (row.user_name ?? ''),
    authorAgencyId: row.author_agency_id,
    authorAgencyName: row.agency_name,
    mentions: deleted ? [] : row.mentions,
    attachmentIds: deleted ? [] : row.attachment_ids,
    createdAt: row.created_at.toISOString(),
    editedAt: row.edited_at?.toISOString() ?? null,
    deletedAt: row.deleted_at?.toISOString() ?? null,
    version: row.version,
    seq: row.seq,
  };
}
