import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import sharp from 'sharp';
import type { LinkedCaseEvidence, PublicEvidencePhoto } from '@simpul/contracts';
import { notFound } from '../../access/access-errors';
import type { Actor } from '../../access/actor';
import { ActorDatabase } from '../../access/actor-database';
import { WorkLimiter } from '../../attachments/attachment-processor';
import {
  ATTACHMENT_STORAGE,
  AttachmentNotStoredError,
  type AttachmentStorage,
} from '../../attachments/attachment-storage';
import { bilingual } from '../../common/bilingual';
import { runQuery } from '../../database/typed-query';
import { ClarificationsService } from '../clarifications.service';
import * as sql from './evidence.queries';
import { publicPhotoUrl } from './public-evidence';

const PHOTO = bilingual('Foto bukti', 'Evidence photo');
/** Longest side of a public evidence photo: enough for a page, small on a phone network. */
const PUBLIC_PHOTO_SIDE = 1600;
const PUBLIC_PHOTO_FILE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.jpg$/;
const PUBLIC_PHOTO_PATH =
  /^\/klarifikasi\/bukti\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.jpg$/;

/**
 * Linked cases' field evidence (#15): on the draft, each linked case's photos, road status and
 * owner to those who may read that case (`casePolicy.read` through `simpul_case_relations`), its
 * number and the photos marked public to anyone else who reads the draft; on the public page, the
 * published photos. Every photo that leaves is re-encoded by sharp without any metadata.
 */
@Injectable()
export class EvidenceService {
  private readonly encoding = new WorkLimiter(2);

  constructor(
    private readonly db: ActorDatabase,
    private readonly drafts: ClarificationsService,
    @Inject(ATTACHMENT_STORAGE) private readonly storage: AttachmentStorage,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async linkedEvidence(actor: Actor, draftId: string): Promise<LinkedCaseEvidence[]> {
    return this.db.run(actor, async (manager) => {
      await this.drafts.access(manager, actor, draftId);
      const linked = await runQuery(manager, sql.linkedCases, { draftId });
      if (linked.length === 0) return [];
      const caseIds = linked.map((c) => c.caseId);
      const readable =
        actor.agencyId && actor.role
          ? await runQuery(manager, sql.readableCases, {
              caseIds,
              agencyId: actor.agencyId,
              role: actor.role,
            })
          : [];
      const read = new Map(readable.map((c) => [c.id, c]));
      const photos =
        read.size > 0 ? await runQuery(manager, sql.casePhotos, { caseIds: [...read.keys()] }) : [];
      const publicPhotos = await runQuery(manager, sql.publicPhotos, { draftId });
      return linked.map(({ caseId, number }): LinkedCaseEvidence => {
        const kase = read.get(caseId);
        if (!kase)
          return {
            caseId,
            number,
            readable: false,
            title: null,
            status: null,
            road: null,
            photos: publicPhotos
              .filter((p) => p.caseId === caseId)
              .map((p) => {
                const url = `/api/clarifications/${draftId}/evidence/${p.attachmentId}/photo`;
                return {
                  attachmentId: p.attachmentId,
                  caption: p.caption ?? null,
                  public: true,
                  thumbnailUrl: url,
                  viewUrl: url,
                };
              }),
          };
        const base = `/api/cases/${caseId}/attachments`;
        return {
          caseId,
          number,
          readable: true,
          title: kase.title,
          status: kase.status,
          road:
            kase.roadName && kase.roadStatus && kase.ownerId && kase.ownerShortName
              ? {
                  name: kase.roadName,
                  status: kase.roadStatus,
                  linkNumber: kase.linkNumber ?? null,
                  owner: { id: kase.ownerId, shortName: kase.ownerShortName },
                }
              : null,
          photos: photos
            .filter((p) => p.caseId === caseId)
            .map((p) => ({
              attachmentId: p.id,
              caption: p.caption ?? null,
              public: p.publicAt != null && !p.everConfidential,
              thumbnailUrl: `${base}/${p.id}/${p.hasThumbnail ? 'thumbnail' : 'view'}`,
              viewUrl: `${base}/${p.id}/view`,
            })),
        };
      });
    });
  }

  /** A linked case's photo marked public, for a reader of the draft who may not read the case. */
  async draftPhoto(actor: Actor, draftId: string, attachmentId: string): Promise<Buffer> {
    const storageKey = await this.db.run(actor, async (manager) => {
      await this.drafts.access(manager, actor, draftId);
      const photo = (await runQuery(manager, sql.publicPhotos, { draftId })).find(
        (p) => p.attachmentId === attachmentId,
      );
      if (!photo) throw notFound(PHOTO);
      return photo.storageKey;
    });
    return this.stripped(storageKey);
  }

  /** A published evidence photo at `/klarifikasi/bukti/<id>.jpg`, without sign-in. */
  async publishedPhoto(file: string): Promise<Buffer> {
    const match = PUBLIC_PHOTO_FILE.exec(file);
    if (!match) throw notFound(PHOTO);
    const attachmentId = match[1];
    // No actor: the SECURITY DEFINER function checks the publication, the mark and the case.
    const [row] = await runQuery(this.dataSource.manager, sql.publishedPhoto, {
      attachmentId,
      url: publicPhotoUrl(attachmentId),
    });
    if (!row) throw notFound(PHOTO);
    return this.stripped(row.storageKey);
  }

  /**
   * The published photos that may still be shown: a photo unmarked since, deleted, or of a case
   * that has held a rahasia report since leaves the page as well as its file.
   */
  async stillPublic(evidence: PublicEvidencePhoto[]): Promise<PublicEvidencePhoto[]> {
    const kept: PublicEvidencePhoto[] = [];
    for (const photo of evidence) {
      const match = PUBLIC_PHOTO_PATH.exec(photo.url);
      if (!match) continue;
      const [row] = await runQuery(this.dataSource.manager, sql.publishedPhoto, {
        attachmentId: match[1],
        url: photo.url,
      });
      if (row) kept.push(photo);
    }
    return kept;
  }

  /**
   * The stored view rendition (already without metadata), decoded and encoded again as a JPEG:
   * sharp writes no EXIF, XMP or ICC unless asked, so nothing of the camera or the place leaves.
   */
  private async stripped(storageKey: string): Promise<Buffer> {
    const view = await this.storage.get(`${storageKey}/view`).catch((error: unknown) => {
      throw error instanceof AttachmentNotStoredError ? notFound(PHOTO) : error;
    });
    return this.encoding.run(() =>
      sharp(view, { limitInputPixels: 60_000_000 })
        .resize({
          width: PUBLIC_PHOTO_SIDE,
          height: PUBLIC_PHOTO_SIDE,
          fit: 'inside',
          withoutEnlargement: true,
        })
        .jpeg({ quality: 82 })
        .toBuffer(),
    );
  }
}
