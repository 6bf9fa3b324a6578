import type { LoggerService } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { CaseChannel, CaseClassification } from '@simpul/contracts';
import { DPU_BM_JATIM, regencyOfficeCode } from './east-java';

const DEMO_SEED_KEY = 'demo_seed_version';
const DEMO_SEED_VERSION = 1;

interface DemoCase {
  title: string;
  description: string;
  classification: CaseClassification;
  channel: CaseChannel;
  category: string;
  leadAgencyCode: string;
  regencyCode: string | null;
  locationText: string | null;
  daysAgo: number;
}

/** Realistic sample complaints, as East Java citizens write them (DOMAIN.md §2–4). */
export const DEMO_CASES: DemoCase[] = [
  {
    title: 'Jalan berlubang besar di Jl. Raya Kepanjen dekat Pasar Kepanjen',
    description:
      'Sudah dua minggu ada lubang besar di jalan raya Kepanjen arah Malang, persis sebelum Pasar Kepanjen. Semalam ada pengendara motor jatuh. Mohon segera ditambal sebelum ada korban lagi.',
    classification: 'pengaduan',
    channel: 'lapor',
    category: 'jalan_rusak',
    leadAgencyCode: 'upt-pjj-malang',
    regencyCode: '35.07',
    locationText: 'Jl. Raya Kepanjen, depan Pasar Kepanjen, Kec. Kepanjen, Kab. Malang',
    daysAgo: 2,
  },
  {
    title: 'Jembatan retak di jalur Bojonegoro–Babat',
    description:
      'Lantai jembatan di jalur Bojonegoro ke Babat retak memanjang dan terasa bergetar kalau truk lewat. Warga khawatir ambruk saat musim hujan.',
    classification: 'pengaduan',
    channel: 'whatsapp',
    category: 'jembatan',
    leadAgencyCode: 'upt-pjj-bojonegoro',
    regencyCode: '35.22',
    locationText: 'Jalur Bojonegoro–Babat, Kec. Kanor',
    daysAgo: 4,
  },
  {
    title: 'Jalan rusak parah dekat pasar',
    description:
      'min jalan rusak parah dekat pasar, tiap hujan jadi kubangan. kapan diperbaiki?? sudah lapor berkali2',
    classification: 'pengaduan',
    channel: 'instagram',
    category: 'jalan_rusak',
    leadAgencyCode: DPU_BM_JATIM,
    regencyCode: null,
    locationText: null,
    daysAgo: 1,
  },
  {
    title: 'Lampu PJU mati sepanjang Jl. Ahmad Yani Surabaya',
    description:
      'Lampu penerangan jalan di Jl. Ahmad Yani sisi selatan dari Bundaran Waru sampai Jemursari mati semua sejak Jumat. Rawan kecelakaan dan begal.',
    classification: 'pengaduan',
    channel: 'phone',
    category: 'pju',
    leadAgencyCode: regencyOfficeCode('35.78'),
    regencyCode: '35.78',
    locationText: 'Jl. Ahmad Yani, Surabaya (Bundaran Waru – Jemursari)',
    daysAgo: 3,
  },
  {
    title: 'Pohon tumbang menutup jalan di Kec. Pacet',
    description:
      'Pohon besar tumbang setelah hujan angin dan menutup separuh jalan di Desa Padusan, Kec. Pacet, Kab. Mojokerto. Kendaraan harus bergantian lewat.',
    classification: 'pengaduan',
    channel: 'whatsapp',
    category: 'pohon_tumbang',
    leadAgencyCode: regencyOfficeCode('35.16'),
    regencyCode: '35.16',
    locationText: 'Desa Padusan, Kec. Pacet, Kab. Mojokerto',
    daysAgo: 0,
  },
  {
    title: 'Usulan rambu batas kecepatan di depan SDN Sumbersari',
    description:
      'Mohon dipasang rambu batas kecepatan dan zebra cross di depan SDN Sumbersari. Banyak kendaraan ngebut saat anak-anak pulang sekolah.',
    classification: 'aspirasi',
    channel: 'letter',
    category: 'rambu_marka',
    leadAgencyCode: 'dishub-jatim',
    regencyCode: '35.73',
    locationText: 'Jl. Sumbersari, Kota Malang',
    daysAgo: 6,
  },
];

/** Sample complaints for demo mode, seeded once per database. */
export async function seedDemoData(dataSource: DataSource, logger: LoggerService): Promise<void> {
  await dataSource.transaction(async (manager) => {
    // Locks the marker row's key so two starting processes cannot both seed.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [DEMO_SEED_KEY]);
    const done: unknown[] = await manager.query(`SELECT 1 FROM "app_meta" WHERE "key" = $1`, [
      DEMO_SEED_KEY,
    ]);
    if (done.length > 0) return;
    for (const demo of DEMO_CASES) {
      await manager.query(
        `INSERT INTO "case" ("number", "title", "description", "classification", "channel", "category",
           "lead_agency_id", "regency_code", "location_text", "created_at", "updated_at")
         SELECT 'SMP-' || to_char(now(), 'YYYY') || '-' || lpad(nextval('case_number_seq')::text, 6, '0'),
                $1, $2, $3, $4, $5, a."id", $7, $8, now() - make_interval(days => $9), now() - make_interval(days => $9)
         FROM "agency" a WHERE a."code" = $6`,
        [
          demo.title,
          demo.description,
          demo.classification,
          demo.channel,
          demo.category,
          demo.leadAgencyCode,
          demo.regencyCode,
          demo.locationText,
          demo.daysAgo,
        ],
      );
    }
    await manager.query(`INSERT INTO "app_meta" ("key", "value") VALUES ($1, $2)`, [
      DEMO_SEED_KEY,
      JSON.stringify(DEMO_SEED_VERSION),
    ]);
    logger.log(`Data contoh ditambahkan / demo cases seeded: ${DEMO_CASES.length}`);
  });
}
