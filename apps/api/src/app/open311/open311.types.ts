import type { CaseCategory } from '@simpul/contracts';

/**
 * The GeoReport v2 wire shapes (https://wiki.open311.org/GeoReport_v2), snake_case as the
 * standard spells them. Only this API speaks them, so they live here rather than in contracts.
 */
export interface Open311Service {
  service_code: CaseCategory;
  service_name: string;
  description: string;
  /** No service defines extra attributes. */
  metadata: false;
  type: 'realtime';
  /** Comma-separated, as the standard has it. */
  keywords: string;
  group: string;
}

export interface Open311ServiceDefinition {
  service_code: CaseCategory;
  attributes: [];
}

export interface Open311CreatedRequest {
  /** The case number, e.g. `SMP-2026-000123`. */
  service_request_id: string;
}

export type Open311Status = 'open' | 'closed';

/** A request as the public sees it: the case's facts, never the reporter. */
export interface Open311ServiceRequest {
  service_request_id: string;
  status: Open311Status;
  /** The LAPOR dashboard bucket of the case's status, in Indonesian. */
  status_notes: string;
  service_name: string;
  service_code: string;
  description: string;
  agency_responsible: string;
  service_notice: null;
  requested_datetime: string;
  updated_datetime: string;
  expected_datetime: null;
  address: string | null;
  address_id: null;
  zipcode: null;
  lat: number | null;
  long: number | null;
  /** The photo link the Open311 client sent, as sent (never fetched by the server). */
  media_url: string | null;
}

/**
 * GET tokens/{token}: requests are created at once, so the token of a request is its
 * service_request_id and the answer pairs them.
 */
export interface Open311Token {
  service_request_id: string;
  token: string;
}

/** The discovery document (GeoReport v2 "Service Discovery"). */
export interface Open311Discovery {
  changeset: string;
  contact: string;
  key_service: string;
  endpoints: {
    specification: string;
    url: string;
    changeset: string;
    type: 'production' | 'test';
    formats: string[];
  }[];
}

/** One entry of an Open311 error answer (always an array). */
export interface Open311Error {
  /** The HTTP status. */
  code: number;
  /** `<Indonesian> / <English>`. */
  description: string;
}
