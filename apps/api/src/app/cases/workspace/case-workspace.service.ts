import { HttpStatus, Injectable } from '@nestjs/common';
import type { ApiFieldError, CaseDetail } from '@simpul/contracts';
import type { Actor } from '../../access/actor';
import { AreasService } from '../../areas/areas.service';
import { ApiException } from '../../common/api-exception';
import { bilingual } from '../../common/bilingual';
import { CaseEventLog } from '../../case-kernel/case-event-log';
import { INDONESIA } from '../location/case-location.service';
import { CaseLocationWriter, type AreaCodes } from '../location/case-location-writer';
import { CaseUnitOfWork } from '../../case-kernel/case-unit-of-work';
import { CaseDetailService } from '../detail/case-detail.service';
import type { SetCaseLocationDto, SetCaseTagsDto } from '../dto/workspace.dto';
import { caseRepository } from '../../case-kernel/case-repository';

const invalid = (fields: ApiFieldError[]) =>
  new ApiException(
    HttpStatus.BAD_REQUEST,
    'VALIDATION_FAILED',
    bilingual(
      `Data tidak valid: ${fields.map((f) => f.message.id).join('; ')}`,
      `Invalid input: ${fields.map((f) => f.message.en).join('; ')}`,
    ),
    fields,
  );

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
    const area = await this.checkedArea(body);
    if (!point && !area) {
      throw invalid([
        {
          field: 'point',
          message: bilingual(
            'point (titik) atau regencyCode (wilayah) wajib diisi',
            'point or regencyCode is required',
          ),
        },
      ]);
    }
    if (point) this.checkInsideIndonesia(point);
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

  private checkInsideIndonesia(point: { lat: number; lng: number }): void {
    const fields: ApiFieldError[] = [];
    if (point.lat < INDONESIA.minLat || point.lat > INDONESIA.maxLat)
      fields.push({
        field: 'point.lat',
        message: bilingual(
          `lat harus antara ${INDONESIA.minLat} dan ${INDONESIA.maxLat} (wilayah Indonesia)`,
          `lat must be between ${INDONESIA.minLat} and ${INDONESIA.maxLat} (Indonesia)`,
        ),
      });
    if (point.lng < INDONESIA.minLng || point.lng > INDONESIA.maxLng)
      fields.push({
        field: 'point.lng',
        message: bilingual(
          `lng harus antara ${INDONESIA.minLng} dan ${INDONESIA.maxLng} (wilayah Indonesia)`,
          `lng must be between ${INDONESIA.minLng} and ${INDONESIA.maxLng} (Indonesia)`,
        ),
      });
    if (fields.length === 0) return;
    throw new ApiException(
      HttpStatus.BAD_REQUEST,
      'OUTSIDE_INDONESIA',
      bilingual(
        'Titik berada di luar wilayah Indonesia. Periksa kembali koordinatnya.',
        'The point is outside Indonesia. Check the coordinates.',
      ),
      fields,
    );
  }

  /** The area codes, checked to exist and to nest; null when none was sent. */
  private async checkedArea(body: SetCaseLocationDto): Promise<AreaCodes | null> {
    const { regencyCode, districtCode, villageCode } = body;
    if (!regencyCode) {
      if (districtCode || villageCode)
        throw invalid([
          {
            field: 'regencyCode',
            message: bilingual(
              'regencyCode wajib diisi bila kecamatan atau desa dipilih',
              'regencyCode is required with a district or village',
            ),
          },
        ]);
      return null;
    }
    if (!(await this.areas.isRegency(regencyCode)))
      throw invalid([
        {
          field: 'regencyCode',
          message: bilingual(
            'regencyCode bukan kabupaten/kota di Jawa Timur',
            'regencyCode is not a regency or city of East Java',
          ),
        },
      ]);
    if (districtCode && !(await this.areas.isDistrictOf(districtCode, regencyCode)))
      throw invalid([
        {
          field: 'districtCode',
          message: bilingual(
            'districtCode bukan kecamatan di kabupaten/kota itu',
            'districtCode is not a district of that regency',
          ),
        },
      ]);
    if (
      villageCode &&
      (!districtCode || !(await this.areas.isVillageOf(villageCode, districtCode)))
    )
      throw invalid([
        {
          field: 'villageCode',
          message: bilingual(
            'villageCode bukan desa/kelurahan di kecamatan itu',
            'villageCode is not a village of that district',
          ),
        },
      ]);
    return { regencyCode, districtCode: districtCode ?? null, villageCode: villageCode ?? null };
  }
}
