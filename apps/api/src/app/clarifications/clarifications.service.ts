import { createHash } from 'node:crypto';
import { HttpStatus, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  CLARIFICATION_CLOCK_HOURS,
  CLARIFICATION_LABELS,
  CLARIFICATION_MAX_UPDATE_BYTES,
  CLARIFICATION_SECTIONS,
  type ClarificationContent,
  type ClarificationDraftView,
  type ClarificationLabel,
  type ClarificationListItem,
  type ClarificationSimilar,
  type ClarificationStatus,
  type CreateClarificationRequest,
} from '@simpul/contracts';
import {
  clarificationPolicy,
  type ClarificationAccessContext,
  type ClarificationRelation,
} from '../access/access-policy';
import { forbidden, notFound } from '../access/access-errors';
import type { Actor } from '../access/actor';
import { ActorDatabase } from '../access/actor-database';
import { ApiException } from '../common/api-exception';
import { bilingual } from '../common/bilingual';
import { runQuery } from '../database/typed-query';
import { clarificationErrors } from './clarification-errors';
import * as sql from './clarifications.queries';
import { publicEvidenceOf } from './evidence/public-evidence';
import { Y, type YDoc } from './yjs';

/** Merge the stored updates of a draft into one row once this many have piled up. */
export const COMPACT_AFTER_UPDATES = 200;
/** The draft's search text, `updated_at` and compaction follow its edits at most this often. */
export const TOUCH_AFTER_MS = 300;
/**
 * Co-editing updates of one draft commit side by side, so their ids (one sequence) can commit out
 * of order: the per-process document re-reads the ids of this window, and only ids seen longer ago
 * than it are taken as settled (an update's transaction lasts milliseconds).
 */
const CATCH_UP_WINDOW_MS = 10_000;

interface CachedDoc {
  doc: YDoc;
  /** Every stored update with an id up to this one is in `doc`. */
  settled: number;
  /** Ids above `settled` already in `doc`, with when this process first had them. */
  seen: Map<number, number>;
}

interface PendingTouch {
  actor: Actor;
  timer: NodeJS.Timeout | null;
  running: Promise<void> | null;
  again: boolean;
}

const DRAFT = bilingual('Draf klarifikasi', 'Clarification draft');
const EDITABLE: readonly ClarificationStatus[] = ['draft', 'in_review', 'approved'];

export interface DraftAccess {
  row: sql.IDraftRowResult;
  context: ClarificationAccessContext;
}

const iso = (d: Date) => d.toISOString();
const deadline = (loggedAt: Date) =>
  new Date(loggedAt.getTime() + CLARIFICATION_CLOCK_HOURS * 3_600_000).toISOString();

/** The plain texts of every section of a Yjs document. */
export function sectionTexts(doc: YDoc): Record<string, string> {
  return Object.fromEntries(CLARIFICATION_SECTIONS.map((s) => [s, doc.getText(s).toString()]));
}

/**
 * Whether applying `update` would change `doc`: new structs or new deletions (the state vector
 * and delete set, which do not depend on how items happen to be split), or parts it cannot place.
 */
export function changes(doc: YDoc, update: Uint8Array): boolean {
  const copy = new Y.Doc({ gc: false });
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const before = Y.snapshot(copy);
  Y.applyUpdate(copy, update);
  const changed =
    !Y.equalSnapshots(before, Y.snapshot(copy)) ||
    copy.store.pendingStructs !== null ||
    copy.store.pendingDs !== null;
  copy.destroy();
  return changed;
}

/** Hash of the whole content: what an approval is bound to. */
export function contentHash(content: ClarificationContent): string {
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

/**
 * Drafts of hoax clarifications: creating, reading through the one access policy, inviting
 * co-owning agencies, and the co-edited Yjs document (updates appended in PostgreSQL, compacted
 * into one merged update now and then; a per-process cache catches up from the table on every use,
 * so several API processes stay consistent).
 */
@Injectable()
export class ClarificationsService implements OnModuleDestroy {
  private readonly logger = new Logger(ClarificationsService.name);
  private readonly docs = new Map<string, CachedDoc>();
  private readonly touches = new Map<string, PendingTouch>();
  private readonly reconciling = new Map<string, Promise<void>>();
  private stopping = false;

  constructor(private readonly db: ActorDatabase) {}

  /** A stopping API writes the search text of drafts edited in its last few hundred ms. */
  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    await Promise.all([...this.reconciling.values()].map((p) => p.catch(() => undefined)));
    await Promise.all(
      [...this.touches.entries()].map(async ([draftId, touch]) => {
        if (touch.timer) clearTimeout(touch.timer);
        touch.timer = null;
        await touch.running;
        await this.touchNow(draftId);
      }),
    );
  }

  /** The draft's row and the actor's relations to it; not found when the policy refuses reading. */
  async access(manager: EntityManager, actor: Actor, draftId: string): Promise<DraftAccess> {
    const [row] = await runQuery(manager, sql.draftRow, {
      draftId,
      agencyId: actor.agencyId ?? '00000000-0000-0000-0000-000000000000',
    });
    const relations: ClarificationRelation[] = [];
    if (row) {
      if (row.agencyId === actor.agencyId) relations.push('owner');
      else if (row.membership === 'active') relations.push('coowner');
      else if (row.membership === 'invited') relations.push('invited');
      if (row.readsLinkedCase) relations.push('linked_case_reader');
    }
    const context = { relations, role: actor.role };
    if (!row || !clarificationPolicy.read(context)) throw notFound(DRAFT);
    return { row, context };
  }

  async create(actor: Actor, body: CreateClarificationRequest): Promise<{ id: string }> {
    if (!clarificationPolicy.create(actor)) throw forbidden();
    const fields: { field: string; message: { id: string; en: string } }[] = [];
    if (!CLARIFICATION_LABELS.includes(body.label))
      fields.push({ field: 'label', message: bilingual('Label tidak dikenal', 'Unknown label') });
    if (typeof body.title !== 'string' || body.title.trim() === '' || body.title.length > 300)
      fields.push({
        field: 'title',
        message: bilingual(
          'Judul wajib, paling banyak 300 huruf',
          'Title required, at most 300 characters',
        ),
      });
    if (
      typeof body.narrative !== 'string' ||
      body.narrative.trim() === '' ||
      body.narrative.length > 10_000
    )
      fields.push({
        field: 'narrative',
        message: bilingual(
          'Isi klaim wajib, paling banyak 10.000 huruf',
          'Claim narrative required, at most 10,000 characters',
        ),
      });
    if (fields.length > 0)
      throw new ApiException(
        HttpStatus.BAD_REQUEST,
        'VALIDATION_FAILED',
        fields[0].message,
        fields,
      );
    return this.db.run(actor, async (manager) => {
      const [draft] = await runQuery(manager, sql.insertDraft, {
        agencyId: actor.agencyId as string,
        label: body.label,
        platform: (body.platform ?? '').slice(0, 100),
        sourceUrls: body.sourceUrls ?? [],
        archiveUrls: body.archiveUrls ?? [],
        searchText: `${body.title}\n${body.narrative}`,
        createdBy: actor.userId,
      });
      await runQuery(manager, sql.insertDraftAgency, {
        draftId: draft.id,
        agencyId: actor.agencyId as string,
        status: 'owner',
        invitedBy: actor.userId,
      });
      for (const caseId of body.caseIds ?? [])
        await runQuery(manager, sql.linkCase, { draftId: draft.id, caseId, userId: actor.userId });
      // The first text: title and claim, as one update of the document.
      const doc = new Y.Doc();
      doc.getText('title').insert(0, body.title);
      doc.getText('claim').insert(0, body.narrative);
      await runQuery(manager, sql.insertUpdate, {
        draftId: draft.id,
        update: Buffer.from(Y.encodeStateAsUpdate(doc)),
        userId: actor.userId,
      });
      await this.event(manager, draft.id, 'clarification.created', actor.userId, {
        label: body.label,
      });
      return { id: draft.id };
    });
  }

  async list(actor: Actor): Promise<ClarificationListItem[]> {
    return this.db.run(actor, async (manager) => {
      const rows = await runQuery(manager, sql.listDrafts, undefined as never);
      return rows.map((r) => ({
        id: r.id,
        label: r.label as ClarificationLabel,
        status: r.status as ClarificationStatus,
        summary: r.searchText.slice(0, 300),
        agencyShortName: r.agencyShortName,
        loggedAt: iso(r.loggedAt),
        publishedAt: r.publishedAt ? iso(r.publishedAt) : null,
        deadlineAt: deadline(r.loggedAt),
      }));
    });
  }

  /** Clarifications of similar claims already published or in progress (trigram similarity). */
  async similar(actor: Actor, text: string): Promise<ClarificationSimilar[]> {
    if (typeof text !== 'string' || text.trim().length < 3) return [];
    return this.db.run(actor, async (manager) => {
      const rows = await runQuery(manager, sql.similarDrafts, { text: text.slice(0, 2000) });
      return rows.map((r) => ({
        id: r.id,
        label: r.label as ClarificationLabel,
        status: r.status as ClarificationStatus,
        summary: r.searchText.slice(0, 300),
        loggedAt: iso(r.loggedAt),
        score: Number(r.score),
      }));
    });
  }

  async view(actor: Actor, draftId: string): Promise<ClarificationDraftView> {
    return this.db.run(actor, async (manager) => {
      const { row, context } = await this.access(manager, actor, draftId);
      const agencies = await runQuery(manager, sql.draftAgencies, { draftId });
      const cases = await runQuery(manager, sql.draftCases, { draftId });
      const events = await runQuery(manager, sql.draftEvents, { draftId });
      return {
        id: row.id,
        agencyId: row.agencyId,
        label: row.label as ClarificationLabel,
        status: row.status as ClarificationStatus,
        platform: row.platform,
        sourceUrls: row.sourceUrls,
        archiveUrls: row.archiveUrls,
        loggedAt: iso(row.loggedAt),
        deadlineAt: deadline(row.loggedAt),
        publishedAt: row.publishedAt ? iso(row.publishedAt) : null,
        agencies: agencies.map((a) => ({
          id: a.agencyId,
          name: a.name,
          shortName: a.shortName,
          status: a.status as 'owner' | 'invited' | 'active' | 'declined',
        })),
        // A linked case the viewer does not read shows its id only.
        cases: cases.map((c) => ({
          id: c.caseId,
          number: c.number ?? null,
          title: c.title ?? null,
        })),
        canEdit:
          clarificationPolicy.edit(context) && EDITABLE.includes(row.status as ClarificationStatus),
        canInvite: clarificationPolicy.invite(context),
        canAnswerInvitation: clarificationPolicy.answerInvitation(context),
        content: await this.contentOf(manager, draftId),
        events: events.map((e) => ({
          type: e.type,
          actorName: e.actorName ?? null,
          at: iso(e.createdAt),
          payload: e.payload as Record<string, unknown>,
        })),
      };
    });
  }

  async invite(actor: Actor, draftId: string, agencyId: string): Promise<void> {
    await this.db.run(actor, async (manager) => {
      const { context } = await this.access(manager, actor, draftId);
      if (!clarificationPolicy.invite(context)) throw forbidden();
      await runQuery(manager, sql.insertDraftAgency, {
        draftId,
        agencyId,
        status: 'invited',
        invitedBy: actor.userId,
      });
      await this.event(manager, draftId, 'clarification.agency_invited', actor.userId, {
        agencyId,
      });
    });
  }

  async answer(actor: Actor, draftId: string, accept: boolean): Promise<void> {
    await this.db.run(actor, async (manager) => {
      const { context } = await this.access(manager, actor, draftId);
      if (!clarificationPolicy.answerInvitation(context)) throw forbidden();
      await runQuery(manager, sql.decideDraftAgency, {
        draftId,
        agencyId: actor.agencyId as string,
        status: accept ? 'active' : 'declined',
        userId: actor.userId,
      });
      await this.event(
        manager,
        draftId,
        accept ? 'clarification.agency_accepted' : 'clarification.agency_declined',
        actor.userId,
        { agencyId: actor.agencyId },
      );
    });
  }

  // ---- The Yjs document -------------------------------------------------------------------

  /** The draft's document, caught up with every stored update (this process's cache + the table). */
  async docOf(manager: EntityManager, draftId: string): Promise<YDoc> {
    let entry = this.docs.get(draftId);
    if (!entry) {
      entry = { doc: new Y.Doc({ gc: true }), settled: 0, seen: new Map() };
      this.docs.set(draftId, entry);
    }
    const rows = await runQuery(manager, sql.updatesAfter, {
      draftId,
      afterId: String(entry.settled),
    });
    const at = Date.now();
    const fresh = rows.filter((r) => !entry.seen.has(Number(r.id)));
    if (fresh.length > 0)
      Y.applyUpdate(entry.doc, Y.mergeUpdates(fresh.map((r) => new Uint8Array(r.update))));
    for (const r of fresh) entry.seen.set(Number(r.id), at);
    this.settle(entry, at);
    return entry.doc;
  }

  /** An update this process stored (committed): into the cached document without a query. */
  private remember(draftId: string, id: number, update: Uint8Array): void {
    const entry = this.docs.get(draftId);
    if (!entry) return;
    Y.applyUpdate(entry.doc, update);
    if (id <= entry.settled) return;
    const at = Date.now();
    entry.seen.set(id, at);
    this.settle(entry, at);
  }

  /** Ids seen longer ago than the window: every update with a smaller id has committed by now. */
  private settle(entry: CachedDoc, at: number): void {
    let settled = entry.settled;
    for (const [id, seenAt] of entry.seen)
      if (at - seenAt > CATCH_UP_WINDOW_MS && id > settled) settled = id;
    if (settled === entry.settled) return;
    for (const id of entry.seen.keys()) if (id <= settled) entry.seen.delete(id);
    entry.settled = settled;
  }

  /** The content as every output renders it: the Yjs sections plus the draft's metadata. */
  async contentOf(manager: EntityManager, draftId: string): Promise<ClarificationContent> {
    const [row] = await runQuery(manager, sql.draftRow, {
      draftId,
      agencyId: '00000000-0000-0000-0000-000000000000',
    });
    if (!row) throw notFound(DRAFT);
    const texts = sectionTexts(await this.docOf(manager, draftId));
    const agencies = (await runQuery(manager, sql.draftAgencies, { draftId })).filter(
      (a) => a.status === 'owner' || a.status === 'active',
    );
    return {
      label: row.label as ClarificationLabel,
      title: texts['title'].trim(),
      claim: {
        narrative: texts['claim'].trim(),
        platform: row.platform,
        sourceUrls: row.sourceUrls,
        archiveUrls: row.archiveUrls,
        loggedAt: iso(row.loggedAt),
      },
      penjelasan: texts['penjelasan'].trim(),
      faktanya: texts['faktanya'].trim(),
      sumber: texts['sumber']
        .split('\n')
        .map((line) => line.replace(/^-\s*/, '').trim())
        .filter((line) => line !== ''),
      agencies: agencies.map((a) => ({ id: a.agencyId, name: a.name, shortName: a.shortName })),
      evidence: await publicEvidenceOf(manager, draftId),
    };
  }

  /** Validates a binary Yjs update without touching any document: throws a 400 when malformed. */
  checkUpdate(update: unknown): Uint8Array {
    if (!(update instanceof Uint8Array) && !Buffer.isBuffer(update))
      throw clarificationErrors.malformed();
    const bytes = new Uint8Array(update);
    if (bytes.byteLength > CLARIFICATION_MAX_UPDATE_BYTES) throw clarificationErrors.tooLarge();
    if (bytes.byteLength < 2) throw clarificationErrors.malformed();
    // Decoding reads every struct and the delete set, which is where a malformed message fails;
    // applying it to an empty document as well cost 0.7 ms per update (a new Y.Doc each time) and
    // refused nothing decoding lets through.
    try {
      Y.decodeUpdate(bytes);
    } catch {
      throw clarificationErrors.malformed();
    }
    return bytes;
  }

  /** The policy's answer to "may this actor edit this draft?": not found, or forbidden. */
  private async mayEdit(manager: EntityManager, actor: Actor, draftId: string): Promise<void> {
    const { context } = await this.access(manager, actor, draftId);
    if (!clarificationPolicy.edit(context)) throw forbidden();
  }

  /**
   * Stores one co-editing update of an actor, then calls `stored` (the broadcast), then voids the
   * approvals it made stale. The hot path is one short transaction that takes no lock of its own
   * on the draft (only the key-share lock of the foreign key, so the updates of one draft are
   * stored side by side): the policy (skipped when `askPolicy` is false: the gateway keeps its
   * answer per socket for a few seconds, `EDIT_ACCESS_CACHE_MS`), one INSERT that stores the update only
   * while the draft's status is editable (a publication holds the draft's row lock, so an update
   * racing it re-reads the status after it and is refused) and records the editor, and whether
   * the draft has live approvals. Only then, in a second transaction serialised per draft: an
   * approval whose content hash is no longer the content's is voided with every other and the
   * chain restarts. The search text and compaction follow every {@link TOUCH_AFTER_MS}.
   */
  async applyUpdate(
    actor: Actor,
    draftId: string,
    raw: unknown,
    options: { askPolicy?: boolean; stored?: (update: Uint8Array) => void } = {},
  ): Promise<void> {
    const update = this.checkUpdate(raw);
    const { id, approvals } = await this.db.run(actor, async (manager) => {
      if (options.askPolicy !== false) await this.mayEdit(manager, actor, draftId);
      const [stored] = await runQuery(manager, sql.insertUpdateIfEditable, {
        draftId,
        update: Buffer.from(update),
        userId: actor.userId,
      });
      if (!stored) {
        // Not readable any more (not found), not an editor (forbidden), or no longer editable:
        // locked, unless it changes nothing (a tab resending what the server already has, e.g.
        // its IndexedDB copy loaded after publication), which is acknowledged and not stored.
        await this.mayEdit(manager, actor, draftId);
        if (changes(await this.docOf(manager, draftId), update)) throw clarificationErrors.locked();
        return { id: null, approvals: false };
      }
      // Approvals exist only once the chain has begun: a draft's first approval moves it to in
      // review in the transaction that holds the row lock this INSERT waited for (so the status
      // read here is current); a rejection or a voiding edit voids them all. A draft: nothing to
      // look for, one round trip saved.
      if (stored.status === 'draft') return { id: Number(stored.id), approvals: false };
      const [live] = await runQuery(manager, sql.hasLiveApprovals, { draftId });
      return { id: Number(stored.id), approvals: live.approvals };
    });
    if (id === null) return;
    this.remember(draftId, id, update);
    options.stored?.(update);
    this.touchSoon(actor, draftId);
    if (approvals) await this.reconcile(actor, draftId);
  }

  /** One approval check at a time per draft (in this process; the row lock orders processes). */
  private reconcile(actor: Actor, draftId: string): Promise<void> {
    const previous = this.reconciling.get(draftId) ?? Promise.resolve();
    const next = previous
      .catch(() => undefined)
      .then(() => this.voidStaleApprovals(actor, draftId));
    this.reconciling.set(draftId, next);
    const done = () => {
      if (this.reconciling.get(draftId) === next) this.reconciling.delete(draftId);
    };
    next.then(done, done);
    return next;
  }

  /**
   * After an edit: when an approval's content hash is no longer the content's, every approval is
   * voided and the chain restarts (status back to in review, or draft if it was a draft); the
   * people who stored updates since those approvals count as editors of the restarted chain.
   */
  private async voidStaleApprovals(actor: Actor, draftId: string): Promise<void> {
    await this.db.run(actor, async (manager) => {
      const [locked] = await runQuery(manager, sql.lockDraft, { draftId });
      if (!locked || !EDITABLE.includes(locked.status as ClarificationStatus)) return;
      const live = await runQuery(manager, sql.liveApprovals, { draftId });
      if (live.length === 0) return;
      const hash = contentHash(await this.contentOf(manager, draftId));
      if (live.every((a) => a.contentHash === hash)) return;
      const since = live.reduce(
        (min, a) => (a.decidedAt < min ? a.decidedAt : min),
        live[0].decidedAt,
      );
      const voided = await runQuery(manager, sql.voidApprovals, { draftId });
      await runQuery(manager, sql.restartChain, {
        draftId,
        status: locked.status === 'draft' ? 'draft' : 'in_review',
      });
      await runQuery(manager, sql.markEditorsSince, { draftId, since });
      await runQuery(manager, sql.recordEditor, { draftId, userId: actor.userId });
      await this.event(manager, draftId, 'clarification.approvals_voided', actor.userId, {
        voided: voided.length,
      });
    });
  }

  /** Coalesces the search text, `updated_at` and compaction of a draft being edited. */
  private touchSoon(actor: Actor, draftId: string): void {
    let touch = this.touches.get(draftId);
    if (!touch) {
      touch = { actor, timer: null, running: null, again: false };
      this.touches.set(draftId, touch);
    }
    touch.actor = actor;
    if (touch.running) touch.again = true;
    else if (!touch.timer && !this.stopping) {
      touch.timer = setTimeout(() => void this.touchNow(draftId), TOUCH_AFTER_MS);
      touch.timer.unref();
    }
  }

  private async touchNow(draftId: string): Promise<void> {
    const touch = this.touches.get(draftId);
    if (!touch || touch.running) return;
    touch.timer = null;
    touch.again = false;
    touch.running = this.db
      .run(touch.actor, async (manager) => {
        const texts = sectionTexts(await this.docOf(manager, draftId));
        await runQuery(manager, sql.touchDraftText, {
          draftId,
          searchText: `${texts['title']}\n${texts['claim']}`.slice(0, 20_000),
        });
        await this.compactIfLong(manager, draftId);
      })
      .catch((error: unknown) => {
        this.logger.warn(`draft ${draftId}: search text not written: ${(error as Error).message}`);
        touch.again = true;
      });
    await touch.running;
    touch.running = null;
    if (touch.again) this.touchSoon(touch.actor, draftId);
    if (!touch.timer) this.touches.delete(draftId);
  }

  /**
   * Merges every stored update of the draft into one once {@link COMPACT_AFTER_UPDATES} pile up:
   * the rows deleted are exactly the rows merged (DELETE … RETURNING), so an update committing
   * meanwhile stays as it is.
   */
  private async compactIfLong(manager: EntityManager, draftId: string) {
    const [{ count }] = await runQuery(manager, sql.countUpdates, { draftId });
    if (count < COMPACT_AFTER_UPDATES) return;
    const rows = await runQuery(manager, sql.takeUpdates, { draftId });
    if (rows.length === 0) return;
    const merged = Y.mergeUpdates(rows.map((r) => new Uint8Array(r.update)));
    await runQuery(manager, sql.insertCompacted, { draftId, update: Buffer.from(merged) });
  }

  /** The server's diff against a client's state vector (all of it without one). */
  async diffFor(actor: Actor, draftId: string, stateVector: unknown) {
    return this.db.run(actor, async (manager) => {
      const { context, row } = await this.access(manager, actor, draftId);
      const doc = await this.docOf(manager, draftId);
      let vector: Uint8Array | undefined;
      if (stateVector !== undefined && stateVector !== null) {
        if (!(stateVector instanceof Uint8Array)) throw clarificationErrors.malformed();
        try {
          Y.decodeStateVector(new Uint8Array(stateVector));
          vector = new Uint8Array(stateVector);
        } catch {
          throw clarificationErrors.malformed();
        }
      }
      return {
        update: Buffer.from(Y.encodeStateAsUpdate(doc, vector)),
        stateVector: Buffer.from(Y.encodeStateVector(doc)),
        canEdit:
          clarificationPolicy.edit(context) && EDITABLE.includes(row.status as ClarificationStatus),
      };
    });
  }

  /** Whether the actor still reads the draft (asked again for awareness relays). */
  async mayRead(actor: Actor, draftId: string): Promise<boolean> {
    try {
      await this.db.run(actor, (manager) => this.access(manager, actor, draftId));
      return true;
    } catch {
      return false;
    }
  }

  async event(
    manager: EntityManager,
    draftId: string,
    type: string,
    actorId: string | null,
    payload: Record<string, unknown>,
  ): Promise<void> {
    await runQuery(manager, sql.insertDraftEvent, {
      draftId,
      type,
      actorId,
      payload: JSON.stringify(payload),
    });
  }
}
