import type { LoggerService } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { GeoJsonPosition, RoadStatus } from '@simpul/contracts';
import { runQuery } from '../database/typed-query';
import { bboxOfLine } from '../jurisdiction/geo/road-geometry';
import {
  agencyCodes,
  closeSuperseded,
  createVersion,
  finishVersion,
  insertSegments,
  sampleVersionExists,
} from '../jurisdiction/road-registry.queries';
import { insertRule } from '../jurisdiction/routing-rules.queries';

/**
 * The SAMPLE road network of demo mode: straight lines between town centres of East Java, not
 * official data. Agencies import the real registry (GeoJSON or CSV) on the registry page.
 */
export const SAMPLE_SOURCE_NOTE =
  'SAMPLE: garis lurus antar koordinat pusat kota (perkiraan, dari peta umum), bukan data resmi / straight lines between approximate town-centre coordinates, not official data';

/** Approximate town-centre coordinates [lng, lat] (WGS84), rounded to about 100 m. */
export const SAMPLE_TOWNS = {
  surabaya: [112.7521, -7.2575],
  sidoarjo: [112.7183, -7.4478],
  lawang: [112.6946, -7.8355],
  singosari: [112.6636, -7.8925],
  malang: [112.6326, -7.9666],
  kepanjen: [112.572, -8.1302],
  wlingi: [112.3258, -8.0794],
  blitar: [112.1609, -8.0955],
  gondanglegi: [112.6365, -8.1757],
  bangkalan: [112.7351, -7.0455],
  kamal: [112.716, -7.157],
  tanahMerah: [112.879, -7.079],
} satisfies Record<string, GeoJsonPosition>;
type Town = keyof typeof SAMPLE_TOWNS;

interface SampleSegment {
  name: string;
  status: RoadStatus;
  agencyCode: string;
  route: Town[];
  linkNumber: string | null;
  km: [number, number] | null;
  regencyCode: string;
}

/** A straight line through the towns, with a position every ~500 m so the map draws it smoothly. */
export function sampleLine(route: Town[]): GeoJsonPosition[] {
  const positions: GeoJsonPosition[] = [];
  for (let i = 1; i < route.length; i++) {
    const [aLng, aLat] = SAMPLE_TOWNS[route[i - 1]];
    const [bLng, bLat] = SAMPLE_TOWNS[route[i]];
    const steps = Math.max(1, Math.round(Math.hypot(bLng - aLng, bLat - aLat) / 0.0045));
    for (let s = i === 1 ? 0 : 1; s <= steps; s++)
      positions.push([
        Math.round((aLng + ((bLng - aLng) * s) / steps) * 1e6) / 1e6,
        Math.round((aLat + ((bLat - aLat) * s) / steps) * 1e6) / 1e6,
      ]);
  }
  return positions;
}

/** The sample network in force since 2020: national, provincial, regency roads. */
const NETWORK_2020: SampleSegment[] = [
  {
    name: 'SAMPLE Jl. Raya Surabaya–Sidoarjo',
    status: 'nasional',
    agencyCode: 'bbpjn-jatim-bali',
    route: ['surabaya', 'sidoarjo'],
    linkNumber: null,
    km: null,
    regencyCode: '35.15',
  },
  {
    name: 'SAMPLE Jl. Raya Lawang',
    status: 'nasional',
    agencyCode: 'bbpjn-jatim-bali',
    route: ['lawang', 'singosari', 'malang'],
    linkNumber: null,
    km: null,
    regencyCode: '35.07',
  },
  {
    name: 'SAMPLE Malang–Kepanjen',
    status: 'provinsi',
    agencyCode: 'upt-pjj-malang',
    route: ['malang', 'kepanjen'],
    linkNumber: '146',
    km: [90, 110],
    regencyCode: '35.07',
  },
  {
    name: 'SAMPLE Kepanjen–Blitar',
    status: 'provinsi',
    agencyCode: 'upt-pjj-kediri',
    route: ['kepanjen', 'wlingi', 'blitar'],
    linkNumber: '146',
    km: [110, 160],
    regencyCode: '35.05',
  },
  {
    name: 'SAMPLE Jl. Raya Kepanjen–Gondanglegi',
    status: 'kabupaten',
    agencyCode: 'pu-35-07',
    route: ['kepanjen', 'gondanglegi'],
    linkNumber: null,
    km: null,
    regencyCode: '35.07',
  },
  {
    name: 'SAMPLE Bangkalan–Kamal',
    status: 'provinsi',
    agencyCode: 'upt-pjj-pamekasan',
    route: ['bangkalan', 'kamal'],
    linkNumber: '001',
    km: [0, 15],
    regencyCode: '35.26',
  },
  {
    name: 'SAMPLE Bangkalan–Tanah Merah',
    status: 'provinsi',
    agencyCode: 'upt-pjj-pamekasan',
    route: ['bangkalan', 'tanahMerah'],
    linkNumber: '002',
    km: [0, 20],
    regencyCode: '35.26',
  },
];

/** Bangkalan's provincial roads became national: a new version, not an edit. */
const NETWORK_2025: SampleSegment[] = NETWORK_2020.filter((s) => s.regencyCode === '35.26').map(
  (s) => ({ ...s, status: 'nasional', agencyCode: 'bbpjn-jatim-bali' }),
);

/** The sample routing rules (DOMAIN.md §3): category × regency × road status → agency. */
export const SAMPLE_RULES: {
  category: string;
  regencyCode: string | null;
  roadStatus: RoadStatus | null;
  agencyCode: string;
  note: string;
}[] = [
  {
    category: 'pju',
    regencyCode: '35.07',
    roadStatus: null,
    agencyCode: 'pu-35-07',
    note: 'SAMPLE: PJU di Kabupaten Malang dikelola Dinas PU',
  },
  {
    category: 'pju',
    regencyCode: null,
    roadStatus: null,
    agencyCode: 'dishub-jatim',
    note: 'SAMPLE: PJU di wilayah lain dikelola Dishub',
  },
  {
    category: 'pohon_tumbang',
    regencyCode: null,
    roadStatus: null,
    agencyCode: 'dlh-jatim',
    note: 'SAMPLE: pohon tepi jalan oleh DLH',
  },
  {
    category: 'rambu_marka',
    regencyCode: null,
    roadStatus: 'provinsi',
    agencyCode: 'dishub-jatim',
    note: 'SAMPLE: rambu dan marka di jalan provinsi oleh Dishub Jatim',
  },
];

export const SAMPLE_VERSIONS: { label: string; validFrom: string; network: SampleSegment[] }[] = [
  { label: 'SAMPLE jaringan jalan contoh 2020', validFrom: '2020-01-01', network: NETWORK_2020 },
  {
    label: 'SAMPLE Bangkalan menjadi jalan nasional (2025)',
    validFrom: '2025-01-01',
    network: NETWORK_2025,
  },
];

/** Seeds the SAMPLE network and rules once (demo mode only); an imported registry replaces it. */
export async function seedSampleRoadNetwork(
  dataSource: DataSource,
  logger: LoggerService,
): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await manager.query(`SELECT set_config('simpul.system', 'on', true)`);
    if ((await runQuery(manager, sampleVersionExists, undefined)).length > 0) return;
    const agencies = await runQuery(manager, agencyCodes, undefined);
    const idOf = (code: string) => {
      const agency = agencies.find((a) => a.code === code);
      if (!agency) throw new Error(`road sample: unknown agency ${code}`);
      return agency.id;
    };
    for (const version of SAMPLE_VERSIONS) {
      const [row] = await runQuery(manager, createVersion, {
        source: 'sample',
        label: version.label,
        fileName: null,
        isSample: true,
        validFrom: version.validFrom,
        totalFeatures: version.network.length,
        upload: null,
        createdBy: null,
      });
      let closed = 0;
      const linked = version.network.filter((s) => s.linkNumber && s.km);
      if (linked.length)
        closed = (
          await runQuery(manager, closeSuperseded, {
            validFrom: version.validFrom,
            rows: JSON.stringify(
              linked.map((s) => ({
                link_number: s.linkNumber,
                km_from: s.km?.[0],
                km_to: s.km?.[1],
              })),
            ),
          })
        ).length;
      const rows = version.network.map((s) => {
        const geometry = { type: 'LineString' as const, coordinates: sampleLine(s.route) };
        const box = bboxOfLine(geometry);
        return {
          link_number: s.linkNumber,
          km_from: s.km?.[0] ?? null,
          km_to: s.km?.[1] ?? null,
          name: s.name,
          status: s.status,
          regency_code: s.regencyCode,
          district_code: null,
          agency_id: idOf(s.agencyCode),
          geometry,
          min_lng: box.minLng,
          min_lat: box.minLat,
          max_lng: box.maxLng,
          max_lat: box.maxLat,
          source_note: SAMPLE_SOURCE_NOTE,
        };
      });
      await runQuery(manager, insertSegments, {
        versionId: row.id,
        validFrom: version.validFrom,
        rows: JSON.stringify(rows),
      });
      await runQuery(manager, finishVersion, {
        id: row.id,
        status: 'done',
        errors: '[]',
        segmentCount: rows.length,
        closedCount: closed,
      });
    }
    for (const rule of SAMPLE_RULES)
      await runQuery(manager, insertRule, {
        category: rule.category,
        regencyCode: rule.regencyCode,
        roadStatus: rule.roadStatus,
        agencyId: idOf(rule.agencyCode),
        mode: 'suggest',
        note: rule.note,
        isSample: true,
        replacesId: null,
        validFrom: '2020-01-01',
        createdBy: null,
      });
    logger.log(
      `Jaringan jalan SAMPLE ditambahkan / SAMPLE road network seeded: ${NETWORK_2020.length} segments, ${SAMPLE_RULES.length} rules`,
    );
  });
}
