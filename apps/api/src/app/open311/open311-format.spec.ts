import { CASE_STATUSES, type CaseStatus } from '@simpul/contracts';
import { ApiException } from '../common/api-exception';
import { bilingual } from '../common/bilingual';
import {
  caseStatusesFor,
  open311ErrorBody,
  open311Format,
  open311Status,
  responseFormat,
  toServiceRequest,
  type PublicCaseRow,
} from './open311-format';

describe('Open311 status projection', () => {
  const EXPECTED: Record<CaseStatus, 'open' | 'closed'> = {
    new: 'open',
    needs_information: 'open',
    verified: 'open',
    routed: 'open',
    in_progress: 'open',
    followed_up: 'open',
    reopened: 'open',
    resolved: 'closed',
    archived: 'closed',
  };

  it.each(CASE_STATUSES.map((status) => [status, EXPECTED[status]]))(
    'shows %s as %s',
    (status, expected) => {
      expect(open311Status(status as CaseStatus)).toBe(expected);
    },
  );

  it('selects our statuses for an Open311 status filter', () => {
    expect(caseStatusesFor(['closed'])).toEqual(['resolved', 'archived']);
    expect(caseStatusesFor(['open'])).toEqual(
      CASE_STATUSES.filter((s) => s !== 'resolved' && s !== 'archived'),
    );
    expect(caseStatusesFor(['open', 'closed'])).toEqual([...CASE_STATUSES]);
  });
});

describe('Open311 error body', () => {
  it('is an array with the HTTP status as code and the message in Indonesian, then English', () => {
    expect(open311ErrorBody(403, bilingual('api_key tidak dikenal', 'unknown api_key'))).toEqual([
      { code: 403, description: 'api_key tidak dikenal / unknown api_key' },
    ]);
  });
});

describe('toServiceRequest', () => {
  const row: PublicCaseRow = {
    number: 'SMP-2026-000123',
    status: 'in_progress',
    category: 'pju',
    description: 'Lampu jalan mati',
    location_text: 'Jl. Raya Lawang',
    lat: -7.83,
    lng: 112.69,
    created_at: new Date('2026-03-02T01:00:00Z'),
    updated_at: new Date('2026-03-03T02:00:00Z'),
    lead_agency_name: 'UPT PJJ Malang',
    media_url: 'https://foto.contoh.id/pju.jpg',
  };

  it('maps a case onto the GeoReport shape with the LAPOR bucket as status notes', () => {
    expect(toServiceRequest(row)).toEqual({
      service_request_id: 'SMP-2026-000123',
      status: 'open',
      status_notes: 'Terdisposisi Sedang Diproses',
      service_name: 'Penerangan jalan umum (PJU)',
      service_code: 'pju',
      description: 'Lampu jalan mati',
      agency_responsible: 'UPT PJJ Malang',
      service_notice: null,
      requested_datetime: '2026-03-02T01:00:00.000Z',
      updated_datetime: '2026-03-03T02:00:00.000Z',
      expected_datetime: null,
      address: 'Jl. Raya Lawang',
      address_id: null,
      zipcode: null,
      lat: -7.83,
      long: 112.69,
      media_url: 'https://foto.contoh.id/pju.jpg',
    });
  });

  it('answers no media_url for a case that came without one', () => {
    expect(toServiceRequest({ ...row, media_url: null }).media_url).toBeNull();
  });

  it('names a category outside the catalogue by its code', () => {
    expect(toServiceRequest({ ...row, category: 'banjir_rob' }).service_name).toBe('banjir_rob');
  });
});

describe('Open311 formats', () => {
  it('takes xml and json and refuses anything else naming both', () => {
    expect(open311Format('xml')).toBe('xml');
    expect(open311Format('json')).toBe('json');
    for (const format of ['csv', 'JSON', '']) {
      let refusal: unknown;
      try {
        open311Format(format);
      } catch (error) {
        refusal = error;
      }
      expect(refusal).toBeInstanceOf(ApiException);
      expect((refusal as ApiException).getStatus()).toBe(400);
      expect(JSON.stringify((refusal as ApiException).getResponse())).toContain('.xml or .json');
    }
  });

  it('answers JSON only for a .json path and XML, the standard default, otherwise', () => {
    expect(responseFormat('/open311/v2/services.json')).toBe('json');
    expect(responseFormat('/open311/v2/services.xml')).toBe('xml');
    expect(responseFormat('/open311/v2/services.csv')).toBe('xml');
    expect(responseFormat('/open311/v2/nothing')).toBe('xml');
  });
});
