import { HttpStatus } from '@nestjs/common';
import { CASE_STATUSES, LAPOR_BUCKETS, type CaseStatus } from '@simpul/contracts';
import { ApiException } from '../common/api-exception';
import { bilingual, type Bilingual } from '../common/bilingual';
import { serviceName } from './open311-services';
import type { Open311Error, Open311ServiceRequest, Open311Status } from './open311.types';

/** The statuses the public sees as `closed`; every other status is still `open`. */
const CLOSED_STATUSES: readonly CaseStatus[] = ['resolved', 'archived'];

export function open311Status(status: CaseStatus): Open311Status {
  return CLOSED_STATUSES.includes(status) ? 'closed' : 'open';
}

/** Our statuses that project onto the given Open311 statuses. */
export function caseStatusesFor(statuses: readonly Open311Status[]): CaseStatus[] {
  return CASE_STATUSES.filter((status) => statuses.includes(open311Status(status)));
}

/** The standard's error answer: an array, the HTTP status as the code, one description. */
export function open311ErrorBody(status: number, message: Bilingual): Open311Error[] {
  return [{ code: status, description: `${message.id} / ${message.en}` }];
}

/** A 400 naming the offending field, in the API's usual shape (the Open311 filter reformats it). */
export function invalidField(field: string, message: Bilingual): ApiException {
  return new ApiException(
    HttpStatus.BAD_REQUEST,
    'VALIDATION_FAILED',
    bilingual(`Data tidak valid: ${message.id}`, `Invalid input: ${message.en}`),
    [{ field, message }],
  );
}

export function open311NotFound(message: Bilingual): ApiException {
  return new ApiException(HttpStatus.NOT_FOUND, 'NOT_FOUND', message);
}

export const formatNotSupported = () =>
  new ApiException(
    HttpStatus.BAD_REQUEST,
    'FORMAT_NOT_SUPPORTED',
    bilingual(
      'Format tidak didukung: gunakan .xml atau .json',
      'Format not supported: use .xml or .json',
    ),
  );

/** The two formats of GeoReport v2; XML is the specification's default. */
export type Open311Format = 'xml' | 'json';

/** A route's `:format` (the path's extension), or 400 for anything but `xml` and `json`. */
export function open311Format(format: string): Open311Format {
  if (format === 'xml' || format === 'json') return format;
  throw formatNotSupported();
}

/**
 * The format a response under `/open311` is written in, from the path's extension: JSON for
 * `.json`, otherwise XML, the specification's default (also for an error about a bad extension).
 */
export function responseFormat(path: string): Open311Format {
  return /\.json$/.test(path) ? 'json' : 'xml';
}

/** A case as the public may see it. The row carries no reporter columns, by construction. */
export interface PublicCaseRow {
  number: string;
  status: CaseStatus;
  category: string;
  description: string;
  location_text: string | null;
  lat: number | null;
  lng: number | null;
  created_at: Date;
  updated_at: Date;
  lead_agency_name: string;
  /** The photo link an Open311 client sent with the request (stored as text, never fetched). */
  media_url: string | null;
}

export function toServiceRequest(row: PublicCaseRow): Open311ServiceRequest {
  return {
    service_request_id: row.number,
    status: open311Status(row.status),
    status_notes: LAPOR_BUCKETS[row.status],
    service_name: serviceName(row.category),
    service_code: row.category,
    description: row.description,
    agency_responsible: row.lead_agency_name,
    service_notice: null,
    requested_datetime: row.created_at.toISOString(),
    updated_datetime: row.updated_at.toISOString(),
    expected_datetime: null,
    address: row.location_text,
    address_id: null,
    zipcode: null,
    lat: row.lat,
    long: row.lng,
    media_url: row.media_url,
  };
}
