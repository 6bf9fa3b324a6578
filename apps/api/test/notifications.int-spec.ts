import request from 'supertest';
import type { DataSource } from 'typeorm';
import {
  SOCKET_EVENTS,
  type CaseDetail,
  type CreateCaseRequest,
  type NotificationPage,
  type NotificationReadMessage,
  type NotificationView,
} from '@simpul/contracts';
import { ClockTimers } from '../src/app/case-kernel/clock-timers';
import { SlaReminders } from '../src/app/notifications/sla-reminders';
import { bearer, createAgency, createCase, createUser, signIn } from './support/fixtures';
import { connectSocket, waitFor } from './support/realtime';
import { createTestApp, ownerDataSource, type TestApp } from './support/test-app';

const COMPLAINT: CreateCaseRequest = {
  title: 'Lampu PJU mati sepanjang Jl. Uji Notifikasi',
  description: 'gelap total sejak seminggu',
  classification: 'pengaduan',
  channel: 'phone',
  category: 'pju',
  reporter: { name: 'Warga Uji', contact: '081233334444', anonymous: false, confidential: false },
};

/** Each person's notification centre: sources, unread counts, paging, marking read. */
describe('notifications', () => {
  let testApp: TestApp;
  let owner: DataSource;
  let agency: string;
  let outsider: string;
  const ids = {} as Record<string, string>;
  const token = {} as Record<
    'petugas' | 'petugas2' | 'admin' | 'pimpinan' | 'humas' | 'outsider',
    string
  >;

  beforeAll(async () => {
    testApp = await createTestApp();
    owner = await ownerDataSource();
    agency = await createAgency(owner, 'Notif');
    outsider = await createAgency(owner, 'NotifLuar');
    for (const [name, role] of [
      ['petugas', 'petugas'],
      ['petugas2', 'petugas'],
      ['admin', 'admin'],
      ['pimpinan', 'pimpinan'],
      ['humas', 'humas'],
    ] as const) {
      const person = await createUser(owner, [[agency, role]], { label: `notif-${name}` });
      token[name] = (await signIn(testApp.url, person.email)).accessToken;
      ids[name] = person.id;
    }
    token.outsider = (
      await signIn(testApp.url, (await createUser(owner, [[outsider, 'admin']])).email)
    ).accessToken;
  });

  afterAll(async () => {
    await testApp.close();
    await owner.destroy();
  });

  const page = async (who: keyof typeof token, query = ''): Promise<NotificationPage> =>
    (
      await request(testApp.url)
        .get(`/api/notifications${query}`)
        .set(bearer(token[who]))
        .expect(200)
    ).body as NotificationPage;
  const markRead = async (who: keyof typeof token, body: object) =>
    (
      await request(testApp.url)
        .post('/api/notifications/read')
        .set(bearer(token[who]))
        .send(body)
        .expect(200)
    ).body as NotificationReadMessage;

  it("tells the agency's officers and admins of a new case, not the one who recorded it", async () => {
    const kase = (
      await request(testApp.url)
        .post('/api/cases')
        .set(bearer(token.petugas))
        .send(COMPLAINT)
        .expect(201)
    ).body as CaseDetail;
    for (const who of ['petugas2', 'admin'] as const) {
      const items = (await page(who)).items.filter((n) => n.caseId === kase.id);
      expect(items).toEqual([
        expect.objectContaining({
          kind: 'new_case',
          caseNumber: kase.number,
          body: COMPLAINT.title,
          actorName: 'Pengguna notif-petugas',
          readAt: null,
        }),
      ]);
    }
    for (const who of ['petugas', 'pimpinan', 'humas', 'outsider'] as const) {
      expect((await page(who)).items.filter((n) => n.caseId === kase.id)).toEqual([]);
    }
  });

  it('tells them of a case imported from LAPOR as well', async () => {
    const trackingId = `8${String(Date.now()).slice(-9)}`;
    const file = [
      'trackingId,title,content,date,category,location,anonymous,confidential,status,reporterName,reporterContact,reporterNik',
      `${trackingId},Jalan amblas impor uji,Amblas sedalam 30 cm,2026-01-15,Jalan,Kab. Malang,tidak,tidak,,Warga,0812,`,
    ].join('\r\n');
    const imported = await request(testApp.url)
      .post('/api/lapor/import')
      .set(bearer(token.petugas))
      .attach('file', Buffer.from(file, 'utf8'), 'lapor.csv')
      .expect(200);
    const caseId = imported.body.results[0].caseId as string;
    const items = (await page('admin')).items.filter((n) => n.caseId === caseId);
    expect(items).toEqual([
      expect.objectContaining({ kind: 'new_case', body: 'Jalan amblas impor uji' }),
    ]);
    expect((await page('petugas')).items.filter((n) => n.caseId === caseId)).toEqual([]);
  });

  it('tells an agency invited as observer, with the reason given', async () => {
    const kase = await createCase(owner, agency, [[agency, 'lead']]);
    await request(testApp.url)
      .post(`/api/cases/${kase.id}/observers`)
      .set(bearer(token.admin))
      .send({ agencyId: outsider, reason: 'Mohon pantau: lokasi dekat jalan kewenangan Anda' })
      .expect(200);
    const invited = (await page('outsider')).items.filter((n) => n.caseId === kase.id);
    // Told it was invited to observe, not that a new case arrived for it (issue #14, item 7).
    expect(invited).toEqual([
      expect.objectContaining({
        kind: 'observer_invitation',
        body: 'Mohon pantau: lokasi dekat jalan kewenangan Anda',
        actorName: 'Pengguna notif-admin',
        group: null,
        groupCount: 1,
      }),
    ]);
    expect(invited[0].caseNumber).toMatch(/^SMP-TEST-/);
    expect(invited[0].title).toBe(
      `Instansi Anda diundang mengamati kasus ${invited[0].caseNumber} oleh Pengguna notif-admin`,
    );
  });

  it('groups the new cases of one LAPOR import: one notification per colleague with the count, updated live', async () => {
    const rows = 12;
    const base = Number(`7${String(Date.now()).slice(-8)}0`);
    const file = (first: number, n: number) =>
      [
        'trackingId,title,content,date,category,location,anonymous,confidential,status,reporterName,reporterContact,reporterNik',
        ...Array.from(
          { length: n },
          (_, i) =>
            `${first + i},Jalan rusak impor grup ${i + 1},Rusak parah,2026-01-15,Jalan,Kab. Malang,tidak,tidak,,Warga,0812,`,
        ),
      ].join('\r\n');
    const socket = await connectSocket(testApp.url, token.admin);
    const live: NotificationView[] = [];
    socket.on(SOCKET_EVENTS.notificationNew, (n) => live.push(n));
    try {
      const before = (await page('admin')).unreadCount;
      const imported = await request(testApp.url)
        .post('/api/lapor/import')
        .set(bearer(token.petugas))
        .attach('file', Buffer.from(file(base, rows), 'utf8'), 'lapor.csv')
        .expect(200);
      expect(imported.body.created).toBe(rows);

      for (const who of ['admin', 'petugas2'] as const) {
        const mine = await page(who);
        const grouped = mine.items.filter((n) => n.group === 'lapor_import' && n.groupCount > 1);
        expect(grouped).toEqual([
          expect.objectContaining({
            kind: 'new_case',
            group: 'lapor_import',
            groupCount: rows,
            caseId: null,
            title: `${rows} aduan baru dari impor LAPOR untuk Uji Notif`,
            body: `Jalan rusak impor grup ${rows}`,
            readAt: null,
          }),
        ]);
        // No notification per row besides it.
        expect(mine.items.filter((n) => n.body?.startsWith('Jalan rusak impor grup'))).toHaveLength(
          1,
        );
      }
      // The unread count rose by one, not by twelve.
      expect((await page('admin')).unreadCount).toBe(before + 1);
      // The importer hears nothing of their own import.
      expect(
        (await page('petugas')).items.filter((n) => n.body?.startsWith('Jalan rusak impor grup')),
      ).toEqual([]);

      // Live: every row's update reached the open page under the same id, the last with the count.
      await waitFor(() => live.some((n) => n.groupCount === rows), 'the grouped notification');
      const ids = new Set(
        live.filter((n) => n.body?.startsWith('Jalan rusak impor grup')).map((n) => n.id),
      );
      expect(ids.size).toBe(1);

      // Once read, the next import starts a new group instead of raising the read one.
      const [group] = (await page('admin')).items.filter((n) => n.groupCount === rows);
      await markRead('admin', { ids: [group.id] });
      await request(testApp.url)
        .post('/api/lapor/import')
        .set(bearer(token.petugas))
        .attach('file', Buffer.from(file(base + rows, 2), 'utf8'), 'lapor.csv')
        .expect(200);
      const after = (await page('admin')).items;
      expect(after.find((n) => n.id === group.id)).toMatchObject({ groupCount: rows });
      expect(after[0]).toMatchObject({ group: 'lapor_import', groupCount: 2, readAt: null });
      expect(after[0].id).not.toBe(group.id);
    } finally {
      socket.disconnect();
    }
  });

  it("keeps another person's grouped notifications out of reach of the application role", async () => {
    // The grouping function is the only way to update another person's row; it refuses to run
    // for nobody (no acting user, not the system).
    const [{ count }] = await owner.query(
      `SELECT count(*)::int AS count FROM information_schema.role_routine_grants
       WHERE routine_name = 'simpul_notify_grouped' AND grantee = 'PUBLIC'`,
    );
    expect(count).toBe(0);
    const rows = await owner.transaction(async (manager) => {
      await manager.query(`SET LOCAL ROLE simpul_app`);
      return manager.query(
        `SELECT * FROM simpul_notify_grouped(ARRAY[$1]::uuid[], 'new_case', NULL, 't', '{n}', NULL, NULL, now(), 'lapor_import:x')`,
        [ids.admin],
      );
    });
    expect(rows).toEqual([]);
  });

  it("tells the lead agency's pimpinan and admins of an SLA escalation", async () => {
    const kase = (
      await request(testApp.url)
        .post('/api/cases')
        .set(bearer(token.petugas))
        .send({ ...COMPLAINT, title: `${COMPLAINT.title} (eskalasi)` })
        .expect(201)
    ).body as CaseDetail;
    await owner.query(
      `UPDATE case_clock SET started_at = started_at - interval '10 days', deadline = now() - interval '1 minute'
       WHERE case_id = $1 AND clock = 'verification'`,
      [kase.id],
    );
    await testApp.app.get(ClockTimers).fire(kase.id, 'verification');
    for (const who of ['pimpinan', 'admin'] as const) {
      const escalation = (await page(who)).items.find(
        (n) => n.caseId === kase.id && n.kind === 'sla_escalation',
      );
      expect(escalation).toMatchObject({ caseNumber: kase.number, actorName: null });
      expect(escalation?.title).toContain(kase.number);
    }
    for (const who of ['petugas', 'petugas2', 'humas'] as const) {
      const items = (await page(who)).items;
      expect(items.filter((n) => n.caseId === kase.id && n.kind === 'sla_escalation')).toEqual([]);
    }
  });

  it('reminds the people working a case once when a deadline is near, the assigned officer first', async () => {
    const create = async (title: string) =>
      (
        await request(testApp.url)
          .post('/api/cases')
          .set(bearer(token.petugas))
          .send({ ...COMPLAINT, title })
          .expect(201)
      ).body as CaseDetail;
    const nearDeadline = (caseId: string) =>
      owner.query(
        `UPDATE case_clock SET started_at = now() - interval '3 days', deadline = now() + interval '2 hours'
         WHERE case_id = $1 AND clock = 'verification'`,
        [caseId],
      );
    const unassigned = await create(`${COMPLAINT.title} (pengingat)`);
    const assigned = await create(`${COMPLAINT.title} (pengingat, ditugaskan)`);
    const petugas2Id = ids.petugas2;
    await request(testApp.url)
      .post(`/api/cases/${assigned.id}/assignees`)
      .set(bearer(token.admin))
      .send({ userId: petugas2Id })
      .expect(200);
    await nearDeadline(unassigned.id);
    await nearDeadline(assigned.id);
    // A clock with most of its time left is not reminded yet.
    const fresh = await create(`${COMPLAINT.title} (masih lama)`);
    await owner.query(
      `UPDATE case_clock SET started_at = now() - interval '1 hour', deadline = now() + interval '20 hours'
       WHERE case_id = $1 AND clock = 'verification'`,
      [fresh.id],
    );

    const reminders = testApp.app.get(SlaReminders);
    expect(await reminders.sweep()).toBeGreaterThanOrEqual(2);
    expect(await reminders.sweep()).toBe(0);

    const remindedOf = async (who: keyof typeof token, caseId: string) =>
      (await page(who)).items.filter((n) => n.caseId === caseId && n.kind === 'sla_reminder');
    for (const who of ['petugas', 'petugas2', 'admin'] as const) {
      const items = await remindedOf(who, unassigned.id);
      expect(items).toHaveLength(1);
      expect(items[0].title).toContain(unassigned.number);
      expect(items[0].body).toContain('WIB');
    }
    expect(await remindedOf('pimpinan', unassigned.id)).toEqual([]);
    expect(await remindedOf('petugas2', assigned.id)).toHaveLength(1);
    expect(await remindedOf('admin', assigned.id)).toEqual([]);
    expect(await remindedOf('admin', fresh.id)).toEqual([]);
  });

  it('pages by cursor, filters unread, and marks read (by id, then all) with the new unread count', async () => {
    const kase = await createCase(owner, agency, [[agency, 'lead']]);
    for (let i = 0; i < 5; i++) {
      await request(testApp.url)
        .post(`/api/cases/${kase.id}/comments`)
        .set(bearer(token.petugas))
        .send({ visibility: 'internal', body: `@Pengguna notif-humas cek nomor ${i}` })
        .expect(201);
    }
    const all = await page('humas');
    expect(all.unreadCount).toBe(5);
    const first = await page('humas', '?limit=2');
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).not.toBeNull();
    const second = await page('humas', `?limit=2&cursor=${first.nextCursor}`);
    const third = await page('humas', `?limit=2&cursor=${second.nextCursor}`);
    expect(third.nextCursor).toBeNull();
    const paged = [...first.items, ...second.items, ...third.items];
    expect(paged.map((n) => n.id)).toEqual(all.items.map((n) => n.id));
    expect(paged.map((n) => n.body)).toEqual(
      [4, 3, 2, 1, 0].map((i) => `@Pengguna notif-humas cek nomor ${i}`),
    );

    const marked = await markRead('humas', { ids: [all.items[0].id, all.items[1].id] });
    expect(marked.unreadCount).toBe(3);
    expect([...(marked.ids as string[])].sort()).toEqual([all.items[0].id, all.items[1].id].sort());
    const unread = await page('humas', '?unreadOnly=true');
    expect(unread.items.map((n) => n.id)).toEqual(all.items.slice(2).map((n) => n.id));
    expect((await page('humas')).items[0].readAt).not.toBeNull();

    // Someone else's ids change nothing for them.
    await markRead('petugas', { ids: [all.items[2].id] });
    expect((await page('humas')).unreadCount).toBe(3);
    const [{ read_at }] = await owner.query(`SELECT read_at FROM notification WHERE id = $1`, [
      all.items[2].id,
    ]);
    expect(read_at).toBeNull();

    expect(await markRead('humas', { all: true })).toEqual({ ids: 'all', unreadCount: 0 });
    expect((await page('humas', '?unreadOnly=true')).items).toEqual([]);
    await request(testApp.url)
      .post('/api/notifications/read')
      .set(bearer(token.humas))
      .send({ ids: ['not-a-uuid'] })
      .expect(400);
  });

  it("lets nobody read another person's notifications, even past the API (row-level security)", async () => {
    const countAs = (actingUserId: string) =>
      testApp.dataSource.transaction(async (manager) => {
        await manager.query(`SELECT set_config('simpul.user_id', $1, true)`, [actingUserId]);
        const [{ n }] = await manager.query(
          `SELECT count(*)::int AS n FROM notification WHERE user_id = $1`,
          [ids.humas],
        );
        return n as number;
      });
    const [{ n: stored }] = await owner.query(
      `SELECT count(*)::int AS n FROM notification WHERE user_id = $1`,
      [ids.humas],
    );
    expect(stored).toBeGreaterThan(0);
    expect(await countAs(ids.humas)).toBe(stored);
    expect(await countAs(ids.petugas)).toBe(0);
  });
});
