import { HttpStatus } from '@nestjs/common';
import { INDONESIA_BOUNDS, indonesiaPointCheck, type ApiFieldError } from '@simpul/contracts';
import type { AreasService } from '../../areas/areas.service';
import { ApiException } from '../../common/api-exception';
import { bilingual } from '../../common/bilingual';
import type { AreaCodes } from './case-location-writer';

/** Indonesia's bounding box: a pin outside it is a mistake, not a location. */
export const INDONESIA = INDONESIA_BOUNDS;

export const invalidLocation = (fields: ApiFieldError[]) =>
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
 * Refuses a point outside Indonesia (400 OUTSIDE_INDONESIA naming `<prefix>.lat` / `<prefix>.lng`),
 * saying so when latitude and longitude look swapped: the one check of every staff point.
 */
export function checkInsideIndonesia(point: { lat: number; lng: number }, prefix = 'point'): void {
  const verdict = indonesiaPointCheck(point.lat, point.lng);
  if (verdict === 'inside') return;
  const fields: ApiFieldError[] = [];
  if (verdict === 'swapped') {
    fields.push({
      field: `${prefix}.lat`,
      message: bilingual(
        'lintang dan bujur tampaknya tertukar (lintang Indonesia antara -11,5 dan 6,5)',
        'latitude and longitude look swapped (Indonesian latitudes lie between -11.5 and 6.5)',
      ),
    });
  } else {
    if (point.lat < INDONESIA.minLat || point.lat > INDONESIA.maxLat)
      fields.push({
        field: `${prefix}.lat`,
        message: bilingual(
          `lat harus antara ${INDONESIA.minLat} dan ${INDONESIA.maxLat} (wilayah Indonesia)`,
          `lat must be between ${INDONESIA.minLat} and ${INDONESIA.maxLat} (Indonesia)`,
        ),
      });
    if (point.lng < INDONESIA.minLng || point.lng > INDONESIA.maxLng)
      fields.push({
        field: `${prefix}.lng`,
        message: bilingual(
          `lng harus antara ${INDONESIA.minLng} dan ${INDONESIA.maxLng} (wilayah Indonesia)`,
          `lng must be between ${INDONESIA.minLng} and ${INDONESIA.maxLng} (Indonesia)`,
        ),
      });
  }
  throw new ApiException(
    HttpStatus.BAD_REQUEST,
    'OUTSIDE_INDONESIA',
    verdict === 'swapped'
      ? bilingual(
          'Lintang dan bujur tampaknya tertukar. Periksa kembali koordinatnya.',
          'Latitude and longitude look swapped. Check the coordinates.',
        )
      : bilingual(
          'Titik berada di luar wilayah Indonesia. Periksa kembali koordinatnya.',
          'The point is outside Indonesia. Check the coordinates.',
        ),
    fields,
  );
}

/** Area codes as a request sends them. */
export interface AreaCodesInput {
  regencyCode?: string | null;
  districtCode?: string | null;
  villageCode?: string | null;
}

/** The area codes, checked to exist and to nest (400 naming the field); null when none was sent. */
export async function checkedArea(
  areas: AreasService,
  body: AreaCodesInput,
): Promise<AreaCodes | null> {
  const { regencyCode, districtCode, villageCode } = body;
  if (!regencyCode) {
    if (districtCode || villageCode)
      throw invalidLocation([
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
  if (!(await areas.isRegency(regencyCode)))
    throw invalidLocation([
      {
        field: 'regencyCode',
        message: bilingual(
          'regencyCode bukan kabupaten/kota di Jawa Timur',
          'regencyCode is not a regency or city of East Java',
        ),
      },
    ]);
  if (districtCode && !(await areas.isDistrictOf(districtCode, regencyCode)))
    throw invalidLocation([
      {
        field: 'districtCode',
        message: bilingual(
          'districtCode bukan kecamatan di kabupaten/kota itu',
          'districtCode is not a district of that regency',
        ),
      },
    ]);
  if (villageCode && (!districtCode || !(await areas.isVillageOf(villageCode, districtCode))))
    throw invalidLocation([
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
