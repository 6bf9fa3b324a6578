import type { RoadStatus } from '@simpul/contracts';
import {
  suggestOwner,
  type AgencyRecord,
  type RoutingRuleRecord,
  type SuggestionContext,
} from './owner-suggester';
import { RoadIndex, type RoadSegmentRecord } from './road-index';
import { distanceToLine, geometryProblem, parseWktLine } from './road-geometry';

const agencies: AgencyRecord[] = [
  ['upt', 'UPT PJJ Malang', 'field_unit', []],
  ['bbpjn', 'BBPJN Jatim–Bali', 'national_road_authority', []],
  ['pu-malang', 'DPU Kab. Malang', 'regency_office', ['35.07']],
  ['pu-bangkalan', 'DPU Kab. Bangkalan', 'regency_office', ['35.26']],
  ['dishub-malang', 'Dishub Kab. Malang', 'government_body', ['35.07']],
  ['dishub-jatim', 'Dishub Jatim', 'government_body', []],
  ['dlh', 'DLH Jatim', 'government_body', []],
].map(([id, shortName, kind, regencyCodes]) => ({
  id: id as string,
  shortName: shortName as string,
  name: shortName as string,
  kind: kind as AgencyRecord['kind'],
  regencyCodes: regencyCodes as string[],
  active: true,
}));

let n = 0;
function seg(
  name: string,
  status: RoadStatus,
  agencyId: string,
  coordinates: [number, number][],
  extra: Partial<RoadSegmentRecord> = {},
): RoadSegmentRecord {
  n++;
  return {
    id: `s${n}`,
    versionId: 'v1',
    linkNumber: null,
    kmFrom: null,
    kmTo: null,
    name,
    status,
    regencyCode: '35.07',
    districtCode: null,
    agencyId,
    geometry: { type: 'LineString', coordinates },
    validFrom: '2020-01-01',
    validTo: null,
    ...extra,
  };
}

// A crafted registry around Malang (about 11 m per 0.0001° of latitude).
const segments = [
  seg(
    'Malang–Blitar',
    'provinsi',
    'upt',
    [
      [112.6, -8.0],
      [112.62, -8.0],
    ],
    {
      linkNumber: '146',
      kmFrom: 80,
      kmTo: 95,
    },
  ),
  seg('Jl. Raya Kepanjen', 'nasional', 'bbpjn', [
    [112.6, -8.01],
    [112.62, -8.01],
  ]),
  seg('Jl. Desa Sukoraharjo', 'kabupaten', 'pu-malang', [
    [112.63, -8.0],
    [112.65, -8.0],
  ]),
  // Meets the provincial road at a junction.
  seg('Jl. Kebonagung', 'kabupaten', 'pu-malang', [
    [112.61, -8.0],
    [112.61, -7.99],
  ]),
  seg('Jl. Raya Lawang', 'nasional', 'bbpjn', [
    [112.69, -7.83],
    [112.7, -7.85],
  ]),
  // Bangkalan: provincial until 2026, national from then on (a new registry version).
  seg(
    'Bangkalan–Tanah Merah',
    'provinsi',
    'upt',
    [
      [112.75, -7.05],
      [112.8, -7.08],
    ],
    {
      regencyCode: '35.26',
      validTo: '2026-01-01',
    },
  ),
  seg(
    'Bangkalan–Tanah Merah',
    'nasional',
    'bbpjn',
    [
      [112.75, -7.05],
      [112.8, -7.08],
    ],
    {
      regencyCode: '35.26',
      versionId: 'v2',
      validFrom: '2026-01-01',
    },
  ),
];

const rule = (
  id: string,
  category: string,
  agencyId: string,
  regencyCode: string | null = null,
  roadStatus: RoadStatus | null = null,
): RoutingRuleRecord => ({
  id,
  versionId: null,
  category,
  regencyCode,
  roadStatus,
  agencyId,
  mode: 'suggest',
  validFrom: '2020-01-01',
  validTo: null,
});

const context: SuggestionContext = {
  index: new RoadIndex(segments),
  rules: [
    rule('r-pju-malang', 'pju', 'pu-malang', '35.07'),
    rule('r-pju', 'pju', 'dishub-malang'),
    rule('r-trees', 'pohon_tumbang', 'dlh'),
    rule('r-signs', 'rambu_marka', 'dishub-jatim', null, 'provinsi'),
  ],
  agencies: new Map(agencies.map((a) => [a.id, a])),
};
const asOf = '2026-05-04';
const suggest = (input: Parameters<typeof suggestOwner>[0]) =>
  suggestOwner(input, context).suggestion;

describe('owner suggestion on a crafted registry', () => {
  it('a point on the provincial segment: its UPT, high, with the evidence', () => {
    const s = suggest({ lat: -8.0001, lng: 112.605, asOf });
    expect(s).toMatchObject({
      basis: 'segment',
      agencyId: 'upt',
      confidence: 'high',
      roadStatus: 'provinsi',
    });
    expect(s.candidates[0].evidence).toMatchObject({
      segmentId: 's1',
      linkNumber: '146',
      registryVersionId: 'v1',
    });
    expect(s.candidates[0].evidence.distanceMeters).toBeCloseTo(11.1, 0);
    expect(s.explanation.id).toContain(
      '11 m dari ruas jalan provinsi Malang–Blitar (link 146, km 80–95)',
    );
  });

  it('a point on the national road: BBPJN', () => {
    expect(suggest({ lat: -8.0099, lng: 112.615, asOf })).toMatchObject({
      basis: 'segment',
      agencyId: 'bbpjn',
      roadStatus: 'nasional',
    });
  });

  it('a point on a regency road: the regency office', () => {
    expect(suggest({ lat: -8.0, lng: 112.64, asOf })).toMatchObject({
      basis: 'segment',
      agencyId: 'pu-malang',
      confidence: 'high',
      roadStatus: 'kabupaten',
    });
  });

  it('a point at a junction of two owners is ambiguous and lists both', () => {
    const s = suggest({ lat: -7.9999, lng: 112.6101, asOf });
    expect(s.basis).toBe('ambiguous');
    expect(s.agencyId).toBeNull();
    expect(s.candidates.map((c) => c.agencyId).sort()).toEqual(['pu-malang', 'upt']);
  });

  it('a second owner farther than 15 m beyond the nearest does not make it ambiguous', () => {
    // 5.5 m from the provincial road, ~33 m from the junction road.
    const s = suggest({ lat: -7.99995, lng: 112.6097, asOf });
    expect(s).toMatchObject({ basis: 'segment', agencyId: 'upt' });
  });

  it('far from any road falls back to the area, or to nothing without one', () => {
    expect(suggest({ lat: -7.9, lng: 112.9, regencyCode: '35.07', asOf })).toMatchObject({
      basis: 'area',
      agencyId: 'pu-malang',
      confidence: 'low',
      roadStatus: null,
    });
    expect(suggest({ lat: -7.9, lng: 112.9, asOf })).toMatchObject({
      basis: 'none',
      agencyId: null,
    });
  });

  it('a text naming a road gets its owner without a point', () => {
    const s = suggest({ text: 'Banyak lubang di jl raya lawang dekat pasar', asOf });
    expect(s).toMatchObject({ basis: 'road_name', agencyId: 'bbpjn', confidence: 'medium' });
    expect(s.candidates[0].evidence.matchedText).toBe('raya lawang');
    expect(suggest({ text: 'jalan provinsi Malang-Blitar rusak', asOf })).toMatchObject({
      basis: 'road_name',
      agencyId: 'upt',
    });
    expect(suggest({ text: 'ruas link 146 km 90', asOf })).toMatchObject({ agencyId: 'upt' });
  });

  it('judges by the registry valid at the date: Bangkalan before and after it became national', () => {
    const point = { lat: -7.065, lng: 112.775 };
    // The midpoint of the line.
    const at = (date: string) => suggest({ ...point, asOf: date });
    expect(at('2025-06-01')).toMatchObject({ agencyId: 'upt', roadStatus: 'provinsi' });
    expect(at('2026-03-01')).toMatchObject({ agencyId: 'bbpjn', roadStatus: 'nasional' });
  });

  it('routing rules: every rule of the set', () => {
    // Street lights in Kabupaten Malang → its Dinas PU; elsewhere → Dishub.
    expect(suggest({ category: 'pju', regencyCode: '35.07', asOf })).toMatchObject({
      basis: 'routing_rule',
      agencyId: 'pu-malang',
    });
    expect(suggest({ category: 'pju', regencyCode: '35.26', asOf }).agencyId).toBe('dishub-malang');
    // Trees → DLH, even on a road.
    expect(suggest({ category: 'pohon_tumbang', lat: -8.0001, lng: 112.605, asOf })).toMatchObject({
      basis: 'routing_rule',
      agencyId: 'dlh',
      roadStatus: 'provinsi',
    });
    // Signs on a provincial road → Dishub Jatim; on a regency road the road's owner.
    const signs = suggest({ category: 'rambu_marka', lat: -8.0001, lng: 112.605, asOf });
    expect(signs).toMatchObject({ basis: 'routing_rule', agencyId: 'dishub-jatim' });
    expect(signs.candidates[0].evidence).toMatchObject({ ruleId: 'r-signs', segmentId: 's1' });
    expect(suggest({ category: 'rambu_marka', lat: -8.0, lng: 112.64, asOf })).toMatchObject({
      basis: 'segment',
      agencyId: 'pu-malang',
    });
  });
});

describe('the index', () => {
  it('answers like a scan of every segment', () => {
    const index = context.index;
    for (let i = 0; i < 300; i++) {
      const lat = -8.02 + (i % 17) * 0.0015;
      const lng = 112.59 + Math.floor(i / 17) * 0.0035;
      expect(index.near(lat, lng, 45, asOf)).toEqual(index.nearByScan(lat, lng, 45, asOf));
    }
  });

  it('measures metres on WGS84', () => {
    // 0.001° of latitude ≈ 111.2 m.
    expect(distanceToLine(-8.001, 112.61, segments[0].geometry)).toBeCloseTo(111.2, 0);
  });
});

describe('geometry checks', () => {
  it.each([
    [null, 'geometry is missing'],
    [{ type: 'Point', coordinates: [112, -7] }, 'LineString or MultiLineString'],
    [{ type: 'LineString', coordinates: [[112, -7]] }, 'at least two positions'],
    [
      {
        type: 'LineString',
        coordinates: [
          [112, -7],
          [200, -7],
        ],
      },
      'longitude must be within',
    ],
    [
      {
        type: 'LineString',
        coordinates: [
          [112, -7],
          ['a', -7],
        ],
      },
      '[longitude, latitude] numbers',
    ],
    [{ type: 'MultiLineString', coordinates: [] }, 'has no lines'],
  ])('refuses %j', (geometry, message) => {
    expect(geometryProblem(geometry)?.en).toContain(message);
  });

  it('parses WKT lines', () => {
    expect(parseWktLine('LINESTRING (112.6 -8, 112.62 -8)')).toEqual({
      type: 'LineString',
      coordinates: [
        [112.6, -8],
        [112.62, -8],
      ],
    });
    expect(parseWktLine('MULTILINESTRING ((1 2, 3 4), (5 6, 7 8))')?.coordinates).toHaveLength(2);
    expect(parseWktLine('POINT (1 2)')).toBeNull();
    expect(parseWktLine('LINESTRING (1 x, 2 3)')).toBeNull();
  });
});
