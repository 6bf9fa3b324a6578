import { bilingual } from '../common/bilingual';
import type { CreateCaseDto } from '../cases/dto/case.dto';
import type { PostServiceRequestDto } from './dto/open311.dto';
import { invalidField } from './open311-format';
import { serviceName } from './open311-services';

export interface GpsPoint {
  lat: number;
  lng: number;
}

/** Indonesia's bounding box: a point outside it (0,0 from a phone without a fix) is no location. */
const INDONESIA = { minLat: -11.5, maxLat: 6.5, minLng: 94.5, maxLng: 141.5 };
const TITLE_LENGTH = 80;
const TITLE_MIN_LENGTH = 5;
const REPORTER_NAME_LENGTH = 120;

/**
 * The standard asks for a location: `lat` + `long`, or `address_string` (text alone is legal).
 * Returns the point, if any; refusals name the field.
 */
export function intakePoint(body: PostServiceRequestDto): GpsPoint | null {
  const hasLat = body.lat !== undefined;
  const hasLong = body.long !== undefined;
  if (hasLat !== hasLong) {
    throw invalidField(
      hasLat ? 'long' : 'lat',
      bilingual('lat dan long harus diisi bersama', 'lat and long must be sent together'),
    );
  }
  if (body.lat === undefined || body.long === undefined) {
    if (body.address_string) return null;
    throw invalidField(
      'address_string',
      bilingual(
        'lokasi wajib diisi: lat dan long, atau address_string',
        'a location is required: lat and long, or address_string',
      ),
    );
  }
  const point = { lat: body.lat, lng: body.long };
  if (
    point.lat < INDONESIA.minLat ||
    point.lat > INDONESIA.maxLat ||
    point.lng < INDONESIA.minLng ||
    point.lng > INDONESIA.maxLng
  ) {
    throw invalidField(
      'lat',
      bilingual('lat/long di luar wilayah Indonesia', 'lat/long is outside Indonesia'),
    );
  }
  return point;
}

/** A title from the first words of the description, or the service's name when there are none. */
export function requestTitle(description: string | undefined, service: string): string {
  const text = (description ?? '').replace(/\s+/g, ' ').trim();
  if (text.length < TITLE_MIN_LENGTH) return service;
  if (text.length <= TITLE_LENGTH) return text;
  const cut = text.slice(0, TITLE_LENGTH - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${lastSpace >= TITLE_LENGTH / 2 ? cut.slice(0, lastSpace) : cut}…`;
}

/** The Open311 request as a manual-intake complaint: a named, public pengaduan. */
export function toCreateCase(body: PostServiceRequestDto): CreateCaseDto {
  const service = serviceName(body.service_code);
  const name = [body.first_name, body.last_name].filter(Boolean).join(' ');
  const contact = [body.phone, body.email].filter(Boolean).join(' / ');
  return {
    title: requestTitle(body.description, service),
    description: body.description ?? service,
    classification: 'pengaduan',
    channel: 'open311',
    category: body.service_code,
    locationText: body.address_string,
    reporter: {
      name: name ? name.slice(0, REPORTER_NAME_LENGTH) : undefined,
      contact: contact || undefined,
      anonymous: false,
      confidential: false,
    },
  };
}
