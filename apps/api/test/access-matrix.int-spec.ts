import request from 'supertest';
import type { DataSource } from 'typeorm';
import type { CaseDetail, MembershipRole } from '@simpul/contracts';
import {
  bearer,
  createAgency,
  createCase,
  createUser,
  ROLES,
  signIn,
  type FixtureCase,
} from './support/fixtures';
import { createTestApp, ownerDataSource, type TestApp } from './support/test-app';

/**
 * Role × relationship × resource: every allowed cell works and every forbidden cell is refused,
 * with 404 where the case may not even be read (its existence is never revealed) and 403 where
 * it may be read but not changed.
 */
type Relationship = 'lead' | 'collaborator' | 'observer' | 'ancestor' | 'coordinator' | 'unrelated';
const RELATIONSHIPS: Relationship[] = [
  'lead',
  'collaborator',
  'observer',
  'ancestor',
  'coordinator',
  'unrelated',
];

const canRead = (rel: Relationship, role: MembershipRole) =>
  rel === 'ancestor' ? role !== 'petugas' : rel !== 'unrelated';
const canUpdate = (rel: Relationship, role: MembershipRole) =>
  (rel === 'lead' || rel === 'collaborator') && role !== 'humas';
const isParticipant = (rel: Relationship) =>
  rel === 'lead' || rel === 'collaborator' || rel === 'observer';

describe('access policy matrix (REST)', () => {
  let testApp: TestApp;
  let owner: DataSource;
  let kase: FixtureCase;
  const agencies = {} as Record<Relationship, string>;
  const tokens = {} as Record<`${Relationship}:${MembershipRole}`, string>;

  beforeAll(async () => {
    testApp = await createTestApp();
    owner = await ownerDataSource();
    agencies.ancestor = await createAgency(owner, 'Induk', { kind: 'provincial_department' });
    agencies.lead = await createAgency(owner, 'Utama', {
      parentId: agencies.ancestor,
      kind: 'field_unit',
    });
    agencies.collaborator = await createAgency(owner, 'Kolaborator');
    agencies.observer = await createAgency(owner, 'Pengamat');
    agencies.coordinator = await createAgency(owner, 'Koordinator');
    agencies.unrelated = await createAgency(owner, 'Lain');
    await owner.query(
      `INSERT INTO agency_coordination (coordinator_id, coordinated_id) VALUES ($1, $2)`,
      [agencies.coordinator, agencies.lead],
    );
    kase = await createCase(owner, agencies.lead, [
      [agencies.lead, 'lead'],
      [agencies.collaborator, 'collaborator'],
      [agencies.observer, 'observer'],
    ]);
    for (const rel of RELATIONSHIPS) {
      for (const role of ROLES) {
        const user = await createUser(owner, [[agencies[rel], role]], { label: `${rel}-${role}` });
        tokens[`${rel}:${role}`] = (await signIn(testApp.url, user.email)).accessToken;
      }
    }
  });

  afterAll(async () => {
    await testApp.close();
    await owner.destroy();
  });

  const cells = RELATIONSHIPS.flatMap((rel) => ROLES.map((role) => [rel, role] as const));

  describe.each(cells)('%s agency, role %s', (rel, role) => {
    const token = () => tokens[`${rel}:${role}`];

    it(`case read → ${canRead(rel, role) ? 200 : 404}`, async () => {
      const response = await request(testApp.url).get(`/api/cases/${kase.id}`).set(bearer(token()));
      expect(response.status).toBe(canRead(rel, role) ? 200 : 404);
      if (response.status === 404)
        expect(JSON.stringify(response.body)).not.toContain('Jalan berlubang uji');
    });

    it(`case appears in the list: ${canRead(rel, role)}`, async () => {
      const response = await request(testApp.url)
        .get('/api/cases')
        .set(bearer(token()))
        .expect(200);
      expect((response.body as { id: string }[]).some((c) => c.id === kase.id)).toBe(
        canRead(rel, role),
      );
    });

    it(`case update → ${canUpdate(rel, role) ? 200 : canRead(rel, role) ? 403 : 404}`, async () => {
      const [{ version }] = await owner.query(`SELECT version FROM "case" WHERE id = $1`, [
        kase.id,
      ]);
      const response = await request(testApp.url)
        .patch(`/api/cases/${kase.id}`)
        .set(bearer(token()))
        .send({ baseVersion: version, description: `Kronologi diperbarui oleh ${rel}/${role}` });
      expect(response.status).toBe(canUpdate(rel, role) ? 200 : canRead(rel, role) ? 403 : 404);
      const [{ description }] = await owner.query(`SELECT description FROM "case" WHERE id = $1`, [
        kase.id,
      ]);
      expect(description === `Kronologi diperbarui oleh ${rel}/${role}`).toBe(canUpdate(rel, role));
    });

    it('reporter name, contact and NIK follow the policy', async () => {
      const response = await request(testApp.url).get(`/api/cases/${kase.id}`).set(bearer(token()));
      if (!canRead(rel, role)) return expect(response.status).toBe(404);
      const detail = response.body as CaseDetail;
      const open = detail.reports.find((r) => r.id === kase.openReportId);
      const anonymous = detail.reports.find((r) => r.id === kase.anonymousReportId);
      // Name and contact: participating agencies' staff.
      expect(open?.reporter.name).toBe(isParticipant(rel) ? 'Budi Santoso' : null);
      expect(open?.reporter.contact).toBe(isParticipant(rel) ? '081200000001' : null);
      // NIK: only the intake agency (here the lead).
      expect(open?.reporter.nik).toBe(rel === 'lead' ? '3507010101900001' : null);
      expect(open?.reporter.hidden.includes('nik')).toBe(rel !== 'lead');
      // Anonymous: hidden from everyone until revealed.
      expect(anonymous?.reporter).toMatchObject({
        name: null,
        contact: null,
        nik: null,
        anonymous: true,
      });
      expect(anonymous?.reporter.canRevealIdentity).toBe(rel === 'lead' && role === 'admin');
      expect(JSON.stringify(detail)).not.toContain('Rahasia Pelapor');
    });

    it(`identity reveal → ${rel === 'lead' && role === 'admin' ? 200 : canRead(rel, role) ? 403 : 404}`, async () => {
      const [{ count: before }] = await owner.query(
        `SELECT count(*)::int AS count FROM audit_log WHERE action = 'identity.revealed' AND target_id = $1`,
        [kase.anonymousReportId],
      );
      const response = await request(testApp.url)
        .post(`/api/cases/${kase.id}/reports/${kase.anonymousReportId}/reveal-identity`)
        .set(bearer(token()));
      const allowed = rel === 'lead' && role === 'admin';
      expect(response.status).toBe(allowed ? 200 : canRead(rel, role) ? 403 : 404);
      const [{ count: after }] = await owner.query(
        `SELECT count(*)::int AS count FROM audit_log WHERE action = 'identity.revealed' AND target_id = $1`,
        [kase.anonymousReportId],
      );
      expect(after - before).toBe(allowed ? 1 : 0);
      if (allowed)
        expect(response.body).toMatchObject({ name: 'Rahasia Pelapor', nik: '3507010101900002' });
      else expect(JSON.stringify(response.body)).not.toContain('Rahasia Pelapor');
    });

    it(`audit read → ${role === 'admin' ? '200, own agency only' : 403}`, async () => {
      const response = await request(testApp.url).get('/api/audit').set(bearer(token()));
      expect(response.status).toBe(role === 'admin' ? 200 : 403);
      if (role === 'admin') {
        const agencyIds = new Set(
          (response.body.entries as { agencyId: string }[]).map((e) => e.agencyId),
        );
        expect([...agencyIds].every((id) => id === agencies[rel])).toBe(true);
      }
    });
  });

  it('records refusals in the audit log of the refused agency', async () => {
    const [{ count }] = await owner.query(
      `SELECT count(*)::int AS count FROM audit_log WHERE action = 'access.denied' AND agency_id = $1 AND target_id = $2`,
      [agencies.unrelated, kase.id],
    );
    expect(count).toBeGreaterThan(0);
  });

  it('answers a malformed case id with 400 naming the field', async () => {
    const response = await request(testApp.url)
      .get('/api/cases/123')
      .set(bearer(tokens['lead:petugas']))
      .expect(400);
    expect(response.body.fields[0].field).toBe('id');
  });
});
