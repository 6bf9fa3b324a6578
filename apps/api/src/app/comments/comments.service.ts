import { HttpStatus, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type {
  CommentRevision,
  CommentView,
  CreateCommentResponse,
  CommentMention,
} from '@simpul/contracts';
import { casePolicy, type CaseAccessContext } from '../access/access-policy';
import { forbidden, notFound } from '../access/access-errors';
import type { Actor } from '../access/actor';
import { CaseEventLog } from '../case-kernel/case-event-log';
import { CaseUnitOfWork, CaseRefusal } from '../case-kernel/case-unit-of-work';
import { ApiException } from '../common/api-exception';
import { bilingual } from '../common/bilingual';
import { runQuery } from '../database/typed-query';
import { NotificationWriter } from '../notifications/notification-writer';
import { commentEventPayload, CommentWriter } from './comment-writer';
import {
  loadComment,
  loadComments,
  REPORTER_LABEL,
  toCommentView,
  type CommentRow,
} from './comment-views';
import type { CreateCommentDto, EditCommentDto } from './dto/comment.dto';
import {
  caseAttachmentIds,
  caseNumber,
  commentRevisions,
  deleteComment,
  editComment,
  recordCommentRevision,
} from './comments.queries';
import { resolveMentions, type ResolvedMentions } from './mentions';

const COMMENT = bilingual('Komentar', 'Comment');
/** How much of a comment a notification quotes. */
const EXCERPT_LENGTH = 200;

/**
 * The case's conversation under the access policy: everyone who reads the case reads its thread;
 * participants write internal notes, the lead agency writes public replies; authors edit (with the
 * version they saw) and remove their own, the lead agency's admin removes any. Every change is a
 * case event in the same transaction, so the live room and the timeline carry it.
 */
@Injectable()
export class CommentsService {
  constructor(
    private readonly unitOfWork: CaseUnitOfWork,
    private readonly writer: CommentWriter,
    private readonly eventLog: CaseEventLog,
    private readonly notifications: NotificationWriter,
  ) {}

  list(actor: Actor, caseId: string): Promise<CommentView[]> {
    return this.unitOfWork.run(actor, caseId, 'read', async (manager, access) =>
      (await loadComments(manager, caseId)).map((row) => this.view(row, access)),
    );
  }

  create(actor: Actor, caseId: string, body: CreateCommentDto): Promise<CreateCommentResponse> {
    const text = requireText(body.body);
    return this.unitOfWork.run(actor, caseId, 'comment', async (manager, access) => {
      if (body.visibility === 'public' && !casePolicy.replyPublicly(access)) {
        throw new CaseRefusal(forbidden(PUBLIC_REPLY_REFUSED), caseId);
      }
      const attachmentIds = await this.caseAttachments(manager, caseId, body.attachmentIds ?? []);
      const mentioned = await resolveMentions(manager, caseId, text);
      const row = await this.writer.insertOfficerComment(manager, {
        caseId,
        visibility: body.visibility,
        body: text,
        author: actor,
        mentions: mentioned.mentions,
        attachmentIds,
      });
      await this.notifyMentioned(manager, actor, caseId, text, mentioned, []);
      return {
        comment: this.view(row, access),
        agenciesNotOnCase: mentioned.agenciesNotOnCase,
      };
    });
  }

  edit(
    actor: Actor,
    caseId: string,
    commentId: string,
    body: EditCommentDto,
  ): Promise<CreateCommentResponse> {
    const text = requireText(body.body);
    return this.unitOfWork.run(actor, caseId, 'comment', async (manager, access) => {
      const before = await this.lockComment(manager, caseId, commentId);
      if (before.author_kind !== 'officer' || before.author_user_id !== actor.userId) {
        throw new CaseRefusal(
          forbidden(
            bilingual(
              'Hanya penulis komentar yang dapat mengubahnya.',
              'Only the author of a comment can edit it.',
            ),
          ),
          caseId,
        );
      }
      if (before.visibility === 'public' && !casePolicy.replyPublicly(access)) {
        throw new CaseRefusal(forbidden(PUBLIC_REPLY_REFUSED), caseId);
      }
      this.checkCurrent(before, body.version, access);
      if (text === before.body)
        return { comment: this.view(before, access), agenciesNotOnCase: [] };
      const mentioned = await resolveMentions(manager, caseId, text);
      // Conditional on the version read under the row lock: a lost update is impossible.
      const updated = await runQuery(manager, editComment, {
        commentId,
        caseId,
        body: text,
        mentions: JSON.stringify(mentioned.mentions),
        version: before.version,
      });
      if (updated.length !== 1) throw new Error(`comment ${commentId} changed under its lock`);
      await runQuery(manager, recordCommentRevision, { commentId, editorUserId: actor.userId });
      const after = await this.reload(manager, caseId, commentId);
      await this.eventLog.append(
        manager,
        caseId,
        actor,
        'comment.edited',
        { id: before.id, version: before.version },
        commentEventPayload(after),
      );
      await this.notifyMentioned(manager, actor, caseId, text, mentioned, before.mentions);
      return { comment: this.view(after, access), agenciesNotOnCase: mentioned.agenciesNotOnCase };
    });
  }

  /** Soft delete: the thread keeps a "dihapus" placeholder; the history stays for the record. */
  remove(actor: Actor, caseId: string, commentId: string): Promise<CommentView> {
    return this.unitOfWork.run(actor, caseId, 'comment', async (manager, access) => {
      const before = await this.lockComment(manager, caseId, commentId);
      const isAuthor = before.author_kind === 'officer' && before.author_user_id === actor.userId;
      if (!isAuthor && !casePolicy.moderateComments(access)) {
        throw new CaseRefusal(
          forbidden(
            bilingual(
              'Hanya penulis komentar atau admin instansi utama yang dapat menghapusnya.',
              "Only the comment's author or the lead agency's admin can delete it.",
            ),
          ),
          caseId,
        );
      }
      if (before.deleted_at) return this.view(before, access);
      // Under the row lock, conditional on the version read with it, like an edit.
      const deleted = await runQuery(manager, deleteComment, {
        commentId,
        caseId,
        deletedBy: actor.userId,
        version: before.version,
      });
      if (deleted.length !== 1) throw new Error(`comment ${commentId} changed under its lock`);
      const after = await this.reload(manager, caseId, commentId);
      await this.eventLog.append(
        manager,
        caseId,
        actor,
        'comment.deleted',
        { id: before.id, version: before.version },
        commentEventPayload(after),
      );
      return this.view(after, access);
    });
  }

  /** Every version of a comment's text, oldest first; none once it is deleted. */
  revisions(actor: Actor, caseId: string, commentId: string): Promise<CommentRevision[]> {
    return this.unitOfWork.run(actor, caseId, 'read', async (manager) => {
      const comment = await loadComment(manager, caseId, commentId);
      if (!comment) throw notFound(COMMENT);
      if (comment.deleted_at) return [];
      const rows = await runQuery(manager, commentRevisions, { commentId });
      return rows.map((r) => ({
        version: r.version,
        body: r.body,
        editedAt: r.edited_at.toISOString(),
        editorName: r.editor_name ?? (comment.author_kind === 'reporter' ? REPORTER_LABEL : ''),
      }));
    });
  }

  /** Attachments a comment shows must be the case's own, and not deleted. */
  private async caseAttachments(
    manager: EntityManager,
    caseId: string,
    ids: string[],
  ): Promise<string[]> {
    const wanted = [...new Set(ids)];
    if (wanted.length === 0) return [];
    const found = await runQuery(manager, caseAttachmentIds, { caseId, ids: wanted });
    if (found.length !== wanted.length) {
      throw new ApiException(
        HttpStatus.BAD_REQUEST,
        'VALIDATION_FAILED',
        bilingual(
          'Data tidak valid: lampiran tidak ditemukan di kasus ini',
          'Invalid input: an attachment is not part of this case',
        ),
        [
          {
            field: 'attachmentIds',
            message: bilingual(
              'attachmentIds harus lampiran kasus ini yang belum dihapus',
              "attachmentIds must be this case's attachments that are not deleted",
            ),
          },
        ],
      );
    }
    return wanted;
  }

  private view(row: CommentRow, access: CaseAccessContext): CommentView {
    return toCommentView(row, (report) => casePolicy.readReporterContact(access, report));
  }

  /** The comment just written in this transaction, as readers see it now. */
  private async reload(
    manager: EntityManager,
    caseId: string,
    commentId: string,
  ): Promise<CommentRow> {
    const row = await loadComment(manager, caseId, commentId);
    if (!row) throw new Error(`comment ${commentId} vanished inside its own transaction`);
    return row;
  }

  private async lockComment(
    manager: EntityManager,
    caseId: string,
    commentId: string,
  ): Promise<CommentRow> {
    const row = await loadComment(manager, caseId, commentId, { lock: true });
    if (!row) throw notFound(COMMENT);
    return row;
  }

  /** A stale or deleted comment: 409 with the comment as it is now. */
  private checkCurrent(row: CommentRow, version: number, access: CaseAccessContext): void {
    if (row.deleted_at) {
      throw new ApiException(
        HttpStatus.CONFLICT,
        'COMMENT_DELETED',
        bilingual('Komentar ini sudah dihapus.', 'This comment has been deleted.'),
      ).withDetails({ current: this.view(row, access) });
    }
    if (row.version !== version) {
      throw new ApiException(
        HttpStatus.CONFLICT,
        'STALE_VERSION',
        bilingual(
          'Komentar telah diubah sejak Anda membukanya. Periksa versi terbaru lalu simpan lagi.',
          'The comment was changed since you opened it. Review the latest version and save again.',
        ),
        [
          {
            field: 'version',
            message: bilingual(
              `versi terbaru adalah ${row.version}`,
              `the latest version is ${row.version}`,
            ),
          },
        ],
      ).withDetails({ current: this.view(row, access) });
    }
  }

  /**
   * Mentioned people hear of it once (an edit notifies only those newly mentioned); members of a
   * mentioned agency that takes part in the case hear of it too, unless already named themselves.
   */
  private async notifyMentioned(
    manager: EntityManager,
    actor: Actor,
    caseId: string,
    text: string,
    mentioned: ResolvedMentions,
    previously: CommentMention[],
  ): Promise<void> {
    const already = new Set(previously.map((m) => `${m.kind}:${m.id}`));
    const people = mentioned.userIds.filter((id) => !already.has(`user:${id}`));
    const agencies = mentioned.agenciesOnCase.filter((a) => !already.has(`agency:${a.id}`));
    // Most comments mention no one: no reason to read the case number for a title.
    if (people.length === 0 && agencies.length === 0) return;
    const excerpt = text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH - 1)}…` : text;
    const [kase] = await runQuery(manager, caseNumber, { caseId });
    const who = { userId: actor.userId, name: actor.name };
    await this.notifications.notify(manager, people, {
      kind: 'mention',
      caseId,
      title: `${actor.name} menyebut Anda di ${kase.number}`,
      body: excerpt,
      actor: who,
    });
    const named = new Set(mentioned.userIds);
    for (const agency of agencies) {
      const members = (await this.notifications.membersOf(manager, [agency.id])).filter(
        (id) => !named.has(id),
      );
      await this.notifications.notify(manager, members, {
        kind: 'agency_mention',
        caseId,
        title: `${actor.name} menyebut ${agency.name} di ${kase.number}`,
        body: excerpt,
        actor: who,
      });
    }
  }
}

const PUBLIC_REPLY_REFUSED = bilingual(
  'Balasan publik untuk pelapor hanya dapat ditulis oleh instansi utama kasus.',
  "Public replies to the reporter can only be written by the case's lead agency.",
);

/** The text as stored: surrounding blank space dropped; blank text refused like a missing field. */
function requireText(body: string): string {
  const text = body.trim();
  if (text === '') {
    throw new ApiException(
      HttpStatus.BAD_REQUEST,
      'VALIDATION_FAILED',
      bilingual('Data tidak valid: body wajib diisi', 'Invalid input: body is required'),
      [{ field: 'body', message: bilingual('body wajib diisi', 'body is required') }],
    );
  }
  return text;
}
