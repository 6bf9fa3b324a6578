import type { EntityManager } from 'typeorm';
import type { CommentMention, CommentView, CommentVisibility } from '@simpul/contracts';

/** How a reply from the public tracking page is signed when the reader may not see the name. */
export const REPORTER_LABEL = 'Pelapor';

export interface CommentRow {
  id: string;
  case_id: string;
  visibility: CommentVisibility;
  body: string | null;
  author_kind: 'officer' | 'reporter';
  author_user_id: string | null;
  author_agency_id: string | null;
  report_id: string | null;
  author_name: string | null;
  user_name: string | null;
  agency_name: string | null;
  report_anonymous: boolean | null;
  mentions: CommentMention[];
  attachment_ids: string[];
  created_at: Date;
  edited_at: Date | null;
  deleted_at: Date | null;
  version: number;
  seq: number;
}

/** The columns of {@link CommentRow} for comments read from `source` (a table or a CTE of rows). */
export const selectCommentsFrom = (
  source: string,
) => `SELECT cc.id, cc.case_id, cc.visibility, cc.body,
    cc.author_kind, cc.author_user_id, cc.author_agency_id, cc.report_id, cc.author_name,
    u.name AS user_name, a.short_name AS agency_name, r.anonymous AS report_anonymous, cc.mentions,
    cc.attachment_ids, cc.created_at, cc.edited_at, cc.deleted_at, cc.version, cc.seq
  FROM ${source} cc
  LEFT JOIN app_user u ON u.id = cc.author_user_id
  LEFT JOIN agency a ON a.id = cc.author_agency_id
  LEFT JOIN case_report r ON r.id = cc.report_id`;

const COMMENT_SELECT = selectCommentsFrom('case_comment');

export async function loadComments(
  manager: EntityManager,
  caseId: string,
  limit = 2000,
): Promise<CommentRow[]> {
  return manager.query(
    `${COMMENT_SELECT} WHERE cc.case_id = $1 ORDER BY cc.created_at, cc.id LIMIT $2`,
    [caseId, limit],
  );
}

export async function loadComment(
  manager: EntityManager,
  caseId: string,
  commentId: string,
  options: { lock?: boolean } = {},
): Promise<CommentRow | null> {
  if (options.lock) {
    await manager.query(`SELECT 1 FROM case_comment WHERE id = $1 AND case_id = $2 FOR UPDATE`, [
      commentId,
      caseId,
    ]);
  }
  const [row]: CommentRow[] = await manager.query(
    `${COMMENT_SELECT} WHERE cc.id = $1 AND cc.case_id = $2`,
    [commentId, caseId],
  );
  return row ?? null;
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
