import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CaseStatus, LocationConfidence } from '@simpul/contracts';
import type { Actor } from '../access/actor';
import { CaseClocks } from './case-clocks';
import { CaseEventLog } from './case-event-log';

export interface PointUpdate {
  lat: number;
  lng: number;
  confidence: LocationConfidence;
  /** Who measured it: `reporter`, `open311`, `staff`, `photo`. */
  source: string;
  note?: string;
}

/**
 * The one place a case's point changes: the location columns, the timeline entry and the
 * resolution clock (which starts once the location is known), in the caller's transaction.
 */
@Injectable()
export class CaseLocationWriter {
  constructor(
    private readonly clocks: CaseClocks,
    private readonly eventLog: CaseEventLog,
  ) {}

  /** Returns the case's status as it was, for callers that resume work on a case on hold. */
  async setPoint(
    manager: EntityManager,
    caseId: string,
    actor: Pick<Actor, 'userId' | 'agencyId'> | null,
    point: PointUpdate,
  ): Promise<{ status: CaseStatus; statusBeforeHold: CaseStatus | null }> {
    const [before]: {
      lat: number | null;
      lng: number | null;
      status: CaseStatus;
      status_before_hold: CaseStatus | null;
      had_location: boolean;
    }[] = await manager.query(
      `SELECT lat, lng, status, status_before_hold,
              (location_text IS NOT NULL OR lat IS NOT NULL OR village_code IS NOT NULL OR district_code IS NOT NULL) AS had_location
       FROM "case" WHERE id = $1 FOR UPDATE`,
      [caseId],
    );
    await manager.query(
      `UPDATE "case" SET lat = $2, lng = $3, location_confidence = $4, location_source = $5,
         location_updated_at = now(), version = version + 1, updated_at = now() WHERE id = $1`,
      [caseId, point.lat, point.lng, point.confidence, point.source],
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
      },
    );
    if (!before.had_location)
      await this.clocks.onLocationKnown(manager, await this.clocks.clockedCase(manager, caseId));
    return { status: before.status, statusBeforeHold: before.status_before_hold };
  }
}
