import { CASE_CATEGORIES, type CaseCategory } from '@simpul/contracts';
import type { Open311Service } from './open311.types';

type ServiceText = Pick<Open311Service, 'service_name' | 'description' | 'keywords' | 'group'>;

const ROADS = 'Jalan dan jembatan';
const ROAD_FURNITURE = 'Perlengkapan jalan';

/** Our case categories as Open311 services, in the words a citizen would use. */
const SERVICE_TEXTS: Record<CaseCategory, ServiceText> = {
  jalan_rusak: {
    service_name: 'Jalan rusak / berlubang',
    description: 'Jalan berlubang, amblas, retak atau bergelombang.',
    keywords: 'jalan, lubang, berlubang, amblas, aspal, rusak',
    group: ROADS,
  },
  jembatan: {
    service_name: 'Jembatan rusak',
    description: 'Jembatan retak, ambrol, atau pagar pengamannya rusak.',
    keywords: 'jembatan, retak, ambrol, pagar jembatan',
    group: ROADS,
  },
  drainase: {
    service_name: 'Saluran air / drainase',
    description: 'Saluran tepi jalan tersumbat, gorong-gorong rusak, atau genangan di jalan.',
    keywords: 'drainase, saluran, gorong-gorong, genangan, banjir',
    group: ROADS,
  },
  longsor: {
    service_name: 'Tanah longsor',
    description: 'Longsor yang menutup atau mengancam badan jalan.',
    keywords: 'longsor, tebing, tanah, bencana',
    group: 'Bencana',
  },
  pju: {
    service_name: 'Penerangan jalan umum (PJU)',
    description: 'Lampu penerangan jalan mati, berkedip, atau tiangnya rusak.',
    keywords: 'pju, lampu jalan, penerangan, tiang lampu',
    group: ROAD_FURNITURE,
  },
  rambu_marka: {
    service_name: 'Rambu dan marka jalan',
    description: 'Rambu hilang atau rusak, marka pudar, lampu lalu lintas mati.',
    keywords: 'rambu, marka, lampu lalu lintas, traffic light',
    group: ROAD_FURNITURE,
  },
  pohon_tumbang: {
    service_name: 'Pohon tumbang',
    description: 'Pohon tumbang atau rawan tumbang di tepi jalan.',
    keywords: 'pohon, tumbang, dahan, ranting',
    group: 'Lingkungan',
  },
  galian_utilitas: {
    service_name: 'Galian utilitas',
    description:
      'Bekas galian PLN, PDAM, Telkom atau lainnya yang tidak dikembalikan seperti semula.',
    keywords: 'galian, utilitas, pln, pdam, telkom, kabel, pipa',
    group: 'Utilitas',
  },
  lainnya: {
    service_name: 'Lainnya',
    description: 'Aduan lain tentang jalan dan jembatan.',
    keywords: 'lainnya, umum',
    group: 'Lainnya',
  },
};

const SERVICES: readonly Open311Service[] = CASE_CATEGORIES.map((code) => ({
  service_code: code,
  ...SERVICE_TEXTS[code],
  metadata: false,
  type: 'realtime',
}));

/** The service list: the one place it comes from (it will follow the managed categories). */
export function open311Services(): readonly Open311Service[] {
  return SERVICES;
}

export function isServiceCode(code: string): code is CaseCategory {
  return (CASE_CATEGORIES as readonly string[]).includes(code);
}

/** The service name of a case category; a category outside the catalogue shows as its code. */
export function serviceName(code: string): string {
  return isServiceCode(code) ? SERVICE_TEXTS[code].service_name : code;
}
