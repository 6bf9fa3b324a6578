import { Injectable } from '@nestjs/common';
import type { CaseDetail } from '@simpul/contracts';
import type { Actor } from '../../access/actor';
import { AreasService } from '../../areas/areas.service';
import { bilingual } from '../../common/bilingual';
import { CaseEventLog } from '../../case-kernel/case-event-log';
import { CaseLocationWriter } from '../location/case-location-writer';
import { checkedArea, checkInsideIndonesia, invalidLocation } from '../location/location-input';
import { CaseUnitOfWork } from '../../case-kernel/case-unit-of-work';
import { CaseDetailService } from '../detail/case-detail.service';
import type { SetCaseLocationDto, SetCaseTagsDto } from '../dto/workspace.dto';
import { caseRepository } from '../../case-kernel/case-repository';

/**
 * The officer's edits on the case page that are not status or text: the location staff pin or
 * choose, and the tags. Each goes through the access policy (`update`), checks the version the
 * officer saw (409 when stale) and appends to the timeline in the same transaction.
 */
@Injectable()
export class CaseWorkspaceService {
  constructor(
    private readonly unitOfWork: CaseUnitOfWork,
    private readonly detail: CaseDetailService,
    private readonly locationWriter: CaseLocationWriter,
    private readonly eventLog: CaseEventLog,
    private readonly areas: AreasService,
  ) {}

  async setLocation(actor: Actor, caseId: string, body: SetCaseLocationDto): Promise<CaseDetail> {
    const point = body.point ?? null;
    const area = await checkedArea(this.areas, body);
    if (!point && !area) {
      throw invalidLocation([
        {
          field: 'point',
          message: bilingual(
            'point (titik) atau regencyCode (wilayah) wajib diisi',
            'point or regencyCode is required',
          ),
        },
      ]);
    }
    if (point) checkInsideIndonesia(point);
    return this.unitOfWork.run(actor, caseId, 'update', async (manager, access) => {
      await this.detail.lockForChange(manager, caseId, body.version, access);
      await this.locationWriter.setByStaff(manager, caseId, actor, { point, area });
      return this.detail.load(manager, caseId, access);
    });
  }

  /** Replaces the tags (already normalised and de-duplicated by the DTO). */
  setTags(actor: Actor, caseId: string, body: SetCaseTagsDto): Promise<CaseDetail> {
    return this.unitOfWork.run(actor, caseId, 'update', async (manager, access) => {
      const before = await this.detail.lockForChange(manager, caseId, body.version, access);
      const tags = body.tags;
      const added = tags.filter((tag) => !before.tags.includes(tag));
      const removed = before.tags.filter((tag) => !tags.includes(tag));
      if (added.length === 0 && removed.length === 0 && tags.join() === before.tags.join())
        return this.detail.load(manager, caseId, access);
      await caseRepository.touch(manager, caseId, ['tags = $2::text[]'], [tags]);
      await this.eventLog.append(
        manager,
        caseId,
        actor,
        'case.tags_changed',
        { tags: before.tags },
        { tags, added, removed },
      );
      return this.detail.load(manager, caseId, access);
    });
  }
}
