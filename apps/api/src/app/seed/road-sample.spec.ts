import type { AgencyKind } from '@simpul/contracts';
import { suggestOwner, type AgencyRecord } from '../jurisdiction/geo/owner-suggester';
import { geometryProblem } from '../jurisdiction/geo/road-geometry';
import { RoadIndex, type RoadSegmentRecord } from '../jurisdiction/geo/road-index';
import { SAMPLE_RULES, SAMPLE_TOWNS, SAMPLE_VERSIONS, sampleLine } from './road-sample';

const agency = (code: string, kind: AgencyKind, regencyCodes: string[] = []): AgencyRecord => ({
  id: code,
  shortName: code,
  name: code,
  kind,
  regencyCodes,
  active: true,
});
const agencies = new Map(
  [
    agency('bbpjn-jatim-bali', 'national_road_authority'),
    agency('upt-pjj-malang', 'field_unit'),
    agency('upt-pjj-kediri', 'field_unit'),
    agency('upt-pjj-pamekasan', 'field_unit'),
    agency('pu-35-07', 'regency_office', ['35.07']),
    agency('pu-35-78', 'regency_office', ['35.78']),
    agency('dishub-jatim', 'government_body'),
    agency('dlh-jatim', 'government_body'),
  ].map((a) => [a.id, a]),
);

// The sample network as the index holds it, the 2025 version closing Bangkalan's 2020 rows.
const segments: RoadSegmentRecord[] = SAMPLE_VERSIONS.flatMap((version, v) =>
  version.network.map((s, i) => ({
    id: `${v}-${i}`,
    versionId: `v${v}`,
    linkNumber: s.linkNumber,
    kmFrom: s.km?.[0] ?? null,
    kmTo: s.km?.[1] ?? null,
    name: s.name,
    status: s.status,
    regencyCode: s.regencyCode,
    districtCode: null,
    agencyId: s.agencyCode,
    geometry: { type: 'LineString' as const, coordinates: sampleLine(s.route) },
    validFrom: version.validFrom,
    validTo: v === 0 && s.regencyCode === '35.26' ? SAMPLE_VERSIONS[1].validFrom : null,
  })),
);
const context = {
  index: new RoadIndex(segments),
  rules: SAMPLE_RULES.map((r, i) => ({
    id: `r${i}`,
    versionId: null,
    category: r.category,
    regencyCode: r.regencyCode,
    roadStatus: r.roadStatus,
    agencyId: r.agencyCode,
    mode: 'suggest' as const,
    validFrom: '2020-01-01',
    validTo: null,
  })),
  agencies,
};
const asOf = '2026-05-04';
const on = (a: keyof typeof SAMPLE_TOWNS, b: keyof typeof SAMPLE_TOWNS) => ({
  lat: (SAMPLE_TOWNS[a][1] + SAMPLE_TOWNS[b][1]) / 2,
  lng: (SAMPLE_TOWNS[a][0] + SAMPLE_TOWNS[b][0]) / 2,
});

describe('the SAMPLE road network and rules', () => {
  it('is named SAMPLE and made of valid lines', () => {
    for (const s of segments) {
      expect(s.name).toMatch(/^SAMPLE /);
      expect(geometryProblem(s.geometry)).toBeNull();
    }
  });

  it('every sample rule decides its case', () => {
    expect(
      suggestOwner({ category: 'pju', regencyCode: '35.07', asOf }, context).suggestion,
    ).toMatchObject({
      basis: 'routing_rule',
      agencyId: 'pu-35-07',
    });
    expect(
      suggestOwner({ category: 'pju', regencyCode: '35.78', asOf }, context).suggestion.agencyId,
    ).toBe('dishub-jatim');
    expect(
      suggestOwner({ category: 'pohon_tumbang', ...on('surabaya', 'sidoarjo'), asOf }, context)
        .suggestion,
    ).toMatchObject({ basis: 'routing_rule', agencyId: 'dlh-jatim', roadStatus: 'nasional' });
    expect(
      suggestOwner({ category: 'rambu_marka', ...on('malang', 'kepanjen'), asOf }, context)
        .suggestion,
    ).toMatchObject({
      basis: 'routing_rule',
      agencyId: 'dishub-jatim',
      roadStatus: 'provinsi',
    });
    // Signs on a national road are not the province's: the road's owner.
    expect(
      suggestOwner({ category: 'rambu_marka', ...on('surabaya', 'sidoarjo'), asOf }, context)
        .suggestion,
    ).toMatchObject({ basis: 'segment', agencyId: 'bbpjn-jatim-bali' });
  });

  it('potholes follow the road: provincial Malang–Kepanjen, national Jl. Raya Lawang, Bangkalan by date', () => {
    expect(
      suggestOwner({ category: 'jalan_rusak', ...on('malang', 'kepanjen'), asOf }, context)
        .suggestion,
    ).toMatchObject({
      agencyId: 'upt-pjj-malang',
      roadStatus: 'provinsi',
    });
    expect(
      suggestOwner({ text: 'jalan rusak di Jl. Raya Lawang', asOf }, context).suggestion,
    ).toMatchObject({
      basis: 'road_name',
      agencyId: 'bbpjn-jatim-bali',
    });
    const bangkalan = on('bangkalan', 'kamal');
    expect(suggestOwner({ ...bangkalan, asOf: '2024-12-31' }, context).suggestion).toMatchObject({
      agencyId: 'upt-pjj-pamekasan',
      roadStatus: 'provinsi',
    });
    expect(suggestOwner({ ...bangkalan, asOf }, context).suggestion).toMatchObject({
      agencyId: 'bbpjn-jatim-bali',
      roadStatus: 'nasional',
    });
  });
});
