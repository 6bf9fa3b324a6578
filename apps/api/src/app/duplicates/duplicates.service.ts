import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type {
  CaseStatus,
  DuplicateCandidate,
  DuplicateCandidatesResponse,
} from '@simpul/contracts';
import { casePolicy } from '../access/access-policy';
import { ActorDatabase } from '../access/actor-database';
import type { Actor } from '../access/actor';
import { caseAccess, CaseUnitOfWork } from '../case-kernel/case-unit-of-work';
import { appConfig, type AppConfigNamespace } from '../config/app-config';
import { queryRows } from '../database/query-rows';
import { PlacesService } from '../location/places.service';
import { boundingBox, judgeDuplicate } from './duplicate-score';
import type { DuplicateCandidatesDto } from './dto/duplicates.dto';

/** What the acting agency may do with a suggestion on a stored case. */
interface MergeAbility {
  canMerge: boolean;
  canRequestMerge: boolean;
  pendingMergeRequestId: string | null;
}

const NO_MERGE: MergeAbility = {
  canMerge: false,
  canRequestMerge: false,
  pendingMergeRequestId: null,
};

/** What a suggestion is compared with: a case being typed in, or a stored case. */
export interface DuplicateProbe {
  category: string;
  title: string;
  description: string;
  lat: number | null;
  lng: number | null;
  regencyCode: string | null;
  districtCode: string | null;
  villageCode: string | null;
  radiusMeters: number;
  /** The stored case itself, never its own duplicate. */
  excludeCaseId: string | null;
}

interface CandidateRow {
  id: string;
  number: string;
  title: string;
  status: CaseStatus;
  category: string;
  lead_agency_short_name: string;
  regency_code: string | null;
  district_code: string | null;
  village_code: string | null;
  created_at: Date;
  distance_m: number | null;
  title_sim: number;
  description_sim: number;
}

const MAX_SUGGESTIONS = 10;
/** Trigram similarity is computed on the first part of long chronologies only. */
const TEXT_PREFIX = 2000;

/**
 * Duplicate suggestions: open cases of the same category near the point (bounding box on the
 * point index, then haversine) or with similar words (trigram on titles, Indonesian full text),
 * among the cases the acting agency may read. Every query runs as the actor, so row-level
 * security leaves out what the actor may not see.
 */
@Injectable()
export class DuplicatesService {
  constructor(
    private readonly db: ActorDatabase,
    private readonly unitOfWork: CaseUnitOfWork,
    private readonly places: PlacesService,
    @Inject(appConfig.KEY) private readonly config: AppConfigNamespace,
  ) {}

  /** Before saving: what the intake form has typed so far. */
  async candidatesFor(
    actor: Actor,
    body: DuplicateCandidatesDto,
  ): Promise<DuplicateCandidatesResponse> {
    const areaIsFirm = Boolean(body.regencyCode || body.villageCode);
    // The same reading of the words as intake does when the case is saved (derive-case-location).
    const derived = areaIsFirm
      ? null
      : await this.places.derive(
          [body.locationText, body.title, body.description].filter(Boolean).join('. '),
        );
    const probe: DuplicateProbe = {
      category: body.category,
      title: body.title?.trim() ?? '',
      description: body.description?.trim() ?? '',
      lat: body.lat ?? null,
      lng: body.lng ?? null,
      regencyCode: body.regencyCode ?? derived?.regencyCode ?? null,
      districtCode: body.villageCode?.slice(0, 8) ?? derived?.districtCode ?? null,
      villageCode: body.villageCode ?? derived?.villageCode ?? null,
      radiusMeters: body.radiusMeters ?? this.config.duplicateRadiusMeters,
      excludeCaseId: null,
    };
    return this.db.run(actor, async (manager) => ({
      radiusMeters: probe.radiusMeters,
      candidates: await this.find(manager, probe, () => NO_MERGE),
    }));
  }

  /** On the case page: open cases that look like this one, and whether the actor may merge each. */
  forCase(actor: Actor, caseId: string): Promise<DuplicateCandidatesResponse> {
    const radiusMeters = this.config.duplicateRadiusMeters;
    return this.unitOfWork.run(actor, caseId, 'read', async (manager, access) => {
      const [row]: {
        category: string;
        title: string;
        description: string;
        lat: number | null;
        lng: number | null;
        regency_code: string | null;
        district_code: string | null;
        village_code: string | null;
        merged: boolean;
      }[] = await manager.query(
        `SELECT category, title, description, lat, lng, regency_code, district_code, village_code,
                merged_into_case_id IS NOT NULL AS merged
         FROM "case" WHERE id = $1`,
        [caseId],
      );
      if (row.merged) return { radiusMeters, candidates: [] };
      const probe: DuplicateProbe = {
        category: row.category,
        title: row.title,
        description: row.description,
        lat: row.lat,
        lng: row.lng,
        regencyCode: row.regency_code,
        districtCode: row.district_code,
        villageCode: row.village_code,
        radiusMeters,
        excludeCaseId: caseId,
      };
      const pending = await queryRows<{ id: string; duplicate_case_id: string }>(
        manager,
        `SELECT id, duplicate_case_id FROM case_merge_request WHERE surviving_case_id = $1 AND status = 'pending'`,
        [caseId],
      );
      const candidates = await this.find(manager, probe, async (candidateId) => {
        const candidate = await caseAccess(manager, actor, candidateId);
        const canMerge = casePolicy.merge(access, candidate);
        return {
          canMerge,
          canRequestMerge: !canMerge && casePolicy.requestMerge(access, candidate),
          pendingMergeRequestId:
            pending.find((p) => p.duplicate_case_id === candidateId)?.id ?? null,
        };
      });
      return { radiusMeters, candidates };
    });
  }

  private async find(
    manager: EntityManager,
    probe: DuplicateProbe,
    mergeAbility: (candidateId: string) => MergeAbility | Promise<MergeAbility>,
  ): Promise<DuplicateCandidate[]> {
    const hasPoint = probe.lat !== null && probe.lng !== null;
    if (!hasPoint && !probe.title && !probe.description) return [];
    const box = hasPoint ? boundingBox(probe.lat as number, probe.radiusMeters) : null;
    // Trigram matching on titles: the title typed, or the chronology's first words without one.
    const titleProbe = probe.title || probe.description.slice(0, 120);
    const rows: CandidateRow[] = await manager.query(
      `WITH pool AS (
         (SELECT c.id FROM "case" c
           WHERE $4::float8 IS NOT NULL AND c.category = $1 AND c.lat IS NOT NULL
             AND c.status NOT IN ('resolved', 'archived')
             AND c.lat BETWEEN $4::float8 - $7::float8 AND $4::float8 + $7::float8
             AND c.lng BETWEEN $5::float8 - $8::float8 AND $5::float8 + $8::float8
           LIMIT 300)
         UNION
         (SELECT c.id FROM "case" c
           WHERE $9 <> '' AND c.category = $1 AND c.status NOT IN ('resolved', 'archived') AND c.title % $9
           ORDER BY similarity(c.title, $9) DESC LIMIT 50)
         UNION
         (SELECT c.id FROM "case" c
           WHERE $2 <> '' AND c.category = $1 AND c.status NOT IN ('resolved', 'archived')
             AND c.search_vector @@ plainto_tsquery('indonesian', $2)
           ORDER BY c.created_at DESC LIMIT 50)
       )
       SELECT c.id, c.number, c.title, c.status, c.category, la.short_name AS lead_agency_short_name,
              c.regency_code, c.district_code, c.village_code, c.created_at,
              CASE WHEN $4::float8 IS NOT NULL AND c.lat IS NOT NULL THEN
                2 * 6371008.8 * asin(sqrt(
                  power(sin(radians(c.lat - $4::float8) / 2), 2) +
                  cos(radians($4::float8)) * cos(radians(c.lat)) * power(sin(radians(c.lng - $5::float8) / 2), 2)))
              END AS distance_m,
              CASE WHEN $2 <> '' THEN similarity(c.title, $2) ELSE 0 END AS title_sim,
              CASE WHEN $3 <> '' THEN similarity(left(c.description, ${TEXT_PREFIX}), left($3, ${TEXT_PREFIX})) ELSE 0 END AS description_sim
       FROM pool
       JOIN "case" c ON c.id = pool.id
       JOIN case_participant lp ON lp.case_id = c.id AND lp.role = 'lead'
       JOIN agency la ON la.id = lp.agency_id
       WHERE c.id IS DISTINCT FROM $6::uuid AND c.merged_into_case_id IS NULL`,
      [
        probe.category,
        probe.title,
        probe.description,
        hasPoint ? probe.lat : null,
        hasPoint ? probe.lng : null,
        probe.excludeCaseId,
        box?.dLat ?? 0,
        box?.dLng ?? 0,
        titleProbe,
      ],
    );
    const judged = rows
      .map((row) => {
        const verdict = judgeDuplicate({
          distanceMeters: row.distance_m === null ? null : Number(row.distance_m),
          radiusMeters: probe.radiusMeters,
          titleSimilarity: Number(row.title_sim),
          descriptionSimilarity: Number(row.description_sim),
          sameVillage:
            probe.villageCode && row.village_code === probe.villageCode ? probe.villageCode : null,
          sameRegency:
            probe.regencyCode && row.regency_code === probe.regencyCode ? probe.regencyCode : null,
          // Both areas known (chosen, pinned or named by the words) and different: another place,
          // however many common words ("jalan rusak parah") the titles share.
          otherArea: Boolean(
            (probe.regencyCode && row.regency_code && row.regency_code !== probe.regencyCode) ||
            (probe.districtCode && row.district_code && row.district_code !== probe.districtCode),
          ),
        });
        return { row, verdict };
      })
      .flatMap(({ row, verdict }) => (verdict.suggest ? [{ row, verdict }] : []))
      .sort(
        (a, b) =>
          b.verdict.score - a.verdict.score ||
          b.row.created_at.getTime() - a.row.created_at.getTime(),
      )
      .slice(0, MAX_SUGGESTIONS);
    const candidates: DuplicateCandidate[] = [];
    for (const { row, verdict } of judged) {
      candidates.push({
        caseId: row.id,
        number: row.number,
        title: row.title,
        status: row.status,
        category: row.category,
        leadAgencyShortName: row.lead_agency_short_name,
        regencyCode: row.regency_code,
        createdAt: row.created_at.toISOString(),
        score: verdict.score,
        distanceMeters: row.distance_m === null ? null : Math.round(Number(row.distance_m)),
        textSimilarity: verdict.textSimilarity,
        reasons: verdict.reasons,
        ...(await mergeAbility(row.id)),
      });
    }
    return candidates;
  }
}
