import type { CaseCategory, CaseStatus } from '@simpul/contracts';
import { bilingual } from '../common/bilingual';
import type { ServiceRequestsQueryDto } from './dto/open311.dto';
import { caseStatusesFor, invalidField } from './open311-format';
import { isServiceCode } from './open311-services';
import type { Open311Status } from './open311.types';

/** The standard's default window and the longest span a search may cover. */
export const WINDOW_DAYS = 90;
export const MAX_PAGE_SIZE = 100;
const DAY_MS = 24 * 60 * 60 * 1000;

export type RequestSelection =
  | { kind: 'numbers'; numbers: string[] }
  | {
      kind: 'window';
      start: Date;
      end: Date;
      serviceCodes: CaseCategory[] | null;
      statuses: CaseStatus[] | null;
    };

export interface RequestSearch {
  selection: RequestSelection;
  limit: number;
  offset: number;
}

/**
 * Turns the public query into what to read: named requests (which override every other filter,
 * as the standard says), or a window of at most 90 days (by default the last 90) with filters.
 */
export function requestSearch(query: ServiceRequestsQueryDto, now = new Date()): RequestSearch {
  const limit = query.page_size ?? MAX_PAGE_SIZE;
  const offset = ((query.page ?? 1) - 1) * limit;
  if (query.service_request_id) {
    return {
      selection: { kind: 'numbers', numbers: [...new Set(query.service_request_id.split(','))] },
      limit,
      offset,
    };
  }
  return {
    selection: { kind: 'window', ...dateWindow(query, now), ...filters(query) },
    limit,
    offset,
  };
}

function dateWindow(query: ServiceRequestsQueryDto, now: Date): { start: Date; end: Date } {
  const span = WINDOW_DAYS * DAY_MS;
  const start = query.start_date ? new Date(query.start_date) : null;
  const end = query.end_date ? new Date(query.end_date) : null;
  if (start && end) {
    if (end < start) {
      throw invalidField(
        'end_date',
        bilingual('end_date harus setelah start_date', 'end_date must be after start_date'),
      );
    }
    if (end.getTime() - start.getTime() > span) {
      throw invalidField(
        'end_date',
        bilingual(
          `rentang start_date sampai end_date maksimal ${WINDOW_DAYS} hari`,
          `start_date to end_date may span at most ${WINDOW_DAYS} days`,
        ),
      );
    }
    return { start, end };
  }
  if (start) return { start, end: new Date(start.getTime() + span) };
  if (end) return { start: new Date(end.getTime() - span), end };
  return { start: new Date(now.getTime() - span), end: now };
}

function filters(query: ServiceRequestsQueryDto): {
  serviceCodes: CaseCategory[] | null;
  statuses: CaseStatus[] | null;
} {
  let serviceCodes: CaseCategory[] | null = null;
  if (query.service_code) {
    const codes = [...new Set(query.service_code.split(','))];
    const unknown = codes.filter((code) => !isServiceCode(code));
    if (unknown.length > 0) {
      throw invalidField(
        'service_code',
        bilingual(
          `service_code tidak dikenal: ${unknown.join(', ')}`,
          `unknown service_code: ${unknown.join(', ')}`,
        ),
      );
    }
    serviceCodes = codes.filter(isServiceCode);
  }
  const wanted = query.status ? [...new Set(query.status.split(','))] : [];
  const statuses = wanted.length === 1 ? caseStatusesFor(wanted as Open311Status[]) : null;
  return { serviceCodes, statuses };
}
