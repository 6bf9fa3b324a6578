import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CaseStatus, LocationConfidence } from '@simpul/contracts';
import type { Actor } from '../../access/actor';
import { CaseClocks } from '../../case-kernel/case-clocks';
import { caseRepository, caseStatus, locationConfidence } from '../../case-kernel/case-repository';
import { runQuery } from '../../database/typed-query';
import {
  lockAreaBefore,
  lockPointBefore,
  nameAreaFromSegment,
} from './case-location-writer.queries';
import { CaseEventLog } from '../../case-kernel/case-event-log';
import { OwnerSuggestionService } from '../../jurisdiction/owner-suggestion.service';
import { IntakeRouting } from '../handoffs/intake-routing';

export interface PointUpdate {
  lat: number;
  lng: number;
  confidence: LocationConfidence;
  /** Who measured it: `reporter`, `open311`, `staff`, `photo`. */
  source: string;
  /** The reporter's own words; the timeline words everything else in the reader's language. */
  note?: string;
  /** The staff photo whose GPS gave the point. */
  photoFileName?: string;
  /** The reporter's landmark ("Patokan"): shown in the case's location block. */
  landmark?: string;
}

/** Kemendagri codes of the area staff chose; the province follows from the regency. */
export interface AreaCodes {
  regencyCode: string;
  districtCode: string | null;
  villageCode: string | null;
}

/** What staff set on the case page: a pin (`pinned`) and/or an area (`area` when no pin). */
export interface StaffLocationUpdate {
  point: { lat: number; lng: number } | null;
  /** null keeps the area codes the case has. */
  area: AreaCodes | null;
}

/**
 * The one place a case's point changes: the location columns, the timeline entry, the resolution
 * clock (which starts once the location is known) and the road segment the point lies on (from
 * the road-status registry, which starts or stops the 1×24 h pothole clock), in the caller's
 * transaction.
 */
@Injectable()
export class CaseLocationWriter {
  constructor(
    private readonly clocks: CaseClocks,
    private readonly eventLog: CaseEventLog,
    private readonly suggestions: OwnerSuggestionService,
    private readonly routing: IntakeRouting,
  ) {}

  /**
   * The segment under the case's point, judged at its incident (else received) date. With
   * `nameArea`, a segment that carries its regency (and district) names the case's area; on no
   * segment the case keeps the area its text or staff named (its `area_source` says which).
   */
  private async storeRoad(
    manager: EntityManager,
    caseId: string,
    nameArea: boolean,
  ): Promise<void> {
    const road = await this.suggestions.storeCaseRoad(manager, caseId);
    const regencyCode = road.segmentArea?.regencyCode;
    if (nameArea && regencyCode)
      await runQuery(manager, nameAreaFromSegment, {
        caseId,
        regencyCode,
        districtCode: road.segmentArea?.districtCode ?? null,
      });
    if (road.changed)
      await this.clocks.onRoadChanged(manager, await this.clocks.clockedCase(manager, caseId));
  }

  /** Returns the case's status as it was, for callers that resume work on a case on hold. */
  async setPoint(
    manager: EntityManager,
    caseId: string,
    actor: Pick<Actor, 'userId' | 'agencyId'> | null,
    point: PointUpdate,
  ): Promise<{ status: CaseStatus; statusBeforeHold: CaseStatus | null }> {
    const [before] = await runQuery(manager, lockPointBefore, { caseId });
    await caseRepository.touch(
      manager,
      caseId,
      [
        'lat = $2',
        'lng = $3',
        'location_confidence = $4',
        'location_source = $5',
        'location_updated_at = now()',
        'location_landmark = COALESCE($6, location_landmark)',
      ],
      [point.lat, point.lng, point.confidence, point.source, point.landmark?.trim() || null],
    );
    await this.eventLog.append(
      manager,
      caseId,
      actor,
      'case.location_set',
      { lat: before.lat, lng: before.lng },
      {
        lat: point.lat,
        lng: point.lng,
        confidence: point.confidence,
        source: point.source,
        ...(point.note ? { note: point.note } : {}),
        ...(point.photoFileName ? { photoFileName: point.photoFileName } : {}),
      },
    );
    if (!before.had_location)
      await this.clocks.onLocationKnown(manager, await this.clocks.clockedCase(manager, caseId));
    await this.storeRoad(manager, caseId, true);
    // The reporter's own answer (no actor) is the last intake path: the owner suggestion routes a
    // case nobody has disposed or handed over yet (its proposal's expiry is queued by the sweep).
    if (actor === null) await this.routing.route(manager, null, caseId);
    return {
      status: caseStatus(before.status),
      statusBeforeHold:
        before.status_before_hold === null ? null : caseStatus(before.status_before_hold),
    };
  }

  /**
   * Staff set the location: with a point it is `pinned` (the area codes change only when given);
   * with only an area it is `area` and an earlier point goes, because staff said where it is not.
   */
  async setByStaff(
    manager: EntityManager,
    caseId: string,
    actor: Pick<Actor, 'userId' | 'agencyId'>,
    update: StaffLocationUpdate,
  ): Promise<void> {
    const [before] = await runQuery(manager, lockAreaBefore, { caseId });
    const confidence: LocationConfidence = update.point ? 'pinned' : 'area';
    const area = update.area;
    await caseRepository.touch(
      manager,
      caseId,
      [
        'lat = $2',
        'lng = $3',
        'location_confidence = $4',
        "location_source = 'staff'",
        "province_code = CASE WHEN $5::boolean THEN '35' ELSE province_code END",
        'regency_code = CASE WHEN $5::boolean THEN $6 ELSE regency_code END',
        'district_code = CASE WHEN $5::boolean THEN $7 ELSE district_code END',
        'village_code = CASE WHEN $5::boolean THEN $8 ELSE village_code END',
        "area_source = CASE WHEN $5::boolean THEN 'staff' ELSE area_source END",
        'location_updated_at = now()',
      ],
      [
        update.point?.lat ?? null,
        update.point?.lng ?? null,
        confidence,
        area !== null,
        area?.regencyCode ?? null,
        area?.districtCode ?? null,
        area?.villageCode ?? null,
      ],
    );
    await this.eventLog.append(
      manager,
      caseId,
      actor,
      'case.location_set',
      {
        lat: before.lat,
        lng: before.lng,
        confidence: locationConfidence(before.location_confidence),
        ...(area
          ? {
              regencyCode: before.regency_code,
              districtCode: before.district_code,
              villageCode: before.village_code,
            }
          : {}),
      },
      {
        lat: update.point?.lat ?? null,
        lng: update.point?.lng ?? null,
        confidence,
        source: 'staff',
        ...(area ? { ...area } : {}),
      },
    );
    if (!before.had_location)
      await this.clocks.onLocationKnown(manager, await this.clocks.clockedCase(manager, caseId));
    // A pin alone is named by its segment; an area staff chose with it stands.
    await this.storeRoad(manager, caseId, update.point !== null && area === null);
  }
}
