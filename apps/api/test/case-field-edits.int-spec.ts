import request from 'supertest';
import type { DataSource } from 'typeorm';
import {
  SOCKET_EVENTS,
  type ApiErrorBody,
  type CaseDetail,
  type CaseFieldConflictDetails,
  type CreateCaseRequest,
  type PresenceStateMessage,
  type SocketError,
} from '@simpul/contracts';
import { bearer, caseEvents, createAgency, createUser, signIn } from './support/fixtures';
import { connectSocket, joinCase, joinCaseOk, waitFor, type TestSocket } from './support/realtime';
import { FIELD_LOCK_TTL_MS } from '../src/app/realtime/presence';
import { createTestApp, ownerDataSource, type TestApp } from './support/test-app';

const COMPLAINT: CreateCaseRequest = {
  title: 'Jalan berlubang di Jl. Raya Lawang',
  description: 'Lubang besar di depan pasar, sudah dua motor jatuh.',
  classification: 'pengaduan',
  channel: 'whatsapp',
  category: 'jalan_rusak',
  reporter: { name: 'Sutrisno', contact: '081333444555', anonymous: false, confidential: false },
};

/**
 * Issue #14, item 1: "Ubah fakta kasus" never silently loses an edit. The form sends only the
 * fields the person changed with the version it was opened on; the API applies them unless one
 * was changed by someone else since (per the event log), and soft locks say who is editing what.
 */
describe('case facts: field-wise edits from a base version, and soft locks', () => {
  let testApp: TestApp;
  let owner: DataSource;
  let petugas: string;
  let pimpinan: string;
  let admin: string;
  let observer: string;
  let outsider: string;
  let agencyId: string;
  let observerAgencyId: string;
  const sockets: TestSocket[] = [];

  beforeAll(async () => {
    testApp = await createTestApp();
    owner = await ownerDataSource();
    agencyId = await createAgency(owner, 'Fakta');
    observerAgencyId = await createAgency(owner, 'Pengamat');
    const otherAgency = await createAgency(owner, 'Luar');
    const token = async (agency: string, role: 'admin' | 'petugas' | 'pimpinan', label: string) =>
      (await signIn(testApp.url, (await createUser(owner, [[agency, role]], { label })).email))
        .accessToken;
    petugas = await token(agencyId, 'petugas', 'petugas-fakta');
    pimpinan = await token(agencyId, 'pimpinan', 'pimpinan-fakta');
    admin = await token(agencyId, 'admin', 'admin-fakta');
    observer = await token(observerAgencyId, 'petugas', 'petugas-pengamat');
    outsider = await token(otherAgency, 'petugas', 'petugas-luar');
  });

  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await testApp.close();
    await owner.destroy();
  });

  const api = () => request(testApp.url);
  const createCase = async (): Promise<CaseDetail> =>
    (await api().post('/api/cases').set(bearer(petugas)).send(COMPLAINT).expect(201))
      .body as CaseDetail;
  const edit = (token: string, caseId: string, body: object) =>
    api().patch(`/api/cases/${caseId}`).set(bearer(token)).send(body);
  const read = async (token: string, caseId: string): Promise<CaseDetail> =>
    (await api().get(`/api/cases/${caseId}`).set(bearer(token)).expect(200)).body as CaseDetail;
  const open = async (token: string) => {
    const socket = await connectSocket(testApp.url, token);
    sockets.push(socket);
    return socket;
  };

  it('applies two edits of different fields made from the same version, each as its own change', async () => {
    const kase = await createCase();
    // The petugas corrects the description while the leader raises the priority.
    await edit(petugas, kase.id, {
      baseVersion: kase.version,
      description: 'Lubang 1 m di depan Pasar Lawang, dua motor jatuh minggu ini.',
    }).expect(200);
    const raised = (
      await edit(pimpinan, kase.id, { baseVersion: kase.version, priority: 'urgent' }).expect(200)
    ).body as CaseDetail;
    expect(raised).toMatchObject({
      priority: 'urgent',
      description: 'Lubang 1 m di depan Pasar Lawang, dua motor jatuh minggu ini.',
      title: COMPLAINT.title,
      version: kase.version + 2,
    });
    const updates = (await caseEvents(testApp.url, petugas, kase.id)).filter(
      (event) => event.type === 'case.updated',
    );
    expect(updates.map((event) => Object.keys(event.after ?? {}))).toEqual([
      ['description'],
      ['priority'],
    ]);
  });

  it('refuses an edit of a field changed since its version with 409, the value now and who changed it; nothing is half-written', async () => {
    const kase = await createCase();
    await edit(pimpinan, kase.id, {
      baseVersion: kase.version,
      title: 'Jalan berlubang parah di Jl. Raya Lawang',
    }).expect(200);
    const refused = await edit(petugas, kase.id, {
      baseVersion: kase.version,
      title: 'Lubang di Jl. Raya Lawang depan pasar',
      description: 'Kronologi yang ikut diubah petugas.',
    }).expect(409);
    const body = refused.body as ApiErrorBody;
    expect(body.code).toBe('FIELD_CONFLICT');
    expect(body.message.id).toContain('judul');
    expect(body.message.en).toContain('title');
    expect(body.fields).toEqual([
      {
        field: 'title',
        message: {
          id: expect.stringContaining('Pengguna pimpinan-fakta'),
          en: expect.stringContaining('Pengguna pimpinan-fakta'),
        },
      },
    ]);
    const details = body.details as unknown as CaseFieldConflictDetails;
    expect(details.version).toBe(kase.version + 1);
    expect(details.conflicts).toEqual([
      {
        field: 'title',
        current: 'Jalan berlubang parah di Jl. Raya Lawang',
        changedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        changedBy: {
          userId: expect.any(String),
          name: 'Pengguna pimpinan-fakta',
          agencyId,
          agencyShortName: expect.stringContaining('Fakta'),
        },
      },
    ]);
    expect(details.current.title).toBe('Jalan berlubang parah di Jl. Raya Lawang');
    // Neither field was written: the description the petugas sent along waits for the choice.
    const now = await read(petugas, kase.id);
    expect(now).toMatchObject({
      title: 'Jalan berlubang parah di Jl. Raya Lawang',
      description: COMPLAINT.description,
      version: kase.version + 1,
    });
    // The petugas chose their title: sent again from the version the conflict named, it applies.
    const chosen = (
      await edit(petugas, kase.id, {
        baseVersion: details.version,
        title: 'Lubang di Jl. Raya Lawang depan pasar',
        description: 'Kronologi yang ikut diubah petugas.',
      }).expect(200)
    ).body as CaseDetail;
    expect(chosen).toMatchObject({
      title: 'Lubang di Jl. Raya Lawang depan pasar',
      description: 'Kronologi yang ikut diubah petugas.',
    });
    // Both people's values stay in the timeline.
    const titles = (await caseEvents(testApp.url, petugas, kase.id))
      .filter((event) => event.type === 'case.updated')
      .map((event) => (event.after as { title?: string }).title);
    expect(titles).toEqual([
      'Jalan berlubang parah di Jl. Raya Lawang',
      'Lubang di Jl. Raya Lawang depan pasar',
    ]);
  });

  it('is not stopped by comments, status changes or tags written since the version', async () => {
    const kase = await createCase();
    await api()
      .post(`/api/cases/${kase.id}/comments`)
      .set(bearer(pimpinan))
      .send({ visibility: 'internal', body: 'Tolong segera dicek ke lokasi.' })
      .expect(201);
    const tagged = (
      await api()
        .put(`/api/cases/${kase.id}/tags`)
        .set(bearer(pimpinan))
        .send({ version: (await read(pimpinan, kase.id)).version, tags: ['prioritas-bupati'] })
        .expect(200)
    ).body as CaseDetail;
    await api()
      .post(`/api/cases/${kase.id}/transitions`)
      .set(bearer(admin))
      .send({ action: 'verify', version: tagged.version })
      .expect(200);
    const before = await read(petugas, kase.id);
    expect(before.version).toBeGreaterThan(kase.version + 1);
    const edited = (
      await edit(petugas, kase.id, {
        baseVersion: kase.version,
        title: 'Jalan berlubang di Jl. Raya Lawang km 3',
        priority: 'high',
      }).expect(200)
    ).body as CaseDetail;
    expect(edited).toMatchObject({
      title: 'Jalan berlubang di Jl. Raya Lawang km 3',
      priority: 'high',
      tags: ['prioritas-bupati'],
      status: before.status,
      version: before.version + 1,
    });
  });

  it('answers a retried edit with 200 and writes it once; refuses a made-up or missing base version', async () => {
    const kase = await createCase();
    const body = { baseVersion: kase.version, incidentDate: '2026-11-20' };
    await edit(petugas, kase.id, body).expect(200);
    const again = (await edit(petugas, kase.id, body).expect(200)).body as CaseDetail;
    expect(again).toMatchObject({ incidentDate: '2026-11-20', version: kase.version + 1 });
    expect(
      (await caseEvents(testApp.url, petugas, kase.id)).filter((e) => e.type === 'case.updated'),
    ).toHaveLength(1);

    const future = await edit(petugas, kase.id, {
      baseVersion: 99,
      title: 'Judul dari masa depan',
    });
    expect(future.status).toBe(400);
    expect(future.body.fields[0].field).toBe('baseVersion');
    expect(future.body.fields[0].message.id).toContain('baseVersion');
    const missing = await edit(petugas, kase.id, { title: 'Judul tanpa versi dasar' });
    expect(missing.status).toBe(400);
    expect(missing.body.fields.map((f: { field: string }) => f.field)).toContain('baseVersion');
    // The old name of the field is no longer accepted (a client that still sends it learns so).
    const old = await edit(petugas, kase.id, { version: 2, title: 'Judul klien lama' });
    expect(old.status).toBe(400);
    expect((await read(petugas, kase.id)).title).toBe(COMPLAINT.title);
  });

  it('refuses agencies that may not change the case', async () => {
    const kase = await createCase();
    await api()
      .post(`/api/cases/${kase.id}/observers`)
      .set(bearer(petugas))
      .send({ agencyId: observerAgencyId, reason: 'Perlu data lalu lintas dari pengamat' })
      .expect(200);
    await edit(observer, kase.id, { baseVersion: kase.version, title: 'Diubah pengamat' }).expect(
      403,
    );
    await edit(outsider, kase.id, { baseVersion: kase.version, title: 'Diubah orang luar' }).expect(
      404,
    );
    expect((await read(petugas, kase.id)).title).toBe(COMPLAINT.title);
  });

  it('soft-locks a field for one editor at a time: refusal, take-over, release on save and on disconnect, lapse after silence', async () => {
    const kase = await createCase();
    const a = await open(petugas);
    const b = await open(pimpinan);
    const states: PresenceStateMessage[] = [];
    b.on(SOCKET_EVENTS.presenceState, (message) => states.push(message));
    await joinCaseOk(a, kase.id);
    await joinCaseOk(b, kase.id);
    const editing = (name: string) =>
      states.at(-1)?.members.find((member) => member.name === name)?.editingField;
    const lock = (socket: TestSocket, field: string | null, takeOver = false) =>
      socket.timeout(5000).emitWithAck(SOCKET_EVENTS.presenceFieldLock, {
        caseId: kase.id,
        field,
        ...(takeOver ? { takeOver } : {}),
      });

    expect(await lock(a, 'description')).toEqual({ ok: true });
    await waitFor(() => editing('Pengguna petugas-fakta') === 'description', 'lock shown');
    const refused = (await lock(b, 'description')) as SocketError;
    expect(refused.error.code).toBe('FIELD_LOCKED');
    expect(refused.error.message.id).toContain('Pengguna petugas-fakta');
    // Another field is free.
    expect(await lock(b, 'priority')).toEqual({ ok: true });
    await waitFor(() => editing('Pengguna pimpinan-fakta') === 'priority', 'second lock shown');
    // "Ambil alih": B takes the description; A no longer holds it.
    expect(await lock(b, 'description', true)).toEqual({ ok: true });
    await waitFor(
      () =>
        editing('Pengguna pimpinan-fakta') === 'description' &&
        editing('Pengguna petugas-fakta') === null,
      'take-over shown',
    );
    // Saved (the form releases with null): the field is free again.
    expect(await lock(b, null)).toEqual({ ok: true });
    await waitFor(() => editing('Pengguna pimpinan-fakta') === null, 'released on save');

    // A tab that goes away releases its lock.
    const c = await open(petugas);
    await joinCaseOk(c, kase.id);
    expect(await lock(c, 'title')).toEqual({ ok: true });
    await waitFor(() => editing('Pengguna petugas-fakta') === 'title', 'third lock shown');
    c.disconnect();
    await waitFor(() => editing('Pengguna petugas-fakta') === null, 'released on disconnect');

    // A lock whose holder shows no sign of life lapses (the server's clock moves on).
    expect(await lock(a, 'category')).toEqual({ ok: true });
    await waitFor(() => editing('Pengguna petugas-fakta') === 'category', 'fourth lock shown');
    const realNow = Date.now;
    const clock = jest
      .spyOn(Date, 'now')
      .mockImplementation(() => realNow() + FIELD_LOCK_TTL_MS + 1_000);
    try {
      await waitFor(() => editing('Pengguna petugas-fakta') === null, 'lapsed lock', 5_000);
    } finally {
      clock.mockRestore();
    }
    expect(await lock(b, 'category')).toEqual({ ok: true });
  });

  it('gives no soft lock to those who may not change the case, nor outside the room', async () => {
    const kase = await createCase();
    await api()
      .post(`/api/cases/${kase.id}/observers`)
      .set(bearer(petugas))
      .send({ agencyId: observerAgencyId, reason: 'Perlu data lalu lintas dari pengamat' })
      .expect(200);
    const watcher = await open(observer);
    await joinCaseOk(watcher, kase.id);
    const refused = (await watcher.timeout(5000).emitWithAck(SOCKET_EVENTS.presenceFieldLock, {
      caseId: kase.id,
      field: 'title',
    })) as SocketError;
    expect(refused.error).toMatchObject({ code: 'FORBIDDEN', field: 'caseId' });

    const stranger = await open(outsider);
    const join = (await joinCase(stranger, kase.id)) as SocketError;
    expect(join.error.code).toBe('NOT_FOUND');
    const notIn = (await stranger.timeout(5000).emitWithAck(SOCKET_EVENTS.presenceFieldLock, {
      caseId: kase.id,
      field: 'title',
    })) as SocketError;
    expect(notIn.error.code).toBe('NOT_IN_CASE_ROOM');
  });
});
