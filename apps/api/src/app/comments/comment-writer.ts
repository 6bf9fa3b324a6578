import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CommentMention, CommentView, CommentVisibility } from '@simpul/contracts';
import type { Actor } from '../access/actor';
import { CaseEventLog } from '../case-kernel/case-event-log';
import { runQuery } from '../database/typed-query';
import { toCommentRow, toCommentView, type CommentRow } from './comment-views';
import { insertComment } from './comments.queries';

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
    // Taking the case's next event number also takes its row lock, which serialises the case's
    // writers until commit; the comment can name the event that creates it. Row, first revision and
    // the row as readers see it are one statement, so the lock is held for three round trips.
    const seq = await this.eventLog.reserve(manager, c.caseId);
    const [inserted] = await runQuery(manager, insertComment, {
      caseId: c.caseId,
      visibility: c.visibility,
      body: c.body,
      authorKind: c.authorKind,
      authorUserId: c.authorUserId,
      authorAgencyId: c.authorAgencyId,
      reportId: c.reportId,
      authorName: c.authorName,
      mentions: JSON.stringify(c.mentions),
      attachmentIds: c.attachmentIds,
      seq,
    });
    const row = toCommentRow(inserted);
    await this.eventLog.record(
      manager,
      c.caseId,
      seq,
      c.actor,
      'comment.created',
      null,
      commentEventPayload(row),
    );
    return row;
  }
}

/** What the case event log (and so the live room) carries about a comment: the neutral view. */
export function commentEventPayload(row: CommentRow): CommentView & Record<string, unknown> {
  return { ...toCommentView(row) };
}
