import { Injectable } from '@nestjs/common';
import type { CaseDetail } from '@simpul/contracts';
import { forbidden } from '../../access/access-errors';
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
import type { CreateCaseDto } from '../dto/case.dto';

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
  ) {}

  /** Manual intake: the acting agency takes the complaint in and leads it. */
  async create(actor: Actor, body: CreateCaseDto): Promise<CaseDetail> {
    if (!actor.agencyId || !actor.role || actor.role === 'humas') {
      throw forbidden(
        bilingual(
          'Hanya admin, petugas atau pimpinan instansi yang dapat mencatat aduan.',
          "Only an agency's admin, officers or leaders can record complaints.",
        ),
      );
    }
    const agencyId = actor.agencyId;
    try {
      return await this.db.run(actor, async (manager) => {
        const [{ id }] = await manager.query(`SELECT gen_random_uuid() AS id`);
        // The row is not yet visible to its creator (no participant), so no RETURNING here.
        await manager.query(
          `INSERT INTO "case" ("id", "number", "title", "description", "classification", "channel", "category", "priority",
           "incident_date", "location_text", "regency_code", "intake_agency_id")
         VALUES ($1, 'SMP-' || to_char(now() AT TIME ZONE 'Asia/Jakarta', 'YYYY') || '-' || lpad(nextval('case_number_seq')::text, 6, '0'),
           $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
          [
            id,
            body.title.trim(),
            body.description,
            body.classification,
            body.channel,
            body.category,
            body.priority ?? 'normal',
            body.incidentDate ?? null,
            body.locationText ?? null,
            body.regencyCode ?? null,
            agencyId,
          ],
        );
        await manager.query(
          `INSERT INTO case_participant (case_id, agency_id, role, added_by) VALUES ($1, $2, 'lead', $3)`,
          [id, agencyId, actor.userId],
        );
        const r = body.reporter;
        await manager.query(
          `INSERT INTO case_report (case_id, tracking_id, reporter_name, reporter_contact, reporter_nik, anonymous, confidential)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [
            id,
            body.trackingId ?? null,
            r.name ?? null,
            r.contact ?? null,
            r.nik ?? null,
            r.anonymous,
            r.confidential,
          ],
        );
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
        await this.notifications.newCase(manager, id, { userId: actor.userId, name: actor.name });
        const access = await caseAccess(manager, actor, id);
        return this.detail.load(manager, id, access);
      });
    } catch (error) {
      throw duplicateTrackingIdOr(error);
    }
  }
}
