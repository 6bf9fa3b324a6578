import type { AgencyKind } from '@simpul/contracts';
import { readAreaTable } from '../areas/idn-area-data';

/** Kemendagri code of Jawa Timur. */
export const EAST_JAVA_PROVINCE_CODE = '35';

export interface RegencyRef {
  /** Kemendagri code, e.g. `35.07`. */
  code: string;
  /** Title-cased name, e.g. `Kabupaten Malang`. */
  name: string;
  isCity: boolean;
}

export interface AgencySeed {
  code: string;
  name: string;
  shortName: string;
  kind: AgencyKind;
  parentCode: string | null;
  regencyCodes: string[];
}

function titleCase(upper: string): string {
  return upper
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

export async function loadEastJavaRegencies(): Promise<RegencyRef[]> {
  const all = await readAreaTable('regencies');
  return all
    .filter((r) => r.province_code === EAST_JAVA_PROVINCE_CODE)
    .map((r) => ({ code: r.code, name: titleCase(r.name), isCity: r.name.startsWith('KOTA ') }));
}

/**
 * Regencies each UPT PJJ is seeded with. Which UPT covers which regency is only partly public and
 * a regency can be split between UPTs (routing follows road segments, not regencies), so this is
 * an indicative default that agency admins edit.
 */
const UPT_PJJ_COVERAGE: Record<string, string[]> = {
  Surabaya: ['35.78', '35.15', '35.25'],
  Mojokerto: ['35.16', '35.76', '35.17'],
  Bojonegoro: ['35.22', '35.23', '35.24'],
  Madiun: ['35.19', '35.77', '35.20', '35.21', '35.02'],
  Pacitan: ['35.01', '35.03'],
  Kediri: ['35.06', '35.71', '35.18', '35.04', '35.05', '35.72'],
  Malang: ['35.07', '35.73', '35.79'],
  Pamekasan: ['35.26', '35.27', '35.28', '35.29'],
  Probolinggo: ['35.13', '35.74', '35.14', '35.75', '35.08'],
  Banyuwangi: ['35.10', '35.12'],
  Jember: ['35.09', '35.11'],
};

export const DPU_BM_JATIM = 'dpubm-jatim';

export function regencyOfficeCode(regencyCode: string): string {
  return `pu-${regencyCode.replace('.', '-')}`;
}

/** The agency structure of East Java that every installation starts with (DOMAIN.md §1). */
export function eastJavaAgencies(regencies: RegencyRef[]): AgencySeed[] {
  const allCodes = regencies.map((r) => r.code);
  const provincial = (
    code: string,
    name: string,
    shortName: string,
    kind: AgencyKind = 'government_body',
  ): AgencySeed => ({
    code,
    name,
    shortName,
    kind,
    parentCode: null,
    regencyCodes: allCodes,
  });
  return [
    provincial(
      DPU_BM_JATIM,
      'Dinas Pekerjaan Umum Bina Marga Provinsi Jawa Timur',
      'DPU BM Jatim',
      'provincial_department',
    ),
    ...Object.entries(UPT_PJJ_COVERAGE).map(([city, codes]): AgencySeed => ({
      code: `upt-pjj-${city.toLowerCase()}`,
      name: `UPT Pengelolaan Jalan dan Jembatan ${city}`,
      shortName: `UPT PJJ ${city}`,
      kind: 'field_unit',
      parentCode: DPU_BM_JATIM,
      regencyCodes: codes,
    })),
    provincial(
      'bbpjn-jatim-bali',
      'Balai Besar Pelaksanaan Jalan Nasional Jawa Timur–Bali',
      'BBPJN Jatim–Bali',
      'national_road_authority',
    ),
    ...regencies.map((r): AgencySeed => ({
      code: regencyOfficeCode(r.code),
      name: `Dinas Pekerjaan Umum ${r.name}`,
      shortName: `DPU ${r.isCity ? r.name : r.name.replace('Kabupaten', 'Kab.')}`,
      kind: 'regency_office',
      parentCode: null,
      regencyCodes: [r.code],
    })),
    provincial('dishub-jatim', 'Dinas Perhubungan Provinsi Jawa Timur', 'Dishub Jatim'),
    provincial(
      'diskominfo-jatim',
      'Dinas Komunikasi dan Informatika Provinsi Jawa Timur',
      'Diskominfo Jatim',
    ),
    provincial('dlh-jatim', 'Dinas Lingkungan Hidup Provinsi Jawa Timur', 'DLH Jatim'),
    provincial(
      'bpbd-jatim',
      'Badan Penanggulangan Bencana Daerah Provinsi Jawa Timur',
      'BPBD Jatim',
    ),
    provincial(
      'pln-uid-jatim',
      'PT PLN (Persero) Unit Induk Distribusi Jawa Timur',
      'PLN UID Jatim',
      'utility',
    ),
    provincial('pdam', 'Perusahaan Daerah Air Minum (PDAM)', 'PDAM', 'utility'),
    provincial(
      'telkom-jatim',
      'PT Telkom Indonesia Regional Jawa Timur',
      'Telkom Jatim',
      'utility',
    ),
  ];
}

/**
 * Diskominfo Jatim coordinates SP4N-LAPOR! for the provincial agencies (DOMAIN.md §1): it reads
 * their cases, read-only.
 */
export const EAST_JAVA_COORDINATION: [string, string[]][] = [
  [
    'diskominfo-jatim',
    [
      DPU_BM_JATIM,
      ...Object.keys(UPT_PJJ_COVERAGE).map((city) => `upt-pjj-${city.toLowerCase()}`),
      'dishub-jatim',
      'dlh-jatim',
      'bpbd-jatim',
    ],
  ],
];
