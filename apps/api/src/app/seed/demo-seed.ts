import type { LoggerService } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import type {
  CaseChannel,
  CaseClassification,
  MembershipRole,
  ParticipantRole,
} from '@simpul/contracts';
import { ARGON2_OPTIONS } from '../auth/password-hasher';
import { DPU_BM_JATIM, regencyOfficeCode } from './east-java';
import * as argon2 from 'argon2';
import {
  computeDeadline,
  DEFAULT_SLA_RULES,
  resolveSlaDefinition,
  withShippedDecrees,
  WorkingCalendar,
} from '@simpul/sla';

const DEMO_SEED_KEY = 'demo_seed_version';

/** Shared by every demo account; printed at start in demo mode and listed in the README. */
export const DEMO_PASSWORD = 'Simpul#Demo2026';

export interface DemoUser {
  email: string;
  name: string;
  superadmin?: boolean;
  memberships: [agencyCode: string, role: MembershipRole][];
}

export const DEMO_USERS: DemoUser[] = [
  {
    email: 'superadmin@demo.simpul.id',
    name: 'Superadmin Simpul',
    superadmin: true,
    memberships: [],
  },
  {
    email: 'admin.dpubm@demo.simpul.id',
    name: 'Rina Wulandari',
    memberships: [[DPU_BM_JATIM, 'admin']],
  },
  {
    email: 'pimpinan.dpubm@demo.simpul.id',
    name: 'Ir. Bambang Setiawan',
    memberships: [[DPU_BM_JATIM, 'pimpinan']],
  },
  {
    email: 'humas.dpubm@demo.simpul.id',
    name: 'Dewi Lestari',
    memberships: [[DPU_BM_JATIM, 'humas']],
  },
  {
    email: 'admin.malang@demo.simpul.id',
    name: 'Siti Rahmawati',
    memberships: [['upt-pjj-malang', 'admin']],
  },
  {
    email: 'petugas.malang@demo.simpul.id',
    name: 'Agus Prasetyo',
    memberships: [['upt-pjj-malang', 'petugas']],
  },
  {
    email: 'petugas.bojonegoro@demo.simpul.id',
    name: 'Hendra Gunawan',
    memberships: [['upt-pjj-bojonegoro', 'petugas']],
  },
  {
    email: 'admin.surabaya@demo.simpul.id',
    name: 'Fitri Handayani',
    memberships: [[regencyOfficeCode('35.78'), 'admin']],
  },
  {
    email: 'petugas.surabaya@demo.simpul.id',
    name: 'Yusuf Hidayat',
    memberships: [[regencyOfficeCode('35.78'), 'petugas']],
  },
  {
    email: 'petugas.dishub@demo.simpul.id',
    name: 'Wahyu Santoso',
    memberships: [['dishub-jatim', 'petugas']],
  },
  {
    email: 'admin.diskominfo@demo.simpul.id',
    name: 'Andi Kurniawan',
    memberships: [['diskominfo-jatim', 'admin']],
  },
  // The other sides of a handoff (pelimpahan) and a collaboration: the national road authority
  // and a regency's public-works office.
  {
    email: 'admin.bbpjn@demo.simpul.id',
    name: 'Lukman Hakim',
    memberships: [['bbpjn-jatim-bali', 'admin']],
  },
  {
    email: 'petugas.bbpjn@demo.simpul.id',
    name: 'Rizky Ramadhan',
    memberships: [['bbpjn-jatim-bali', 'petugas']],
  },
  {
    email: 'admin.kabmalang@demo.simpul.id',
    name: 'Sri Wahyuni',
    memberships: [[regencyOfficeCode('35.07'), 'admin']],
  },
  {
    email: 'petugas.kabmalang@demo.simpul.id',
    name: 'Eko Susanto',
    memberships: [[regencyOfficeCode('35.07'), 'petugas']],
  },
  {
    email: 'nur.aini@demo.simpul.id',
    name: 'Nur Aini',
    memberships: [
      ['upt-pjj-malang', 'petugas'],
      [DPU_BM_JATIM, 'humas'],
    ],
  },
];

interface DemoReport {
  trackingId: string | null;
  name: string;
  contact: string;
  nik: string | null;
  anonymous: boolean;
  confidential: boolean;
}

interface DemoCase {
  title: string;
  description: string;
  classification: CaseClassification;
  channel: CaseChannel;
  category: string;
  intakeAgencyCode: string;
  participants: [agencyCode: string, role: ParticipantRole][];
  regencyCode: string | null;
  locationText: string | null;
  daysAgo: number;
  report: DemoReport;
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
    intakeAgencyCode: 'upt-pjj-malang',
    participants: [['upt-pjj-malang', 'lead']],
    regencyCode: '35.07',
    locationText: 'Jl. Raya Kepanjen, depan Pasar Kepanjen, Kec. Kepanjen, Kab. Malang',
    daysAgo: 2,
    report: {
      trackingId: '7512034',
      name: 'Slamet Riyadi',
      contact: '081234567890',
      nik: '3507121203850004',
      anonymous: false,
      confidential: false,
    },
  },
  {
    title: 'Jembatan retak di jalur Bojonegoro–Babat',
    description:
      'Lantai jembatan di jalur Bojonegoro ke Babat retak memanjang dan terasa bergetar kalau truk lewat. Warga khawatir ambruk saat musim hujan.',
    classification: 'pengaduan',
    channel: 'whatsapp',
    category: 'jembatan',
    intakeAgencyCode: 'upt-pjj-bojonegoro',
    participants: [
      ['upt-pjj-bojonegoro', 'lead'],
      ['dishub-jatim', 'observer'],
    ],
    regencyCode: '35.22',
    locationText: 'Jalur Bojonegoro–Babat, Kec. Kanor',
    daysAgo: 4,
    report: {
      trackingId: null,
      name: 'Mbah Karto',
      contact: '085712340001',
      nik: null,
      anonymous: false,
      confidential: false,
    },
  },
  {
    title: 'Jalan rusak parah dekat pasar',
    description:
      'min jalan rusak parah dekat pasar, tiap hujan jadi kubangan. kapan diperbaiki?? sudah lapor berkali2',
    classification: 'pengaduan',
    channel: 'instagram',
    category: 'jalan_rusak',
    intakeAgencyCode: DPU_BM_JATIM,
    participants: [[DPU_BM_JATIM, 'lead']],
    regencyCode: null,
    locationText: null,
    daysAgo: 1,
    report: {
      trackingId: null,
      name: 'Rizky Ananda',
      contact: '@rizky.ananda',
      nik: null,
      anonymous: true,
      confidential: false,
    },
  },
  {
    title: 'Lampu PJU mati sepanjang Jl. Ahmad Yani Surabaya',
    description:
      'Lampu penerangan jalan di Jl. Ahmad Yani sisi selatan dari Bundaran Waru sampai Jemursari mati semua sejak Jumat. Rawan kecelakaan dan begal.',
    classification: 'pengaduan',
    channel: 'phone',
    category: 'pju',
    intakeAgencyCode: regencyOfficeCode('35.78'),
    participants: [
      [regencyOfficeCode('35.78'), 'lead'],
      ['dishub-jatim', 'collaborator'],
    ],
    regencyCode: '35.78',
    locationText: 'Jl. Ahmad Yani, Surabaya (Bundaran Waru – Jemursari)',
    daysAgo: 3,
    report: {
      trackingId: '7512101',
      name: 'Lina Marlina',
      contact: '031-8412345',
      nik: '3578015607900002',
      anonymous: false,
      confidential: true,
    },
  },
  {
    title: 'Pohon tumbang menutup jalan di Kec. Pacet',
    description:
      'Pohon besar tumbang setelah hujan angin dan menutup separuh jalan di Desa Padusan, Kec. Pacet, Kab. Mojokerto. Kendaraan harus bergantian lewat.',
    classification: 'pengaduan',
    channel: 'whatsapp',
    category: 'pohon_tumbang',
    intakeAgencyCode: regencyOfficeCode('35.16'),
    participants: [
      [regencyOfficeCode('35.16'), 'lead'],
      ['dlh-jatim', 'observer'],
    ],
    regencyCode: '35.16',
    locationText: 'Desa Padusan, Kec. Pacet, Kab. Mojokerto',
    daysAgo: 0,
    report: {
      trackingId: null,
      name: 'Joko Susilo',
      contact: '082233445566',
      nik: null,
      anonymous: false,
      confidential: false,
    },
  },
  {
    title: 'Usulan rambu batas kecepatan di depan SDN Sumbersari',
    description:
      'Mohon dipasang rambu batas kecepatan dan zebra cross di depan SDN Sumbersari. Banyak kendaraan ngebut saat anak-anak pulang sekolah.',
    classification: 'aspirasi',
    channel: 'letter',
    category: 'rambu_marka',
    intakeAgencyCode: 'dishub-jatim',
    participants: [['dishub-jatim', 'lead']],
    regencyCode: '35.73',
    locationText: 'Jl. Sumbersari, Kota Malang',
    daysAgo: 6,
    report: {
      trackingId: null,
      name: 'Komite SDN Sumbersari',
      contact: 'komite.sdn.sumbersari@example.sch.id',
      nik: null,
      anonymous: false,
      confidential: false,
    },
  },
];

async function agencyId(manager: EntityManager, code: string): Promise<string> {
  const [row]: { id: string }[] = await manager.query(`SELECT id FROM agency WHERE code = $1`, [
    code,
  ]);
  if (!row) throw new Error(`demo seed: unknown agency ${code}`);
  return row.id;
}

async function seedCases(manager: EntityManager): Promise<void> {
  for (const demo of DEMO_CASES) {
    const intake = await agencyId(manager, demo.intakeAgencyCode);
    const [{ id }] = await manager.query(
      `INSERT INTO "case" ("number", "title", "description", "classification", "channel", "category",
         "intake_agency_id", "regency_code", "location_text", "created_at", "updated_at")
       VALUES ('SMP-' || to_char(now(), 'YYYY') || '-' || lpad(nextval('case_number_seq')::text, 6, '0'),
               $1, $2, $3, $4, $5, $6, $7, $8, now() - make_interval(days => $9), now() - make_interval(days => $9))
       RETURNING id`,
      [
        demo.title,
        demo.description,
        demo.classification,
        demo.channel,
        demo.category,
        intake,
        demo.regencyCode,
        demo.locationText,
        demo.daysAgo,
      ],
    );
    await manager.query(
      `INSERT INTO case_event (case_id, seq, at, type, actor_agency_id, after)
       SELECT id, 1, created_at, 'case.created', intake_agency_id, jsonb_build_object('status', status, 'title', title) FROM "case" WHERE id = $1`,
      [id],
    );
    await manager.query(`UPDATE "case" SET last_event_seq = 1 WHERE id = $1`, [id]);
    await seedClocks(manager, id, demo);
    for (const [code, role] of demo.participants) {
      await manager.query(
        `INSERT INTO case_participant (case_id, agency_id, role) VALUES ($1, $2, $3)`,
        [id, await agencyId(manager, code), role],
      );
    }
    const r = demo.report;
    await manager.query(
      `INSERT INTO case_report (case_id, tracking_id, reporter_name, reporter_contact, reporter_nik, anonymous, confidential)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [id, r.trackingId, r.name, r.contact, r.nik, r.anonymous, r.confidential],
    );
  }
}

/** The clocks intake would have started, so demo cases show real deadlines (some overdue). */
async function seedClocks(manager: EntityManager, caseId: string, demo: DemoCase): Promise<void> {
  const [{ created_at: startedAt }]: { created_at: Date }[] = await manager.query(
    `SELECT created_at FROM "case" WHERE id = $1`,
    [caseId],
  );
  // The calendar the clocks use on a fresh database: the library and the shipped decrees.
  const calendar = new WorkingCalendar({ overrides: withShippedDecrees([]) });
  for (const clock of ['verification', 'social_media_response'] as const) {
    const definition = resolveSlaDefinition(DEFAULT_SLA_RULES, clock, {
      category: demo.category,
      channel: demo.channel,
    });
    if (!definition) continue;
    const { deadline } = computeDeadline(definition, startedAt, [], calendar);
    await manager.query(
      `INSERT INTO case_clock (case_id, clock, kind, amount, started_at, deadline) VALUES ($1, $2, $3, $4, $5, $6)`,
      [caseId, clock, definition.kind, definition.amount, startedAt, deadline],
    );
  }
}

async function seedUsers(manager: EntityManager): Promise<void> {
  const hash = await argon2.hash(DEMO_PASSWORD, ARGON2_OPTIONS);
  for (const user of DEMO_USERS) {
    const [{ id }] = await manager.query(
      `INSERT INTO app_user (email, name, password_hash, is_superadmin) VALUES ($1, $2, $3, $4)
       ON CONFLICT (lower(email)) DO UPDATE SET name = app_user.name RETURNING id`,
      [user.email, user.name, hash, user.superadmin ?? false],
    );
    for (const [code, role] of user.memberships) {
      await manager.query(
        `INSERT INTO membership (user_id, agency_id, role) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
        [id, await agencyId(manager, code), role],
      );
    }
  }
}

/** Sample complaints and demo accounts for demo mode, seeded once per database. */
export async function seedDemoData(dataSource: DataSource, logger: LoggerService): Promise<void> {
  await dataSource.transaction(async (manager) => {
    // Two processes starting at once must not both seed.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [DEMO_SEED_KEY]);
    const done: unknown[] = await manager.query(`SELECT 1 FROM "app_meta" WHERE "key" = $1`, [
      DEMO_SEED_KEY,
    ]);
    if (done.length > 0) return;
    await seedCases(manager);
    await seedUsers(manager);
    await manager.query(`INSERT INTO "app_meta" ("key", "value") VALUES ($1, '1')`, [
      DEMO_SEED_KEY,
    ]);
    logger.log(
      `Data contoh ditambahkan / demo data seeded: ${DEMO_CASES.length} cases, ${DEMO_USERS.length} accounts`,
    );
  });
}
