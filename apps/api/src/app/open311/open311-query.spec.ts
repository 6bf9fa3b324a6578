import { HttpStatus } from '@nestjs/common';
import { ApiException } from '../common/api-exception';
import type { ServiceRequestsQueryDto } from './dto/open311.dto';
import { requestSearch, type RequestSearch } from './open311-query';

const NOW = new Date('2026-05-01T00:00:00Z');
const DAY = 24 * 60 * 60 * 1000;

function windowOf(search: RequestSearch) {
  if (search.selection.kind !== 'window') throw new Error('expected a window');
  return search.selection;
}

function refusal(query: ServiceRequestsQueryDto): string[] {
  try {
    requestSearch(query, NOW);
  } catch (error) {
    expect(error).toBeInstanceOf(ApiException);
    expect((error as ApiException).getStatus()).toBe(HttpStatus.BAD_REQUEST);
    return ((error as ApiException).getResponse() as { fields: { field: string }[] }).fields.map(
      (f) => f.field,
    );
  }
  throw new Error('expected a refusal');
}

describe('requestSearch', () => {
  it('reads the last 90 days, every service and status, 100 per page by default', () => {
    const search = requestSearch({}, NOW);
    expect(search).toEqual({
      selection: {
        kind: 'window',
        start: new Date(NOW.getTime() - 90 * DAY),
        end: NOW,
        serviceCodes: null,
        statuses: null,
      },
      limit: 100,
      offset: 0,
    });
  });

  it('extends a lone start or end date by 90 days', () => {
    const start = '2026-01-01T00:00:00Z';
    expect(windowOf(requestSearch({ start_date: start }, NOW)).end).toEqual(
      new Date(Date.parse(start) + 90 * DAY),
    );
    expect(windowOf(requestSearch({ end_date: start }, NOW)).start).toEqual(
      new Date(Date.parse(start) - 90 * DAY),
    );
  });

  it('keeps a window of exactly 90 days and refuses a longer or reversed one, naming end_date', () => {
    expect(
      windowOf(
        requestSearch(
          { start_date: '2026-01-01T00:00:00Z', end_date: '2026-04-01T00:00:00Z' },
          NOW,
        ),
      ).start,
    ).toEqual(new Date('2026-01-01T00:00:00Z'));
    expect(
      refusal({ start_date: '2026-01-01T00:00:00Z', end_date: '2026-04-02T00:00:00Z' }),
    ).toEqual(['end_date']);
    expect(
      refusal({ start_date: '2026-02-01T00:00:00Z', end_date: '2026-01-01T00:00:00Z' }),
    ).toEqual(['end_date']);
  });

  it('filters by service codes and one Open311 status; both statuses mean no filter', () => {
    const filtered = windowOf(
      requestSearch({ service_code: 'pju,drainase', status: 'closed' }, NOW),
    );
    expect(filtered.serviceCodes).toEqual(['pju', 'drainase']);
    expect(filtered.statuses).toEqual(['resolved', 'archived']);
    expect(windowOf(requestSearch({ status: 'open,closed' }, NOW)).statuses).toBeNull();
    expect(refusal({ service_code: 'pju,kebakaran' })).toEqual(['service_code']);
  });

  it('lets named requests override every other filter', () => {
    expect(
      requestSearch(
        { service_request_id: 'SMP-2026-000001,SMP-2026-000002,SMP-2026-000001', status: 'open' },
        NOW,
      ).selection,
    ).toEqual({ kind: 'numbers', numbers: ['SMP-2026-000001', 'SMP-2026-000002'] });
  });

  it('pages', () => {
    expect(requestSearch({ page: 3, page_size: 20 }, NOW)).toMatchObject({ limit: 20, offset: 40 });
  });
});
