import { HttpStatus, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  REGISTRY_IMPORT_STATUSES,
  REGISTRY_SEGMENTS_MAX,
  type RegistryImportError,
  type RegistryImportFormat,
  type RegistrySource,
  type RoadRegistryVersion,
  type RoadSegmentsAnswer,
} from '@simpul/contracts';
import { jurisdictionPolicy } from '../access/access-policy';
import { forbidden, notFound } from '../access/access-errors';
import type { Actor } from '../access/actor';
import { ActorDatabase } from '../access/actor-database';
import { AuditService } from '../audit/audit.service';
import { ApiException } from '../common/api-exception';
import { bilingual } from '../common/bilingual';
import { runQuery } from '../database/typed-query';
import { JobQueue, QUEUES } from '../jobs/job-queue';
import { NotificationWriter } from '../notifications/notification-writer';
import { notifyRegistryChanged, OwnerSuggestionService } from './owner-suggestion.service';
import {
  checkFeatures,
  MAX_REPORTED_ERRORS,
  readFeatures,
  RegistryFileError,
  type CheckedFeature,
} from './registry-features';
import {
  agencyCodes,
  claimVersion,
  closeOutsideVersion,
  closeSuperseded,
  createVersion,
  finishVersion,
  insertSegments,
  laterSegments,
  registrySummary,
  requestCancel,
  segmentsInBox,
  setProgress,
  unclosableOverlaps,
  versionRows,
  type IVersionRowsResult,
} from './road-registry.queries';
import { kmOf, lineOf, roadStatusOf } from './registry-values';

export interface RegistryImportJob {
  versionId: string;
}

/** Segments written per statement (and per progress update) inside the import's transaction. */
const BATCH = 500;

/** A new import: the file's text, its format, a label and the day it takes effect. */
export interface RegistryUpload {
  format: RegistryImportFormat;
  content: string;
  label: string;
  validFrom: string;
  fileName: string | null;
  isSample?: boolean;
  /**
   * Replace the whole network: every segment in force on `validFrom` that the file does not
   * carry ends that day (a network without link numbers cannot be matched row by row).
   */
  replaceNetwork?: boolean;
}

/** What the upload keeps for its job (cleared when the job ends). */
interface StoredUpload {
  format: RegistryImportFormat;
  content: string;
  replaceNetwork: boolean;
}

const FINISHED_TITLES = {
  done: (label: string, segments: number, closed: number) =>
    `Impor registri jalan "${label}" selesai: ${segments} ruas disimpan, ${closed} ruas lama ditutup`,
  failed: (label: string) => `Impor registri jalan "${label}" gagal; tidak ada ruas yang disimpan`,
  cancelled: (label: string) =>
    `Impor registri jalan "${label}" dibatalkan; tidak ada ruas yang disimpan`,
};

class ImportCancelled extends Error {}

/** A file refused as a whole (`file`) or per feature; the upload answers it as a 422. */
class RegistryRejection extends Error {
  constructor(
    readonly errors: RegistryImportError[],
    readonly total: number,
  ) {
    super(`${errors.length} problems`);
  }
}

const VERSION = bilingual('Versi registri', 'Registry version');

function registryInvalid(errors: RegistryImportError[], total: number): ApiException {
  return new ApiException(
    HttpStatus.UNPROCESSABLE_ENTITY,
    'REGISTRY_INVALID',
    bilingual(
      `${errors.length} masalah pada ${total} fitur; tidak ada yang disimpan. Perbaiki lalu impor lagi.`,
      `${errors.length} problems in ${total} features; nothing was stored. Fix them and import again.`,
    ),
    errors.map((e) => ({ field: `features[${e.index}].${e.field}`, message: e.message })),
    { errors },
  );
}

function rejectionError(rejection: RegistryRejection): ApiException {
  const [first] = rejection.errors;
  if (rejection.errors.length === 1 && first.index < 0)
    return new ApiException(
      HttpStatus.UNPROCESSABLE_ENTITY,
      'REGISTRY_INVALID',
      bilingual(
        `File tidak dapat diimpor: ${first.message.id}`,
        `File cannot be imported: ${first.message.en}`,
      ),
      [{ field: 'file', message: first.message }],
    );
  return registryInvalid(rejection.errors, rejection.total);
}

const fileProblem = (message: { id: string; en: string }) =>
  new RegistryRejection([{ index: -1, field: 'file', message }], 0);

function toVersion(row: IVersionRowsResult): RoadRegistryVersion {
  const status = REGISTRY_IMPORT_STATUSES.find((s) => s === row.status);
  if (!status)
    throw new Error(`road_registry_version.status holds an unknown value: ${row.status}`);
  const source: RegistrySource | undefined = (['geojson', 'csv', 'sample'] as const).find(
    (s) => s === row.source,
  );
  if (!source)
    throw new Error(`road_registry_version.source holds an unknown value: ${row.source}`);
  const errors = Array.isArray(row.errors)
    ? row.errors.flatMap((e): RegistryImportError[] => {
        if (!e || typeof e !== 'object' || Array.isArray(e)) return [];
        const message = e['message'];
        if (!message || typeof message !== 'object' || Array.isArray(message)) return [];
        return [
          {
            index: Number(e['index']),
            field: String(e['field']),
            message: { id: String(message['id']), en: String(message['en']) },
          },
        ];
      })
    : [];
  const percent =
    status === 'done'
      ? 100
      : row.total_features > 0
        ? Math.floor((100 * row.done_features) / row.total_features)
        : 0;
  return {
    id: row.id,
    source,
    label: row.label,
    fileName: row.file_name,
    isSample: row.is_sample,
    validFrom: row.valid_from,
    status,
    totalFeatures: row.total_features,
    doneFeatures: row.done_features,
    percent,
    segmentCount: row.segment_count,
    closedCount: row.closed_count,
    errors,
    cancelRequested: row.cancel_requested,
    createdAt: row.created_at.toISOString(),
    createdByName: row.created_by_name ?? null,
    finishedAt: row.finished_at?.toISOString() ?? null,
  };
}

const systemRun = <T>(dataSource: DataSource, work: (m: EntityManager) => Promise<T>) =>
  dataSource.transaction(async (manager) => {
    await manager.query(`SELECT set_config('simpul.system', 'on', true)`);
    return work(manager);
  });

/**
 * The road-status registry: imports (checked whole at upload, written whole by a pg-boss job
 * with progress and cancel: all or nothing), versions, and the segments in a box for the map.
 */
@Injectable()
export class RoadRegistryService implements OnApplicationBootstrap {
  private readonly logger = new Logger(RoadRegistryService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly db: ActorDatabase,
    private readonly jobs: JobQueue,
    private readonly audit: AuditService,
    private readonly suggestions: OwnerSuggestionService,
    private readonly notifications: NotificationWriter,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work<RegistryImportJob>(QUEUES.roadRegistryImport, (job) =>
      this.runImport(job.versionId),
    );
  }

  /**
   * Checks the whole file against the agencies and the registry, and refuses it (422, every
   * problem named per feature, nothing stored) or stores the upload as a queued version and
   * queues its job.
   */
  async startImport(actor: Actor, upload: RegistryUpload): Promise<RoadRegistryVersion> {
    if (!jurisdictionPolicy.importRegistry(actor)) throw forbidden();
    let features: CheckedFeature[];
    try {
      features = await this.check(upload.format, upload.content, upload.validFrom, null);
      if (upload.replaceNetwork) await this.checkReplaceable(upload.validFrom, null);
    } catch (error) {
      if (error instanceof RegistryRejection) throw rejectionError(error);
      throw error;
    }
    const versionId = await this.db.run(actor, async (manager) => {
      const [row] = await runQuery(manager, createVersion, {
        source: upload.isSample ? 'sample' : upload.format,
        label: upload.label,
        fileName: upload.fileName,
        isSample: upload.isSample ?? false,
        validFrom: upload.validFrom,
        totalFeatures: features.length,
        upload: JSON.stringify({
          format: upload.format,
          content: upload.content,
          replaceNetwork: upload.replaceNetwork ?? false,
        } satisfies StoredUpload),
        createdBy: actor.userId,
      });
      await this.audit.record(
        {
          action: 'registry.import_started',
          actorUserId: actor.userId,
          agencyId: actor.agencyId,
          targetType: 'road_registry_version',
          targetId: row.id,
          ip: actor.ip,
          details: {
            label: upload.label,
            features: features.length,
            validFrom: upload.validFrom,
            replaceNetwork: upload.replaceNetwork ?? false,
          },
        },
        manager,
      );
      return row.id;
    });
    await this.jobs.send<RegistryImportJob>(
      QUEUES.roadRegistryImport,
      { versionId },
      { singletonKey: versionId },
    );
    return this.version(versionId);
  }

  /** Reads and checks a file; throws the rejection that names every problem. */
  private async check(
    format: RegistryImportFormat,
    content: string,
    validFrom: string,
    versionId: string | null,
  ): Promise<CheckedFeature[]> {
    let raw;
    try {
      raw = readFeatures(format, content);
    } catch (error) {
      if (error instanceof RegistryFileError) throw fileProblem(error.reason);
      throw error;
    }
    if (raw.length === 0)
      throw fileProblem({ id: 'file tidak memuat satu ruas pun', en: 'the file holds no segment' });
    const codes = await runQuery(this.dataSource, agencyCodes, undefined);
    const { features, errors } = checkFeatures(raw, new Map(codes.map((a) => [a.code, a.id])));
    const overlaps = await this.unclosable(this.dataSource, features, validFrom, versionId);
    const all = [...errors, ...overlaps].sort((a, b) => a.index - b.index);
    if (all.length) throw new RegistryRejection(all.slice(0, MAX_REPORTED_ERRORS), raw.length);
    return features;
  }

  /**
   * A whole network can replace only what is in force before its first day: rows starting on
   * or after it would outlive the replacement, so the upload is refused (422 on validFrom).
   */
  private async checkReplaceable(validFrom: string, versionId: string | null): Promise<void> {
    const [later] = await runQuery(this.dataSource, laterSegments, {
      validFrom,
      versionId: versionId ?? '00000000-0000-0000-0000-000000000000',
    });
    if (later && later.count > 0)
      throw new ApiException(
        HttpStatus.UNPROCESSABLE_ENTITY,
        'REGISTRY_INVALID',
        bilingual(
          `Registri sudah memuat ${later.count} ruas yang mulai berlaku pada ${validFrom} atau sesudahnya (terakhir ${later.last_valid_from}); jaringan pengganti harus berlaku sesudah itu`,
          `The registry holds ${later.count} segments starting on ${validFrom} or later (the last on ${later.last_valid_from}); a replacing network must start after that`,
        ),
        [
          {
            field: 'validFrom',
            message: bilingual(
              `validFrom harus sesudah ${later.last_valid_from}`,
              `validFrom must be after ${later.last_valid_from}`,
            ),
          },
        ],
      );
  }

  /** Features whose link and km overlap a registry row that starts on or after `validFrom`. */
  private async unclosable(
    manager: Pick<EntityManager, 'query'>,
    features: CheckedFeature[],
    validFrom: string,
    versionId: string | null,
  ): Promise<RegistryImportError[]> {
    const linked = features
      .filter((f) => f.linkNumber && f.kmFrom !== null)
      .map((f) => ({ idx: f.index, link_number: f.linkNumber, km_from: f.kmFrom, km_to: f.kmTo }));
    if (!linked.length) return [];
    const rows = await runQuery(manager, unclosableOverlaps, {
      rows: JSON.stringify(linked),
      validFrom,
      versionId: versionId ?? '00000000-0000-0000-0000-000000000000',
    });
    const seen = new Set<number>();
    return rows.flatMap((r): RegistryImportError[] => {
      if (seen.has(r.idx)) return [];
      seen.add(r.idx);
      return [
        {
          index: r.idx,
          field: 'km_from',
          message: {
            id: `link ${r.link_number} pada km ini sudah berlaku sejak ${r.valid_from}, tidak lebih awal dari ${validFrom}: masa berlaku tumpang tindih`,
            en: `link ${r.link_number} at these km is already in force from ${r.valid_from}, not before ${validFrom}: overlapping validity`,
          },
        },
      ];
    });
  }

  /** The job: writes every segment of the version in one transaction, or none. */
  async runImport(versionId: string): Promise<void> {
    const [claimed] = await systemRun(this.dataSource, (m) =>
      runQuery(m, claimVersion, { id: versionId }),
    );
    if (!claimed) return; // Done, cancelled or taken by another worker already.
    let segmentCount = 0;
    let closedCount = 0;
    try {
      const upload = JSON.parse(claimed.upload ?? '{}') as {
        format?: unknown;
        content?: unknown;
        replaceNetwork?: unknown;
      };
      const format: RegistryImportFormat = upload.format === 'csv' ? 'csv' : 'geojson';
      const replaceNetwork = upload.replaceNetwork === true;
      const features = await this.check(
        format,
        typeof upload.content === 'string' ? upload.content : '',
        claimed.valid_from,
        versionId,
      );
      if (replaceNetwork) await this.checkReplaceable(claimed.valid_from, versionId);
      await systemRun(this.dataSource, async (manager) => {
        for (let i = 0; i < features.length; i += BATCH) {
          const batch = features.slice(i, i + BATCH);
          const linked = batch
            .filter((f) => f.linkNumber && f.kmFrom !== null)
            .map((f) => ({ link_number: f.linkNumber, km_from: f.kmFrom, km_to: f.kmTo }));
          if (linked.length)
            closedCount += (
              await runQuery(manager, closeSuperseded, {
                rows: JSON.stringify(linked),
                validFrom: claimed.valid_from,
              })
            ).length;
          segmentCount += (
            await runQuery(manager, insertSegments, {
              versionId,
              validFrom: claimed.valid_from,
              rows: JSON.stringify(
                batch.map((f) => ({
                  link_number: f.linkNumber,
                  km_from: f.kmFrom,
                  km_to: f.kmTo,
                  name: f.name,
                  status: f.status,
                  regency_code: f.regencyCode,
                  district_code: f.districtCode,
                  agency_id: f.agencyId,
                  geometry: f.geometry,
                  min_lng: f.bbox.minLng,
                  min_lat: f.bbox.minLat,
                  max_lng: f.bbox.maxLng,
                  max_lat: f.bbox.maxLat,
                  source_note: f.sourceNote,
                })),
              ),
            })
          ).length;
          // Progress and the cancel request on their own connection: visible while this runs.
          const [progress] = await systemRun(this.dataSource, (m) =>
            runQuery(m, setProgress, {
              id: versionId,
              done: i + batch.length,
              total: features.length,
            }),
          );
          if (!progress || progress.cancel_requested) throw new ImportCancelled();
        }
        if (replaceNetwork)
          closedCount += (
            await runQuery(manager, closeOutsideVersion, {
              validFrom: claimed.valid_from,
              versionId,
            })
          ).length;
        await runQuery(manager, finishVersion, {
          id: versionId,
          status: 'done',
          errors: '[]',
          segmentCount,
          closedCount,
        });
        await notifyRegistryChanged(manager);
        await this.notifyFinished(manager, claimed.created_by, {
          title: FINISHED_TITLES.done(claimed.label, segmentCount, closedCount),
        });
      });
      this.logger.log(
        `registry version ${versionId}: ${segmentCount} segments, ${closedCount} closed`,
      );
    } catch (error) {
      const cancelled = error instanceof ImportCancelled;
      const errors: RegistryImportError[] =
        error instanceof RegistryRejection
          ? error.errors
          : cancelled
            ? []
            : [
                {
                  index: -1,
                  field: 'file',
                  message: {
                    id: `impor gagal: ${(error as Error).message}`,
                    en: `import failed: ${(error as Error).message}`,
                  },
                },
              ];
      await systemRun(this.dataSource, async (m) => {
        await runQuery(m, finishVersion, {
          id: versionId,
          status: cancelled ? 'cancelled' : 'failed',
          errors: JSON.stringify(errors),
          segmentCount: 0,
          closedCount: 0,
        });
        await this.notifyFinished(m, claimed.created_by, {
          title: cancelled
            ? FINISHED_TITLES.cancelled(claimed.label)
            : FINISHED_TITLES.failed(claimed.label),
        });
      });
      if (!cancelled)
        this.logger.warn(`registry version ${versionId} failed: ${(error as Error).message}`);
    }
  }

  /** Tells whoever started the import how it ended (in-app; never the one who ended it). */
  private async notifyFinished(
    manager: EntityManager,
    startedBy: string | null,
    finished: { title: string },
    actor: { userId: string; name: string } | null = null,
  ): Promise<void> {
    if (!startedBy) return;
    await this.notifications.notify(manager, [startedBy], {
      kind: 'registry_import_finished',
      caseId: null,
      title: finished.title,
      body: null,
      actor,
    });
  }

  async cancel(actor: Actor, versionId: string): Promise<RoadRegistryVersion> {
    if (!jurisdictionPolicy.importRegistry(actor)) throw forbidden();
    await this.db.run(actor, async (manager) => {
      const [row] = await runQuery(manager, requestCancel, { id: versionId });
      if (!row) {
        const [existing] = await runQuery(manager, versionRows, { id: versionId, limit: 1 });
        if (!existing) throw notFound(VERSION);
        throw new ApiException(
          HttpStatus.CONFLICT,
          'REGISTRY_IMPORT_FINISHED',
          bilingual('Impor ini sudah selesai', 'This import has already finished'),
          [{ field: 'id', message: bilingual('impor sudah selesai', 'the import has finished') }],
        );
      }
      if (row.status === 'cancelled')
        await this.notifyFinished(
          manager,
          row.created_by,
          { title: FINISHED_TITLES.cancelled(row.label) },
          { userId: actor.userId, name: actor.name },
        );
      await this.audit.record(
        {
          action: 'registry.import_cancelled',
          actorUserId: actor.userId,
          agencyId: actor.agencyId,
          targetType: 'road_registry_version',
          targetId: versionId,
          ip: actor.ip,
        },
        manager,
      );
    });
    return this.version(versionId);
  }

  async version(versionId: string): Promise<RoadRegistryVersion> {
    const [row] = await runQuery(this.dataSource, versionRows, { id: versionId, limit: 1 });
    if (!row) throw notFound(VERSION);
    return toVersion(row);
  }

  async versions(): Promise<RoadRegistryVersion[]> {
    return (await runQuery(this.dataSource, versionRows, { id: null, limit: 100 })).map(toVersion);
  }

  /** The segments valid at `asOf` whose boxes meet the given box, at most REGISTRY_SEGMENTS_MAX. */
  async segments(box: {
    minLng: number;
    minLat: number;
    maxLng: number;
    maxLat: number;
    asOf?: string;
  }): Promise<RoadSegmentsAnswer> {
    const asOf = box.asOf ?? this.suggestions.today();
    const rows = await runQuery(this.dataSource, segmentsInBox, {
      ...box,
      asOf,
      limit: REGISTRY_SEGMENTS_MAX + 1,
    });
    const [summary] = await runQuery(this.dataSource, registrySummary, { asOf });
    return {
      segments: rows.slice(0, REGISTRY_SEGMENTS_MAX).map((r) => ({
        id: r.id,
        versionId: r.version_id,
        linkNumber: r.link_number,
        kmFrom: kmOf(r.km_from),
        kmTo: kmOf(r.km_to),
        name: r.name,
        status: roadStatusOf(r.status),
        regencyCode: r.regency_code,
        districtCode: r.district_code,
        agencyId: r.agency_id,
        agencyShortName: r.agency_short_name,
        geometry: lineOf(r.geometry),
        validFrom: r.valid_from,
        validTo: r.valid_to,
        sourceNote: r.source_note,
        isSample: r.is_sample,
      })),
      truncated: rows.length > REGISTRY_SEGMENTS_MAX,
      sampleLoaded: summary?.sample ?? false,
      totalValid: summary?.total ?? 0,
    };
  }
}
