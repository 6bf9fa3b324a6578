import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CaseDetail } from '@simpul/contracts';
import { forbidden } from '../../access/access-errors';
import { AreasService } from '../../areas/areas.service';
import { ActorDatabase } from '../../access/actor-database';
import type { Actor } from '../../access/actor';
import { CaseClocks } from '../../case-kernel/case-clocks';
import { duplicateTrackingIdOr } from '../../case-kernel/case-errors';
import { CaseEventLog } from '../../case-kernel/case-event-log';
import { caseAccess } from '../../case-kernel/case-unit-of-work';
import { bilingual } from '../../common/bilingual';
import { deriveCaseLocation } from '../../location/derive-case-location';
import { PlacesService } from '../../location/places.service';
import { NotificationWriter } from '../../notifications/notification-writer';
import { CaseDetailService } from '../detail/case-detail.service';
import { HandoffsService } from '../handoffs/handoffs.service';
import { IntakeRouting } from '../handoffs/intake-routing';
import type { CreateCaseDto } from '../dto/case.dto';
import { runQuery } from '../../database/typed-query';
import { CaseLocationWriter } from '../location/case-location-writer';
import { checkedArea, checkInsideIndonesia } from '../location/location-input';
import { insertCase, insertLead, insertReport, newCaseId } from './intake.queries';

/** Manual intake (and Open311's): a new case with its first report, led by the acting agency. */
@Injectable()
export class IntakeService {
  constructor(
    private readonly db: ActorDatabase,
    private readonly eventLog: CaseEventLog,
    private readonly clocks: CaseClocks,
    private readonly places: PlacesService,
    private readonly notifications: NotificationWriter,
    private readonly detail: CaseDetailService,
    private readonly routing: IntakeRouting,
    private readonly handoffs: HandoffsService,
    private readonly areas: AreasService,
    private readonly locationWriter: CaseLocationWriter,
  ) {}

  /**
   * Manual intake: the acting agency takes the complaint in and leads it; the owner suggestion
   * then routes it (a handoff proposal, or a `direct` rule's agency leads). `withCase` runs in the
   * same transaction before routing (Open311 adds the device's point there).
   */
  async create(
    actor: Actor,
    body: CreateCaseDto,
    withCase?: (manager: EntityManager, caseId: string) => Promise<void>,
  ): Promise<CaseDetail> {
    if (!actor.agencyId || !actor.role || actor.role === 'humas') {
      throw forbidden(
        bilingual(
          'Hanya admin, petugas atau pimpinan instansi yang dapat mencatat aduan.',
          "Only an agency's admin, officers or leaders can record complaints.",
        ),
      );
    }
    const agencyId = actor.agencyId;
    // The pin and the confirmed place are checked before anything is written: a case is never
    // saved without the point it was sent with.
    const point = body.point ? { lat: body.point.lat, lng: body.point.lng } : null;
    if (point) checkInsideIndonesia(point);
    // A district or village is checked to exist and to nest; a regency alone is taken as sent.
    const area =
      body.districtCode || body.villageCode
        ? await checkedArea(this.areas, body)
        : body.regencyCode
          ? { regencyCode: body.regencyCode, districtCode: null, villageCode: null }
          : null;
    try {
      const { detail, handoff } = await this.db.run(actor, async (manager) => {
        const [{ id }] = await runQuery(manager, newCaseId, undefined);
        // The row is not yet visible to its creator (no participant), so no RETURNING here.
        await runQuery(manager, insertCase, {
          id,
          title: body.title.trim(),
          description: body.description,
          classification: body.classification,
          channel: body.channel,
          category: body.category,
          priority: body.priority ?? 'normal',
          incidentDate: body.incidentDate ?? null,
          locationText: body.locationText ?? null,
          landmark: body.landmark?.trim() || null,
          regencyCode: body.regencyCode ?? null,
          intakeAgencyId: agencyId,
        });
        await runQuery(manager, insertLead, { caseId: id, agencyId, addedBy: actor.userId });
        const r = body.reporter;
        await runQuery(manager, insertReport, {
          caseId: id,
          trackingId: body.trackingId ?? null,
          name: r.name ?? null,
          contact: r.contact ?? null,
          nik: r.nik ?? null,
          anonymous: r.anonymous,
          confidential: r.confidential,
        });
        await this.eventLog.append(manager, id, actor, 'case.created', null, {
          status: 'new',
          title: body.title,
          channel: body.channel,
          category: body.category,
        });
        await deriveCaseLocation(manager, this.places, id, {
          regencyCode: body.regencyCode,
          texts: [body.locationText, body.title, body.description],
          textSource: 'staff',
          hasLocationText: Boolean(body.locationText),
        });
        await this.clocks.onCreated(manager, await this.clocks.clockedCase(manager, id));
        // The pin (and a district or village staff confirmed), in the same transaction.
        if (point || area?.districtCode)
          await this.locationWriter.setByStaff(manager, id, actor, { point, area });
        await this.notifications.newCase(manager, id, { userId: actor.userId, name: actor.name });
        if (withCase) await withCase(manager, id);
        const routed = await this.routing.route(manager, actor, id);
        const access = await caseAccess(manager, actor, id);
        return { detail: await this.detail.load(manager, id, access), handoff: routed.handoff };
      });
      if (handoff) await this.handoffs.scheduleExpiry(handoff);
      return detail;
    } catch (error) {
      throw duplicateTrackingIdOr(error);
    }
  }
}
