import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CommentMention, CommentView, CommentVisibility } from '@simpul/contracts';
import type { Actor } from '../access/actor';
import { CaseEventLog } from '../cases/case-event-log';
import { queryRows } from '../database/query-rows';
import { loadComment, toCommentView, type CommentRow } from './comment-views';

export interface NewOfficerComment {
  caseId: string;
  visibility: CommentVisibility;
  body: string;
  author: Pick<Actor, 'userId' | 'agencyId'>;
  mentions: CommentMention[];
  attachmentIds: string[];
}

export interface NewReporterReply {
  caseId: string;
  /** The report (case_report) whose reporter answers from the tracking page. */
  reportId: string;
  /** The name the reporter gave; shown only to readers allowed to see reporter contact. */
  authorName: string | null;
  body: string;
}

/**
 * The one place a comment row is written, for officers and for the reporter's tracking page alike:
 * the row, its first revision and the `comment.created` case event, in the caller's transaction.
 * The event carries the comment as every reader of the case may see it (a reporter's name never),
 * with the sequence number of that very event.
 */
@Injectable()
export class CommentWriter {
  constructor(private readonly eventLog: CaseEventLog) {}

  insertOfficerComment(manager: EntityManager, comment: NewOfficerComment): Promise<CommentRow> {
    return this.insert(manager, {
      caseId: comment.caseId,
      visibility: comment.visibility,
      body: comment.body,
      authorKind: 'officer',
      authorUserId: comment.author.userId,
      authorAgencyId: comment.author.agencyId,
      reportId: null,
      authorName: null,
      mentions: comment.mentions,
      attachmentIds: comment.attachmentIds,
      actor: comment.author,
    });
  }

  /**
   * A reply of the reporter from the public tracking page: always public, signed by the report.
   * Run it in a transaction that may see the case (the tracking page acts as the system).
   */
  insertReporterReply(manager: EntityManager, reply: NewReporterReply): Promise<CommentRow> {
    return this.insert(manager, {
      caseId: reply.caseId,
      visibility: 'public',
      body: reply.body,
      authorKind: 'reporter',
      authorUserId: null,
      authorAgencyId: null,
      reportId: reply.reportId,
      authorName: reply.authorName,
      mentions: [],
      attachmentIds: [],
      actor: null,
    });
  }

  private async insert(
    manager: EntityManager,
    c: {
      caseId: string;
      visibility: CommentVisibility;
      body: string;
      authorKind: 'officer' | 'reporter';
      authorUserId: string | null;
      authorAgencyId: string | null;
      reportId: string | null;
      authorName: string | null;
      mentions: CommentMention[];
      attachmentIds: string[];
      actor: Pick<Actor, 'userId' | 'agencyId'> | null;
    },
  ): Promise<CommentRow> {
    // The case row's lock serialises the case's writers, so the next event number is known now and
    // the comment can name the event that creates it.
    const [kase] = await queryRows<{ last_event_seq: number }>(
      manager,
      `SELECT last_event_seq FROM "case" WHERE id = $1 FOR UPDATE`,
      [c.caseId],
    );
    if (!kase) throw new Error(`case ${c.caseId} is not visible to this transaction`);
    const seq = kase.last_event_seq + 1;
    const [{ id }] = await queryRows<{ id: string }>(
      manager,
      `INSERT INTO case_comment (case_id, visibility, body, author_kind, author_user_id, author_agency_id,
         report_id, author_name, mentions, attachment_ids, seq)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::uuid[], $11) RETURNING id`,
      [
        c.caseId,
        c.visibility,
        c.body,
        c.authorKind,
        c.authorUserId,
        c.authorAgencyId,
        c.reportId,
        c.authorName,
        JSON.stringify(c.mentions),
        c.attachmentIds,
        seq,
      ],
    );
    await manager.query(
      `INSERT INTO case_comment_revision (comment_id, case_id, version, body, edited_at, editor_user_id)
       SELECT id, case_id, 1, body, created_at, author_user_id FROM case_comment WHERE id = $1`,
      [id],
    );
    const row = (await loadComment(manager, c.caseId, id)) as CommentRow;
    const appended = await this.eventLog.append(
      manager,
      c.caseId,
      c.actor,
      'comment.created',
      null,
      commentEventPayload(row),
    );
    if (appended !== seq) throw new Error(`comment ${id}: event ${appended} instead of ${seq}`);
    return row;
  }
}

/** What the case event log (and so the live room) carries about a comment: the neutral view. */
export function commentEventPayload(row: CommentRow): CommentView & Record<string, unknown> {
  return { ...toCommentView(row) };
}
