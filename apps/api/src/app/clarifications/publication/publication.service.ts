import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type {
  ClarificationContent,
  ClarificationDelivery,
  ClarificationDeliveryOutput,
  ClarificationLabel,
  ClarificationNote,
  ClarificationPublicationView,
  LogClarificationDeliveryRequest,
  PublishedClarification,
} from '@simpul/contracts';
import { clarificationPolicy } from '../../access/access-policy';
import { forbidden, notFound } from '../../access/access-errors';
import type { Actor } from '../../access/actor';
import { ActorDatabase } from '../../access/actor-database';
import { AuditService } from '../../audit/audit.service';
import { ApiException } from '../../common/api-exception';
import { bilingual } from '../../common/bilingual';
import { appConfig, type AppConfigNamespace } from '../../config/app-config';
import { runQuery } from '../../database/typed-query';
import { ApprovalService } from '../approval.service';
import { ClarificationsService, contentHash } from '../clarifications.service';
import { EvidenceService } from '../evidence/evidence.service';
import { renderOutputs, renderPublicIndex, renderPublicPage, renderShareCard } from '../outputs';
import * as sql from './publication.queries';

const PUBLICATION = bilingual('Klarifikasi terbit', 'Published clarification');

/** A URL-safe slug from the title: lower-case ASCII words joined by dashes, at most 80 characters. */
export function slugOf(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\*\*|\[|\]\([^)]*\)/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
  return slug || 'klarifikasi';
}

type PublicationRow = sql.IPublicationOfDraftResult;

/**
 * Publishing an approved clarification once, everywhere (#15 item 4): the publication row holds
 * the approved content; every output (public page, WhatsApp, X thread, Instagram, share card) is
 * rendered from it, so a correction or retraction (a dated note) updates all of them at once.
 */
@Injectable()
export class PublicationService {
  constructor(
    private readonly db: ActorDatabase,
    private readonly drafts: ClarificationsService,
    private readonly approvals: ApprovalService,
    private readonly audit: AuditService,
    private readonly evidence: EvidenceService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(appConfig.KEY) private readonly config: AppConfigNamespace,
  ) {}

  private publicUrl(slug: string): string {
    return `${this.config.publicUrl.replace(/\/$/, '')}/klarifikasi/${encodeURIComponent(slug)}`;
  }

  private toPublished(row: PublicationRow): PublishedClarification {
    return {
      id: row.id,
      slug: row.slug,
      url: this.publicUrl(row.slug),
      content: row.content as unknown as ClarificationContent,
      status: row.status as PublishedClarification['status'],
      publishedAt: row.publishedAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
      notes: row.notes as unknown as ClarificationNote[],
    };
  }

  private view(row: PublicationRow): ClarificationPublicationView {
    const publication = this.toPublished(row);
    return { publication, outputs: renderOutputs(publication) };
  }

  /** The draft, readable by the actor, and whether the actor may publish (its humas co-owners). */
  private async writable(manager: EntityManager, actor: Actor, draftId: string): Promise<void> {
    const { context } = await this.drafts.access(manager, actor, draftId);
    if (!clarificationPolicy.edit(context)) throw forbidden();
  }

  async publish(actor: Actor, draftId: string): Promise<ClarificationPublicationView> {
    return this.db.run(actor, async (manager) => {
      await this.writable(manager, actor, draftId);
      await manager.query('SELECT 1 FROM clarification_draft WHERE id = $1 FOR UPDATE', [draftId]);
      const [existing] = await runQuery(manager, sql.publicationOfDraft, { draftId });
      if (existing)
        throw new ApiException(
          HttpStatus.CONFLICT,
          'CLARIFICATION_ALREADY_PUBLISHED',
          bilingual(
            'Klarifikasi ini sudah terbit; gunakan ralat atau pencabutan',
            'This clarification is already published; use a correction or a retraction',
          ),
          [{ field: 'id', message: bilingual('Sudah terbit', 'Already published') }],
        );
      const content = await this.drafts.contentOf(manager, draftId);
      const hash = contentHash(content);
      if (!(await this.approvals.isApproved(manager, draftId, hash)))
        throw new ApiException(
          HttpStatus.CONFLICT,
          'CLARIFICATION_NOT_APPROVED',
          bilingual(
            'Versi ini belum disetujui seluruh rantai persetujuan; tidak diterbitkan',
            'This version has not been approved by the whole approval chain; nothing was published',
          ),
          [
            {
              field: 'contentHash',
              message: bilingual('Versi belum disetujui', 'Version not approved'),
            },
          ],
        );
      let slug = slugOf(content.title);
      if ((await runQuery(manager, sql.slugTaken, { slug })).length > 0)
        slug = `${slug.slice(0, 72)}-${draftId.slice(0, 7)}`;
      await runQuery(manager, sql.insertPublication, {
        draftId,
        slug,
        content: JSON.stringify(content),
        contentHash: hash,
        publishedBy: actor.userId,
      });
      await runQuery(manager, sql.setDraftStatus, { draftId, status: 'published' });
      await this.drafts.event(manager, draftId, 'clarification.published', actor.userId, { slug });
      await this.audit.record(
        {
          action: 'clarification.published',
          actorUserId: actor.userId,
          agencyId: actor.agencyId,
          targetType: 'clarification',
          targetId: draftId,
          details: { slug, contentHash: hash },
        },
        manager,
      );
      const [row] = await runQuery(manager, sql.publicationOfDraft, { draftId });
      return this.view(row);
    });
  }

  /** A dated correction or retraction note, shown on every output from now on. */
  async addNote(
    actor: Actor,
    draftId: string,
    kind: ClarificationNote['kind'],
    text: string,
  ): Promise<ClarificationPublicationView> {
    return this.db.run(actor, async (manager) => {
      await this.writable(manager, actor, draftId);
      await manager.query('SELECT 1 FROM clarification_draft WHERE id = $1 FOR UPDATE', [draftId]);
      const [row] = await runQuery(manager, sql.publicationOfDraft, { draftId });
      if (!row) throw this.notPublished();
      if (row.status === 'retracted')
        throw new ApiException(
          HttpStatus.CONFLICT,
          'CLARIFICATION_NOT_PUBLISHED',
          bilingual('Klarifikasi ini sudah dicabut', 'This clarification has been retracted'),
          [{ field: 'id', message: bilingual('Sudah dicabut', 'Already retracted') }],
        );
      const notes = [
        ...(row.notes as unknown as ClarificationNote[]),
        { kind, at: new Date().toISOString(), text: text.trim() },
      ];
      const status = kind === 'retraction' ? 'retracted' : 'corrected';
      await runQuery(manager, sql.updatePublicationContent, {
        draftId,
        content: JSON.stringify(row.content),
        contentHash: row.contentHash,
        status,
        notes: JSON.stringify(notes),
      });
      await runQuery(manager, sql.setDraftStatus, { draftId, status });
      await this.drafts.event(manager, draftId, `clarification.${status}`, actor.userId, {
        text: text.trim(),
      });
      await this.audit.record(
        {
          action: kind === 'retraction' ? 'clarification.retracted' : 'clarification.corrected',
          actorUserId: actor.userId,
          agencyId: actor.agencyId,
          targetType: 'clarification',
          targetId: draftId,
          details: { slug: row.slug },
        },
        manager,
      );
      const [updated] = await runQuery(manager, sql.publicationOfDraft, { draftId });
      return this.view(updated);
    });
  }

  async outputs(actor: Actor, draftId: string): Promise<ClarificationPublicationView> {
    return this.db.run(actor, async (manager) => {
      await this.drafts.access(manager, actor, draftId);
      const [row] = await runQuery(manager, sql.publicationOfDraft, { draftId });
      if (!row) throw this.notPublished();
      return this.view(row);
    });
  }

  async logDelivery(
    actor: Actor,
    draftId: string,
    body: LogClarificationDeliveryRequest,
  ): Promise<ClarificationDelivery[]> {
    return this.db.run(actor, async (manager) => {
      await this.writable(manager, actor, draftId);
      const [row] = await runQuery(manager, sql.publicationOfDraft, { draftId });
      if (!row) throw this.notPublished();
      await runQuery(manager, sql.insertDelivery, {
        draftId,
        output: body.output,
        channel: body.channel.trim(),
        note: body.note?.trim() || null,
        postedUrl: body.postedUrl || null,
        postedBy: actor.userId,
      });
      await this.audit.record(
        {
          action: 'clarification.delivery_logged',
          actorUserId: actor.userId,
          agencyId: actor.agencyId,
          targetType: 'clarification',
          targetId: draftId,
          details: { output: body.output, channel: body.channel.trim() },
        },
        manager,
      );
      return this.deliveryRows(manager, draftId);
    });
  }

  async deliveries(actor: Actor, draftId: string): Promise<ClarificationDelivery[]> {
    return this.db.run(actor, async (manager) => {
      await this.drafts.access(manager, actor, draftId);
      return this.deliveryRows(manager, draftId);
    });
  }

  private async deliveryRows(
    manager: EntityManager,
    draftId: string,
  ): Promise<ClarificationDelivery[]> {
    return (await runQuery(manager, sql.deliveries, { draftId })).map((d) => ({
      id: d.id,
      output: d.output as ClarificationDeliveryOutput,
      channel: d.channel,
      postedUrl: d.postedUrl ?? null,
      note: d.note ?? null,
      postedByName: d.postedByName ?? null,
      postedAt: d.postedAt.toISOString(),
    }));
  }

  private notPublished(): ApiException {
    return new ApiException(
      HttpStatus.CONFLICT,
      'CLARIFICATION_NOT_PUBLISHED',
      bilingual('Klarifikasi ini belum terbit', 'This clarification is not published yet'),
      [{ field: 'id', message: bilingual('Belum terbit', 'Not published') }],
    );
  }

  // ---- public, without sign-in (the publication table is readable by anyone through RLS) ----

  private async bySlug(slug: string): Promise<PublishedClarification> {
    const [row] = await runQuery(this.dataSource.manager, sql.publicationBySlug, { slug });
    if (!row) throw notFound(PUBLICATION);
    return this.toPublished(row);
  }

  async publicPage(slug: string): Promise<string> {
    const published = await this.bySlug(slug);
    const evidence = await this.evidence.stillPublic(published.content.evidence);
    return renderPublicPage({ ...published, content: { ...published.content, evidence } });
  }

  async publicCard(slug: string): Promise<Buffer> {
    return renderShareCard(await this.bySlug(slug));
  }

  async publicIndex(): Promise<string> {
    const rows = await runQuery(this.dataSource.manager, sql.publicIndex, undefined);
    return renderPublicIndex(
      rows.map((r) => ({
        slug: r.slug,
        label: r.label as ClarificationLabel,
        title: r.title,
        status: r.status as PublishedClarification['status'],
        publishedAt: r.publishedAt.toISOString(),
      })),
    );
  }
}
