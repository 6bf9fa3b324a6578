import { HttpStatus, Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import type { EntityManager } from 'typeorm';
import {
  CLARIFICATION_QUOTE_MAX_LENGTH,
  CLARIFICATION_SECTIONS,
  type ClarificationCommentAnchor,
  type ClarificationCommentsView,
  type ClarificationCommentThread,
  type ClarificationSection,
  type ClarificationVersionDiff,
  type ClarificationVersionsView,
  type ClarificationVersionView,
  type CreateClarificationCommentRequest,
} from '@simpul/contracts';
import { clarificationPolicy } from '../access/access-policy';
import { forbidden, notFound } from '../access/access-errors';
import type { Actor } from '../access/actor';
import { ActorDatabase } from '../access/actor-database';
import { ApiException } from '../common/api-exception';
import { bilingual } from '../common/bilingual';
import { runQuery } from '../database/typed-query';
import * as sql from './clarification-review.queries';
import { ClarificationsService, sectionTexts } from './clarifications.service';
import { wordDiff } from './word-diff';
import { Y, type YDoc } from './yjs';

/** Emitted once a comment thread changed (opened, replied to, resolved); the gateway relays it. */
export class ClarificationCommentChangedEvent {
  static readonly NAME = 'clarification.comment_changed';
  constructor(
    readonly draftId: string,
    readonly thread: ClarificationCommentThread,
  ) {}
}

/** Emitted once a named version was saved; the gateway relays it. */
export class ClarificationVersionSavedEvent {
  static readonly NAME = 'clarification.version_saved';
  constructor(
    readonly draftId: string,
    readonly version: ClarificationVersionView,
  ) {}
}

const COMMENT = bilingual('Komentar', 'Comment');
const iso = (d: Date) => d.toISOString();

const invalid = (field: string, id: string, en: string) =>
  new ApiException(
    HttpStatus.BAD_REQUEST,
    'VALIDATION_FAILED',
    bilingual(`${field}: ${id}`, `${field}: ${en}`),
    [{ field, message: bilingual(id, en) }],
  );

/** A relative position from its base64 form, or null when it is not one. */
function decodePosition(encoded: string): ReturnType<typeof Y.decodeRelativePosition> | null {
  try {
    return Y.decodeRelativePosition(new Uint8Array(Buffer.from(encoded, 'base64')));
  } catch {
    return null;
  }
}

/**
 * Where an anchor lies in the section's text now: character offsets, or null when every anchored
 * character was deleted (or the anchor points elsewhere).
 */
export function resolveAnchor(
  doc: YDoc,
  section: string,
  start: Uint8Array,
  end: Uint8Array,
): { from: number; to: number } | null {
  const text = doc.getText(section);
  try {
    const from = Y.createAbsolutePositionFromRelativePosition(Y.decodeRelativePosition(start), doc);
    const to = Y.createAbsolutePositionFromRelativePosition(Y.decodeRelativePosition(end), doc);
    if (!from || !to || from.type !== text || to.type !== text || to.index <= from.index)
      return null;
    return { from: from.index, to: to.index };
  } catch {
    return null;
  }
}

/**
 * Reviewing a draft while it is written (#15 item 2): comment threads anchored to the text with
 * Yjs relative positions (they follow their words through concurrent edits; a thread whose words
 * were all deleted says so), named versions of every section's text and the Yjs state, and a
 * word-level diff between two versions or a version and the text now. Reading asks the draft's
 * policy (`read`); writing asks `comment` and `saveVersion`.
 */
@Injectable()
export class ClarificationReviewService {
  constructor(
    private readonly db: ActorDatabase,
    private readonly drafts: ClarificationsService,
    private readonly events: EventEmitter2,
  ) {}

  async comments(actor: Actor, draftId: string): Promise<ClarificationCommentsView> {
    return this.db.run(actor, async (manager) => {
      const { context } = await this.drafts.access(manager, actor, draftId);
      return {
        canComment: clarificationPolicy.comment(context),
        threads: await this.threads(manager, draftId, null),
      };
    });
  }

  /** A new thread on a selection, or a reply to one; sent to the draft's room once stored. */
  async comment(
    actor: Actor,
    draftId: string,
    body: CreateClarificationCommentRequest,
  ): Promise<ClarificationCommentThread> {
    const text = body.body.trim();
    if (text === '') throw invalid('body', 'Komentar kosong', 'Empty comment');
    if ((body.anchor === undefined) === (body.parentId === undefined))
      throw invalid(
        'anchor',
        'Isi anchor (komentar baru pada teks) atau parentId (balasan), bukan keduanya',
        'Give anchor (a new comment on the text) or parentId (a reply), not both',
      );
    const thread = await this.db.run(actor, async (manager) => {
      const { context } = await this.drafts.access(manager, actor, draftId);
      if (!clarificationPolicy.comment(context)) throw forbidden();
      let threadId: string;
      if (body.anchor) {
        const anchor = await this.checkAnchor(manager, draftId, body.anchor);
        [{ id: threadId }] = await runQuery(manager, sql.insertThread, {
          draftId,
          section: body.anchor.section,
          anchorStart: anchor.start,
          anchorEnd: anchor.end,
          quote: anchor.quote,
          body: text,
          authorId: actor.userId,
          agencyId: actor.agencyId as string,
        });
      } else {
        const [reply] = await runQuery(manager, sql.insertReply, {
          draftId,
          parentId: body.parentId as string,
          body: text,
          authorId: actor.userId,
          agencyId: actor.agencyId as string,
        });
        if (!reply) throw notFound(COMMENT);
        threadId = body.parentId as string;
      }
      return (await this.threads(manager, draftId, threadId))[0];
    });
    this.events.emit(
      ClarificationCommentChangedEvent.NAME,
      new ClarificationCommentChangedEvent(draftId, thread),
    );
    return thread;
  }

  /** Marks a thread resolved (again: no change, the same answer). */
  async resolve(
    actor: Actor,
    draftId: string,
    threadId: string,
  ): Promise<ClarificationCommentThread> {
    const thread = await this.db.run(actor, async (manager) => {
      const { context } = await this.drafts.access(manager, actor, draftId);
      if (!clarificationPolicy.comment(context)) throw forbidden();
      const [row] = await runQuery(manager, sql.resolveThread, {
        draftId,
        threadId,
        userId: actor.userId,
      });
      if (!row) throw notFound(COMMENT);
      return (await this.threads(manager, draftId, threadId))[0];
    });
    this.events.emit(
      ClarificationCommentChangedEvent.NAME,
      new ClarificationCommentChangedEvent(draftId, thread),
    );
    return thread;
  }

  /**
   * The anchor must point at at least one character of its section as the server has it (a client
   * sends its pending edits before commenting on them). The quote is the server's text there.
   */
  private async checkAnchor(
    manager: EntityManager,
    draftId: string,
    anchor: ClarificationCommentAnchor,
  ): Promise<{ start: Buffer; end: Buffer; quote: string }> {
    const start = decodePosition(anchor.start);
    if (!start)
      throw invalid('anchor.start', 'Bukan posisi relatif Yjs', 'Not a Yjs relative position');
    const end = decodePosition(anchor.end);
    if (!end)
      throw invalid('anchor.end', 'Bukan posisi relatif Yjs', 'Not a Yjs relative position');
    const doc = await this.drafts.docOf(manager, draftId);
    const startBytes = Buffer.from(anchor.start, 'base64');
    const endBytes = Buffer.from(anchor.end, 'base64');
    const range = resolveAnchor(doc, anchor.section, startBytes, endBytes);
    if (!range)
      throw invalid(
        'anchor',
        'Anchor tidak menunjuk teks di bagian ini (simpan perubahan dulu, lalu pilih teks lagi)',
        'The anchor does not point at text in this section (save your changes, then select again)',
      );
    const selected = doc.getText(anchor.section).toString().slice(range.from, range.to);
    const quote =
      selected.length > CLARIFICATION_QUOTE_MAX_LENGTH
        ? `${selected.slice(0, CLARIFICATION_QUOTE_MAX_LENGTH - 1)}…`
        : selected;
    return { start: startBytes, end: endBytes, quote };
  }

  private async threads(
    manager: EntityManager,
    draftId: string,
    threadId: string | null,
  ): Promise<ClarificationCommentThread[]> {
    const rows = await runQuery(manager, sql.draftComments, { draftId, threadId });
    const doc = await this.drafts.docOf(manager, draftId);
    const threads = new Map<string, ClarificationCommentThread>();
    for (const r of rows) {
      if (r.parentId !== null) continue;
      const start = r.anchorStart as Buffer;
      const end = r.anchorEnd as Buffer;
      threads.set(r.id, {
        id: r.id,
        anchor: {
          section: r.section as ClarificationSection,
          start: start.toString('base64'),
          end: end.toString('base64'),
          quote: r.quote ?? '',
        },
        range: resolveAnchor(doc, r.section as string, start, end),
        body: r.body,
        authorName: r.authorName,
        agencyShortName: r.agencyShortName,
        createdAt: iso(r.createdAt),
        resolvedAt: r.resolvedAt ? iso(r.resolvedAt) : null,
        resolvedByName: r.resolvedByName,
        replies: [],
      });
    }
    for (const r of rows) {
      if (r.parentId === null) continue;
      threads.get(r.parentId)?.replies.push({
        id: r.id,
        body: r.body,
        authorName: r.authorName,
        agencyShortName: r.agencyShortName,
        createdAt: iso(r.createdAt),
      });
    }
    return [...threads.values()];
  }

  // ---- Named versions and their diff ----------------------------------------------------------

  async versions(actor: Actor, draftId: string): Promise<ClarificationVersionsView> {
    return this.db.run(actor, async (manager) => {
      const { context } = await this.drafts.access(manager, actor, draftId);
      const rows = await runQuery(manager, sql.draftVersions, { draftId });
      return {
        canSave: clarificationPolicy.saveVersion(context),
        versions: rows.map((r) => ({
          id: r.id,
          name: r.name,
          createdByName: r.createdByName,
          createdAt: iso(r.createdAt),
        })),
      };
    });
  }

  /** Keeps the text of every section and the whole Yjs state under a name, with who and when. */
  async saveVersion(
    actor: Actor,
    draftId: string,
    name: string,
  ): Promise<ClarificationVersionView> {
    const trimmed = name.trim();
    if (trimmed === '') throw invalid('name', 'Nama versi kosong', 'Empty version name');
    const version = await this.db.run(actor, async (manager) => {
      const { context } = await this.drafts.access(manager, actor, draftId);
      if (!clarificationPolicy.saveVersion(context)) throw forbidden();
      const doc = await this.drafts.docOf(manager, draftId);
      const [row] = await runQuery(manager, sql.insertVersion, {
        draftId,
        name: trimmed,
        texts: JSON.stringify(sectionTexts(doc)),
        state: Buffer.from(Y.encodeStateAsUpdate(doc)),
        userId: actor.userId,
      });
      await this.drafts.event(manager, draftId, 'clarification.version_saved', actor.userId, {
        versionId: row.id,
        name: trimmed,
      });
      return {
        id: row.id,
        name: trimmed,
        createdByName: actor.name,
        createdAt: iso(row.createdAt),
      };
    });
    this.events.emit(
      ClarificationVersionSavedEvent.NAME,
      new ClarificationVersionSavedEvent(draftId, version),
    );
    return version;
  }

  /** Word-level diff per section from one version to another, or to the text now (`to` null). */
  async diff(
    actor: Actor,
    draftId: string,
    fromId: string,
    toId: string | null,
  ): Promise<ClarificationVersionDiff> {
    return this.db.run(actor, async (manager) => {
      await this.drafts.access(manager, actor, draftId);
      const version = async (versionId: string, field: string) => {
        const [row] = await runQuery(manager, sql.versionTexts, { draftId, versionId });
        if (!row)
          throw new ApiException(
            HttpStatus.NOT_FOUND,
            'NOT_FOUND',
            bilingual(
              `${field}: versi tidak ada di draf ini`,
              `${field}: no such version of this draft`,
            ),
            [{ field, message: bilingual('Versi tidak ditemukan', 'Version not found') }],
          );
        return row;
      };
      const from = await version(fromId, 'from');
      const to = toId ? await version(toId, 'to') : null;
      const before = from.texts as Record<string, string>;
      const after = to
        ? (to.texts as Record<string, string>)
        : sectionTexts(await this.drafts.docOf(manager, draftId));
      return {
        from: { id: from.id, name: from.name, createdAt: iso(from.createdAt) },
        to: to ? { id: to.id, name: to.name, createdAt: iso(to.createdAt) } : null,
        sections: CLARIFICATION_SECTIONS.map((section) => {
          const parts = wordDiff(before[section] ?? '', after[section] ?? '');
          return { section, changed: parts.some((p) => p.kind !== 'same'), parts };
        }),
      };
    });
  }
}
