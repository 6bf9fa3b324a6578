import { randomUUID, createHash } from 'node:crypto';
import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  ATTACHMENT_MEDIA_TYPES,
  type ApiErrorCode,
  type AttachmentKind,
  type AttachmentMediaType,
  type AttachmentRendition,
  type AttachmentSource,
  type CaseAttachment,
  type CaseAttachmentList,
  type CaseStatus,
  type PublicPhotoUploadResponse,
} from '@simpul/contracts';
import { casePolicy, type CaseAccessContext } from '../access/access-policy';
import { forbidden, notFound } from '../access/access-errors';
import type { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { hashToken } from '../auth/secure-token';
import { CaseEventLog } from '../case-kernel/case-event-log';
import { CaseLocationWriter } from '../cases/location/case-location-writer';
import { CaseStatusWriter } from '../case-kernel/case-status-writer';
import { decideTransition } from '../case-kernel/case-status.machine';
import { ApiException } from '../common/api-exception';
import { bilingual } from '../common/bilingual';
import { appConfig, type AppConfigNamespace } from '../config/app-config';
import { checkedText } from '../database/checked-text';
import { runQuery } from '../database/typed-query';
import {
  answerLocationRequest,
  insertAttachment,
  loadAttachments,
  lockAttachment,
  lockOpenLocationRequest,
  openLocationRequest,
  setAttachmentPublic,
  softDeleteAttachment,
  type ILoadAttachmentsResult,
} from './attachments.queries';
import {
  AttachmentProcessor,
  ImageTooLargeError,
  MAX_IMAGE_SIDE,
  UnreadableFileError,
  type ProcessedFile,
} from './attachment-processor';
import { ATTACHMENT_STORAGE, type AttachmentStorage } from './attachment-storage';
import { FILE_FIELD } from './attachment-upload.interceptor';
import { FILE_EXTENSIONS, detectMediaType } from './media-type';
import { CaseUnitOfWork } from '../case-kernel/case-unit-of-work';

/** Photos one location link accepts: enough for a road, too few to fill a disk. */
const PHOTOS_PER_LOCATION_REQUEST = 5;

/** Indonesia's bounding box, as for a reporter's pin: a position outside it is not this case's. */
const INDONESIA = { minLat: -11.5, maxLat: 6.5, minLng: 94.5, maxLng: 141.5 };
const inIndonesia = (p: { lat: number; lng: number }) =>
  p.lat >= INDONESIA.minLat &&
  p.lat <= INDONESIA.maxLat &&
  p.lng >= INDONESIA.minLng &&
  p.lng <= INDONESIA.maxLng;

const ATTACHMENT = bilingual('Lampiran', 'Attachment');
/** The files stored under an attachment's key: the upload, its stripped view, a thumbnail. */
export const RENDITION_FILES = ['original', 'view', 'thumbnail'] as const;

/** An uploaded file as multer hands it over. */
export interface UploadedFile {
  originalname: string;
  buffer: Buffer;
  size: number;
}

/** What a download sends: bytes, type and how the browser should treat them. */
export interface AttachmentDownload {
  data: Buffer;
  mediaType: string;
  fileName: string;
  disposition: 'inline' | 'attachment';
}

const ATTACHMENT_KINDS = ['image', 'document'] as const satisfies readonly AttachmentKind[];
const ATTACHMENT_SOURCES = ['staff', 'reporter'] as const satisfies readonly AttachmentSource[];

/** An attachment as attachments.sql's LoadAttachments reads it, its CHECKed columns narrowed. */
interface AttachmentRow extends Omit<ILoadAttachmentsResult, 'kind' | 'media_type' | 'source'> {
  kind: AttachmentKind;
  media_type: AttachmentMediaType;
  source: AttachmentSource;
}

/** The case's attachments that are not deleted, or (attachmentId) that one. */
async function readAttachments(
  manager: EntityManager,
  caseId: string,
  attachmentId: string | null,
): Promise<AttachmentRow[]> {
  const rows = await runQuery(manager, loadAttachments, { caseId, attachmentId });
  return rows.map((row) => ({
    ...row,
    kind: checkedText(ATTACHMENT_KINDS, row.kind, 'case_attachment.kind'),
    media_type: checkedText(ATTACHMENT_MEDIA_TYPES, row.media_type, 'case_attachment.media_type'),
    source: checkedText(ATTACHMENT_SOURCES, row.source, 'case_attachment.source'),
  }));
}

const fileError = (
  status: HttpStatus,
  code: ApiErrorCode,
  id: string,
  en: string,
  field = FILE_FIELD,
) => new ApiException(status, code, bilingual(id, en), [{ field, message: bilingual(id, en) }]);

/**
 * Case attachments: photos and documents checked by content, stored behind
 * {@link AttachmentStorage}, every read and write through the case access policy. Originals (with
 * EXIF) go only to the owning agencies; everyone else gets renditions without metadata.
 */
@Injectable()
export class AttachmentsService {
  private readonly logger = new Logger(AttachmentsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(appConfig.KEY) private readonly config: AppConfigNamespace,
    @Inject(ATTACHMENT_STORAGE) private readonly storage: AttachmentStorage,
    private readonly processor: AttachmentProcessor,
    private readonly unitOfWork: CaseUnitOfWork,
    private readonly eventLog: CaseEventLog,
    private readonly locationWriter: CaseLocationWriter,
    private readonly statusWriter: CaseStatusWriter,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, caseId: string): Promise<CaseAttachmentList> {
    return this.unitOfWork.run(actor, caseId, 'read', async (manager, access) => {
      const rows = await readAttachments(manager, caseId, null);
      return {
        items: rows.map((row) => this.toContract(row, actor, access)),
        maxBytes: this.config.attachmentMaxBytes,
        canUpload: casePolicy.addEvidence(access),
      };
    });
  }

  /** An officer's upload: checked by content, then processed, stored, and recorded on the case. */
  async upload(
    actor: Actor,
    caseId: string,
    upload: UploadedFile | undefined,
    caption: string | undefined,
  ): Promise<CaseAttachment> {
    const { file, mediaType } = this.checkFile(upload);
    // Refuse before the expensive part: decoding and re-encoding images.
    await this.unitOfWork.run(actor, caseId, 'addEvidence', async () => undefined);
    const processed = await this.process(file.buffer, mediaType);
    const id = randomUUID();
    return this.storeThen(caseId, id, file, processed, () =>
      this.unitOfWork.run(actor, caseId, 'addEvidence', async (manager, access) => {
        await this.insert(manager, {
          id,
          caseId,
          file,
          mediaType,
          processed,
          caption: caption?.trim() || null,
          source: 'staff',
          uploadedBy: actor.userId,
          agencyId: actor.agencyId,
          locationRequest: null,
        });
        await this.eventLog.append(manager, caseId, actor, 'case.attachment_added', null, {
          attachmentId: id,
          fileName: fileNameFor(file.originalname, mediaType),
          mediaType,
          kind: processed.kind,
          source: 'staff',
        });
        const [row] = await readAttachments(manager, caseId, id);
        return this.toContract(row, actor, access);
      }),
    );
  }

  async download(
    actor: Actor,
    caseId: string,
    attachmentId: string,
    rendition: AttachmentRendition,
  ): Promise<AttachmentDownload> {
    const target = await this.unitOfWork.run(actor, caseId, 'read', async (manager, access) => {
      const row = await this.findRow(manager, caseId, attachmentId);
      if (rendition === 'original' && !casePolicy.readAttachmentOriginal(access)) {
        throw forbidden(
          bilingual(
            'Berkas asli (dengan metadata lokasi) hanya untuk instansi utama dan kolaborator. Gunakan tampilan biasa.',
            'The original file (with location metadata) is only for the lead and collaborating agencies. Use the regular view.',
          ),
        );
      }
      if (rendition === 'thumbnail' && !row.has_thumbnail) throw notFound(ATTACHMENT);
      return row;
    });
    const key = `${target.storage_key}/${rendition}`;
    const data = await this.storage.get(key);
    const mediaType =
      rendition === 'original'
        ? target.media_type
        : rendition === 'thumbnail'
          ? 'image/webp'
          : target.view_media_type;
    const extension = extensionOf(mediaType);
    const base = target.file_name.replace(/\.[^.]*$/, '');
    return {
      data,
      mediaType,
      fileName:
        rendition === 'thumbnail' ? `${base}-thumbnail.${extension}` : `${base}.${extension}`,
      // Originals and documents are downloads; only image renditions open in the browser.
      disposition:
        rendition !== 'original' && mediaType.startsWith('image/') ? 'inline' : 'attachment',
    };
  }

  /** Soft delete: the row stays (comments keep their references), the timeline records it. */
  async remove(actor: Actor, caseId: string, attachmentId: string): Promise<void> {
    await this.unitOfWork.run(actor, caseId, 'read', async (manager, access) => {
      const row = await this.findRow(manager, caseId, attachmentId, true);
      if (!casePolicy.deleteAttachment(access, row.uploaded_by === actor.userId)) {
        throw forbidden(
          bilingual(
            'Lampiran hanya dapat dihapus oleh pengunggahnya atau instansi utama.',
            'Only the uploader or the lead agency may delete an attachment.',
          ),
        );
      }
      await runQuery(manager, softDeleteAttachment, { attachmentId, deletedBy: actor.userId });
      await this.eventLog.append(
        manager,
        caseId,
        actor,
        'case.attachment_removed',
        { attachmentId, fileName: row.file_name, mediaType: row.media_type },
        null,
      );
    });
  }

  /**
   * Marks a photo public (or takes the mark back): those who may change the case, and only a
   * photo of a case that never held a rahasia report. A public photo may appear, re-encoded
   * without metadata, on the public outputs of a clarification the case is linked to.
   */
  async setPublic(
    actor: Actor,
    caseId: string,
    attachmentId: string,
    isPublic: boolean,
  ): Promise<CaseAttachment> {
    return this.unitOfWork.run(actor, caseId, 'read', async (manager, access) => {
      if (!casePolicy.markAttachmentPublic(access)) throw forbidden();
      const row = await this.findRow(manager, caseId, attachmentId, true);
      if (isPublic && (row.kind !== 'image' || row.ever_confidential)) {
        const message =
          row.kind !== 'image'
            ? bilingual(
                'Hanya foto yang dapat ditandai publik.',
                'Only a photo can be marked public.',
              )
            : bilingual(
                'Foto dari kasus rahasia tidak pernah publik.',
                'A photo of a rahasia (confidential) case is never public.',
              );
        throw new ApiException(
          HttpStatus.UNPROCESSABLE_ENTITY,
          'ATTACHMENT_NOT_PUBLISHABLE',
          message,
          [{ field: 'public', message }],
        );
      }
      const changed = (row.public_at !== null) !== isPublic;
      await runQuery(manager, setAttachmentPublic, {
        attachmentId,
        caseId,
        public: isPublic,
        userId: actor.userId,
      });
      // Who made a photo public (or took it back), in the transaction that did it; a retry that
      // changes nothing records nothing.
      if (changed)
        await this.audit.record(
          {
            action: 'attachment.public_changed',
            actorUserId: actor.userId,
            agencyId: actor.agencyId,
            targetType: 'attachment',
            targetId: attachmentId,
            ip: actor.ip,
            details: { caseId, public: isPublic, fileName: row.file_name },
          },
          manager,
        );
      return this.toContract(await this.findRow(manager, caseId, attachmentId), actor, access);
    });
  }

  /** "Gunakan lokasi foto ini": the photo's GPS becomes the case point, confidence `gps`. */
  async useLocation(actor: Actor, caseId: string, attachmentId: string): Promise<void> {
    await this.unitOfWork.run(actor, caseId, 'update', async (manager, access) => {
      const row = await this.findRow(manager, caseId, attachmentId);
      if (!casePolicy.readAttachmentOriginal(access)) throw forbidden();
      if (row.gps_lat === null || row.gps_lng === null) {
        throw new ApiException(
          HttpStatus.UNPROCESSABLE_ENTITY,
          'NO_GPS',
          bilingual(
            'Foto ini tidak memuat titik koordinat (GPS).',
            'This photo carries no GPS position.',
          ),
          [
            {
              field: 'attachmentId',
              message: bilingual('foto tanpa GPS', 'photo without GPS'),
            },
          ],
        );
      }
      const point = { lat: row.gps_lat, lng: row.gps_lng };
      if (!inIndonesia(point)) {
        throw new ApiException(
          HttpStatus.UNPROCESSABLE_ENTITY,
          'OUTSIDE_INDONESIA',
          bilingual(
            'Titik GPS foto ini berada di luar wilayah Indonesia.',
            'This photo’s GPS position is outside Indonesia.',
          ),
          [
            {
              field: 'attachmentId',
              message: bilingual('GPS di luar Indonesia', 'GPS outside Indonesia'),
            },
          ],
        );
      }
      await this.locationWriter.setPoint(manager, caseId, actor, {
        ...point,
        confidence: 'gps',
        source: 'photo',
        photoFileName: row.file_name,
      });
    });
  }

  /**
   * The reporter's photo on a location link (no sign-in: the token decides, as for the pin). A
   * photo whose GPS lies in Indonesia answers the link, unless the reporter also drops a pin.
   */
  async publicUpload(
    token: string,
    upload: UploadedFile | undefined,
    withPin: boolean,
  ): Promise<PublicPhotoUploadResponse> {
    const { file, mediaType } = this.checkFile(upload);
    if (mediaType === 'application/pdf') {
      throw fileError(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        'UNSUPPORTED_FILE_TYPE',
        'Kirim foto (JPEG, PNG, WebP atau HEIC), bukan dokumen.',
        'Send a photo (JPEG, PNG, WebP or HEIC), not a document.',
      );
    }
    const tokenHash = hashToken(token);
    const caseId = await this.asSystem((manager) => this.openLocationRequest(manager, tokenHash));
    const processed = await this.process(file.buffer, mediaType);
    const gpsFound = processed.gps !== null && inIndonesia(processed.gps);
    const id = randomUUID();
    return this.storeThen(caseId, id, file, processed, () =>
      this.asSystem(async (manager) => {
        // Checked again under the row lock: the link may have been answered meanwhile.
        await this.openLocationRequest(manager, tokenHash, true);
        await this.insert(manager, {
          id,
          caseId,
          file,
          mediaType,
          processed,
          caption: null,
          source: 'reporter',
          uploadedBy: null,
          agencyId: null,
          locationRequest: tokenHash,
        });
        await this.eventLog.append(manager, caseId, null, 'case.attachment_added', null, {
          attachmentId: id,
          fileName: fileNameFor(file.originalname, mediaType),
          mediaType,
          kind: processed.kind,
          source: 'reporter',
        });
        const locationSet = gpsFound && !withPin && processed.gps !== null;
        if (locationSet && processed.gps) {
          await runQuery(manager, answerLocationRequest, {
            tokenHash,
            answer: JSON.stringify({ ...processed.gps, source: 'photo', attachmentId: id }),
          });
          await this.landReporterPoint(manager, caseId, processed.gps);
        }
        return { attachmentId: id, gpsFound, locationSet };
      }),
    );
  }

  private async landReporterPoint(
    manager: EntityManager,
    caseId: string,
    gps: { lat: number; lng: number },
  ): Promise<void> {
    const before = await this.locationWriter.setPoint(manager, caseId, null, {
      ...gps,
      confidence: 'gps',
      source: 'photo',
    });
    if (before.status !== 'needs_information') return;
    const decision = decideTransition(
      'information_received',
      before.status,
      before.statusBeforeHold,
      { kind: 'system' },
      undefined,
    );
    if (!decision.ok) return;
    await this.statusWriter.apply(
      manager,
      caseId,
      null,
      'information_received',
      { from: before.status as CaseStatus, to: decision.to, holdFrom: null },
      'Pelapor mengirim foto berlokasi',
    );
  }

  /** The case of an open location link; refuses expired, answered and full links. */
  private async openLocationRequest(
    manager: EntityManager,
    tokenHash: string,
    lock = false,
  ): Promise<string> {
    const [request] = await runQuery(
      manager,
      lock ? lockOpenLocationRequest : openLocationRequest,
      { tokenHash },
    );
    if (!request) {
      throw new ApiException(
        HttpStatus.NOT_FOUND,
        'INVALID_LINK',
        bilingual(
          'Tautan tidak berlaku atau sudah kedaluwarsa. Hubungi kembali petugas yang mengirimkannya.',
          'The link is invalid or has expired. Contact the officer who sent it.',
        ),
      );
    }
    if (request.answered_at) {
      throw new ApiException(
        HttpStatus.CONFLICT,
        'ALREADY_ANSWERED',
        bilingual(
          'Lokasi sudah dikirim melalui tautan ini. Terima kasih.',
          'The location was already sent through this link. Thank you.',
        ),
      );
    }
    if (request.photos >= PHOTOS_PER_LOCATION_REQUEST) {
      throw fileError(
        HttpStatus.CONFLICT,
        'TOO_MANY_PHOTOS',
        `Tautan ini menerima paling banyak ${PHOTOS_PER_LOCATION_REQUEST} foto.`,
        `This link accepts at most ${PHOTOS_PER_LOCATION_REQUEST} photos.`,
      );
    }
    return request.case_id;
  }

  /** The type found in the bytes; the name and the declared type are ignored. */
  private checkFile(file: UploadedFile | undefined): {
    file: UploadedFile;
    mediaType: AttachmentMediaType;
  } {
    if (!file || file.size === 0) {
      throw fileError(
        HttpStatus.BAD_REQUEST,
        'FILE_REQUIRED',
        'Pilih berkas untuk diunggah (kolom "file").',
        'Choose a file to upload (the "file" field).',
      );
    }
    const mediaType = detectMediaType(file.buffer);
    if (!mediaType) {
      throw fileError(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        'UNSUPPORTED_FILE_TYPE',
        'Isi berkas bukan JPEG, PNG, WebP, HEIC atau PDF (nama dan jenis yang disebut pengirim tidak dipercaya).',
        'The file content is not JPEG, PNG, WebP, HEIC or PDF (the name and declared type are not trusted).',
      );
    }
    return { file, mediaType };
  }

  private async process(data: Buffer, mediaType: AttachmentMediaType): Promise<ProcessedFile> {
    try {
      return await this.processor.process(data, mediaType);
    } catch (error) {
      if (error instanceof ImageTooLargeError) {
        throw fileError(
          HttpStatus.UNPROCESSABLE_ENTITY,
          'IMAGE_TOO_LARGE',
          `Gambar ${error.width}×${error.height} piksel terlalu besar: paling banyak ${MAX_IMAGE_SIDE} piksel per sisi dan 60 megapiksel.`,
          `The ${error.width}×${error.height} pixel image is too large: at most ${MAX_IMAGE_SIDE} pixels a side and 60 megapixels.`,
        );
      }
      if (!(error instanceof UnreadableFileError)) throw error;
      throw fileError(
        HttpStatus.UNPROCESSABLE_ENTITY,
        'UNREADABLE_FILE',
        'Berkas rusak atau tidak dapat dibaca sebagai gambar.',
        'The file is damaged or cannot be read as an image.',
      );
    }
  }

  /**
   * Writes the renditions, then runs the database work; when that fails, the written files go
   * again, so a refused or failed upload leaves neither a row nor a file behind.
   */
  private async storeThen<T>(
    caseId: string,
    id: string,
    file: UploadedFile,
    processed: ProcessedFile,
    record: () => Promise<T>,
  ): Promise<T> {
    const prefix = storagePrefix(caseId, id);
    const parts: [(typeof RENDITION_FILES)[number], Buffer, string][] = [
      ['original', file.buffer, 'application/octet-stream'],
      ['view', processed.view.data, processed.view.mediaType],
      ...(processed.thumbnail
        ? [
            ['thumbnail', processed.thumbnail.data, processed.thumbnail.mediaType] as [
              'thumbnail',
              Buffer,
              string,
            ],
          ]
        : []),
    ];
    const written: string[] = [];
    try {
      for (const [name, data, mediaType] of parts) {
        const key = `${prefix}/${name}`;
        written.push(key);
        await this.storage.put(key, data, mediaType);
      }
      return await record();
    } catch (error) {
      await Promise.all(
        written.map((key) =>
          this.storage
            .delete(key)
            .catch((cleanup: unknown) =>
              this.logger.error(
                `Could not remove ${key} after a failed upload: ${String(cleanup)}`,
              ),
            ),
        ),
      );
      throw error;
    }
  }

  private async insert(
    manager: EntityManager,
    a: {
      id: string;
      caseId: string;
      file: UploadedFile;
      mediaType: AttachmentMediaType;
      processed: ProcessedFile;
      caption: string | null;
      source: AttachmentSource;
      uploadedBy: string | null;
      agencyId: string | null;
      locationRequest: string | null;
    },
  ): Promise<void> {
    await runQuery(manager, insertAttachment, {
      id: a.id,
      caseId: a.caseId,
      kind: a.processed.kind,
      mediaType: a.mediaType,
      fileName: fileNameFor(a.file.originalname, a.mediaType),
      byteSize: a.file.size,
      sha256: createHash('sha256').update(a.file.buffer).digest('hex'),
      caption: a.caption,
      width: a.processed.width,
      height: a.processed.height,
      storageKey: storagePrefix(a.caseId, a.id),
      viewMediaType: a.processed.view.mediaType,
      hasThumbnail: a.processed.thumbnail !== null,
      gpsLat: a.processed.gps?.lat ?? null,
      gpsLng: a.processed.gps?.lng ?? null,
      takenAt: a.processed.takenAt,
      source: a.source,
      uploadedBy: a.uploadedBy,
      uploaderAgencyId: a.agencyId,
      locationRequest: a.locationRequest,
    });
  }

  private async findRow(
    manager: EntityManager,
    caseId: string,
    attachmentId: string,
    lock = false,
  ): Promise<AttachmentRow> {
    if (lock) await runQuery(manager, lockAttachment, { attachmentId, caseId });
    const [row] = await readAttachments(manager, caseId, attachmentId);
    if (!row) throw notFound(ATTACHMENT);
    return row;
  }

  private toContract(row: AttachmentRow, actor: Actor, access: CaseAccessContext): CaseAttachment {
    const owner = casePolicy.readAttachmentOriginal(access);
    const base = `/api/cases/${row.case_id}/attachments/${row.id}`;
    const gps =
      owner && row.gps_lat !== null && row.gps_lng !== null
        ? { lat: row.gps_lat, lng: row.gps_lng }
        : null;
    return {
      id: row.id,
      caseId: row.case_id,
      kind: row.kind,
      mediaType: row.media_type,
      fileName: row.file_name,
      byteSize: row.byte_size,
      caption: row.caption,
      width: row.width,
      height: row.height,
      gps,
      takenAt: owner ? (row.taken_at?.toISOString() ?? null) : null,
      source: row.source,
      uploaderName: row.uploader_name,
      uploaderAgency:
        row.uploader_agency_id && row.uploader_agency_short_name
          ? { id: row.uploader_agency_id, shortName: row.uploader_agency_short_name }
          : null,
      createdAt: row.created_at.toISOString(),
      urls: {
        view: `${base}/view`,
        thumbnail: row.has_thumbnail ? `${base}/thumbnail` : null,
        original: owner ? `${base}/original` : null,
      },
      canDelete: casePolicy.deleteAttachment(access, row.uploaded_by === actor.userId),
      canUseLocation: gps !== null && casePolicy.update(access),
      public: row.public_at !== null && !row.ever_confidential,
      canMarkPublic:
        row.kind === 'image' && !row.ever_confidential && casePolicy.markAttachmentPublic(access),
    };
  }

  /** Public routes carry no actor: the token is the authorisation, checked in every query. */
  private asSystem<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('simpul.system', 'on', true)`);
      return work(manager);
    });
  }
}

const storagePrefix = (caseId: string, attachmentId: string) => `cases/${caseId}/${attachmentId}`;

function extensionOf(mediaType: string): string {
  return FILE_EXTENSIONS[mediaType as AttachmentMediaType] ?? 'bin';
}

/**
 * The stored name: the uploader's, without folders or control characters, with the extension of
 * the type found in the content (a JPEG named `foto.png` is kept as `foto.jpg`).
 */
export function fileNameFor(originalName: string, mediaType: AttachmentMediaType): string {
  const base = (originalName.split(/[\\/]/).pop() ?? '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '')
    .replace(/\.[^.]*$/, '')
    .trim()
    .slice(0, 200);
  return `${base || 'lampiran'}.${FILE_EXTENSIONS[mediaType]}`;
}
