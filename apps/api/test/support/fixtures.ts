import { randomUUID } from 'node:crypto';
import * as argon2 from 'argon2';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import type { CaseEvent, MembershipRole, SessionResponse } from '@simpul/contracts';
import { ARGON2_OPTIONS } from '../../src/app/auth/password-hasher';

export const FIXTURE_PASSWORD = 'fixture-password-123';
export const ROLES: MembershipRole[] = ['admin', 'petugas', 'humas', 'pimpinan'];

let passwordHash: Promise<string> | null = null;
const fixturePasswordHash = () => (passwordHash ??= argon2.hash(FIXTURE_PASSWORD, ARGON2_OPTIONS));

export async function createAgency(
  owner: DataSource,
  label: string,
  options: { parentId?: string; kind?: string } = {},
): Promise<string> {
  const code = `t-${label.toLowerCase()}-${randomUUID().slice(0, 8)}`;
  const [{ id }] = await owner.query(
    `INSERT INTO agency (code, name, short_name, kind, parent_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [
      code,
      `Instansi Uji ${label}`,
      `Uji ${label}`,
      options.kind ?? 'government_body',
      options.parentId ?? null,
    ],
  );
  return id;
}

export async function createUser(
  owner: DataSource,
  memberships: [agencyId: string, role: MembershipRole][],
  options: { superadmin?: boolean; label?: string } = {},
): Promise<{ id: string; email: string }> {
  const email = `${options.label ?? 'user'}-${randomUUID().slice(0, 8)}@test.simpul.id`;
  const [{ id }] = await owner.query(
    `INSERT INTO app_user (email, name, password_hash, is_superadmin) VALUES ($1, $2, $3, $4) RETURNING id`,
    [
      email,
      `Pengguna ${options.label ?? 'uji'}`,
      await fixturePasswordHash(),
      options.superadmin ?? false,
    ],
  );
  for (const [agencyId, role] of memberships) {
    await owner.query(`INSERT INTO membership (user_id, agency_id, role) VALUES ($1, $2, $3)`, [
      id,
      agencyId,
      role,
    ]);
  }
  return { id, email };
}

export interface FixtureCase {
  id: string;
  openReportId: string;
  anonymousReportId: string;
}

/** A case taken in by `intakeAgencyId`, with a named reporter (with NIK) and an anonymous one. */
export async function createCase(
  owner: DataSource,
  intakeAgencyId: string,
  participants: [agencyId: string, role: 'lead' | 'collaborator' | 'observer'][],
): Promise<FixtureCase> {
  const [{ id }] = await owner.query(
    `INSERT INTO "case" (number, title, description, classification, channel, category, intake_agency_id)
     VALUES ('SMP-TEST-' || lpad(nextval('case_number_seq')::text, 6, '0'), 'Jalan berlubang uji', 'Kronologi uji', 'pengaduan', 'whatsapp', 'jalan_rusak', $1)
     RETURNING id`,
    [intakeAgencyId],
  );
  for (const [agencyId, role] of participants) {
    await owner.query(
      `INSERT INTO case_participant (case_id, agency_id, role) VALUES ($1, $2, $3)`,
      [id, agencyId, role],
    );
  }
  const [open] = await owner.query(
    `INSERT INTO case_report (case_id, reporter_name, reporter_contact, reporter_nik, anonymous)
     VALUES ($1, 'Budi Santoso', '081200000001', '3507010101900001', false) RETURNING id`,
    [id],
  );
  const [anonymous] = await owner.query(
    `INSERT INTO case_report (case_id, reporter_name, reporter_contact, reporter_nik, anonymous)
     VALUES ($1, 'Rahasia Pelapor', '081200000002', '3507010101900002', true) RETURNING id`,
    [id],
  );
  return { id, openReportId: open.id, anonymousReportId: anonymous.id };
}

export async function signIn(
  baseUrl: string,
  email: string,
  password = FIXTURE_PASSWORD,
): Promise<SessionResponse> {
  const response = await request(baseUrl)
    .post('/api/auth/sign-in')
    .send({ email, password, client: 'api' });
  if (response.status !== 200)
    throw new Error(
      `sign-in of ${email} failed: ${response.status} ${JSON.stringify(response.body)}`,
    );
  return response.body as SessionResponse;
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** An event's `after` as plain JSON, for comparing one field across events of several types. */
export function afterValues(event: CaseEvent): Readonly<Record<string, unknown>> {
  return Object.fromEntries(Object.entries(event.after ?? {}));
}

/** A case's timeline as the given user reads it (asserts 200). */
export async function caseEvents(
  baseUrl: string,
  token: string,
  caseId: string,
): Promise<CaseEvent[]> {
  const response = await request(baseUrl)
    .get(`/api/cases/${caseId}/events`)
    .set(bearer(token))
    .expect(200);
  return response.body as CaseEvent[];
}
